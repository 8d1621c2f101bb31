/** Small generated postmortems (frontmatter form) for report tests: known dates, times and items. */
export interface Spec {
  id: string;
  date: string;
  severity: 1 | 2 | 3;
  start: string;
  detected: string;
  resolved: string;
  services: string[];
  category: string;
  status: string;
  followUp: string | null;
  rootCause: string;
  items: Array<{ owner: string; deadline: string; status: string; action: string }>;
}

export function postmortem(spec: Spec): string {
  const items = spec.items
    .map(
      (item, i) =>
        `| AI-${i + 1} | ${item.action} | ${item.owner} | ${item.deadline} | ${item.status} |`,
    )
    .join('\n');
  return `---
id: ${spec.id}
title: Checkout errors on ${spec.date}
date: ${spec.date}
severity: SEV-${spec.severity}
status: ${spec.status}
author: "@oncall"
services: [${spec.services.join(', ')}]
root_cause_category: ${spec.category}
started_at: ${spec.start}
detected_at: ${spec.detected}
resolved_at: ${spec.resolved}
${spec.followUp ? `follow_up_meeting: ${spec.followUp}\n` : ''}---

# Checkout errors on ${spec.date}

## Executive Summary

Checkout requests failed for a while; the on-call team restored service.

## Root Cause Analysis

### Problem Statement

Checkout requests failed.

### Root Cause

${spec.rootCause}

## Action Items

| ID | Action | Owner | Deadline | Status |
|----|--------|-------|----------|--------|
${items}
`;
}

const item = (
  owner: string,
  deadline: string,
  status: string,
  action = 'Add an alert on pool usage',
) => ({
  owner,
  deadline,
  status,
  action,
});

const POOL = 'connection-pool';

/** Five incidents in the 12 months before 2026-02-06, one the year before. */
export const SPECS: Spec[] = [
  {
    id: 'INC-2025-0110-001',
    date: '2025-01-10',
    severity: 2,
    start: '2025-01-10T08:00:00Z',
    detected: '2025-01-10T08:20:00Z',
    resolved: '2025-01-10T09:00:00Z',
    services: ['checkout'],
    category: POOL,
    status: 'Completed',
    followUp: '2025-01-12',
    rootCause: 'Connections leaked from the pool under load.',
    items: [item('@db-team', '2025-02-01', 'Done')],
  },
  {
    id: 'INC-2025-0315-001',
    date: '2025-03-15',
    severity: 1,
    start: '2025-03-15T23:30:00Z',
    detected: '2025-03-15T23:35:00Z',
    resolved: '2025-03-16T01:30:00Z',
    services: ['checkout', 'payments'],
    category: POOL,
    status: 'Completed',
    followUp: '2025-03-17',
    rootCause: 'The pool was exhausted by leaked connections.',
    items: [item('@sre-team', '2025-04-01', 'To Do', 'Fix the \\| pipe <b>and</b> ping @alice')],
  },
  {
    id: 'INC-2025-0602-001',
    date: '2025-06-02',
    severity: 2,
    start: '2025-06-02T10:00:00Z',
    detected: '2025-06-02T10:10:00Z',
    resolved: '2025-06-02T10:45:00Z',
    services: ['search'],
    category: 'deployment',
    status: 'Draft',
    followUp: '2025-06-10',
    rootCause: 'A migration locked a table.',
    items: [item('@release-eng', '2026-03-01', 'In Progress')],
  },
  {
    id: 'INC-2025-0720-001',
    date: '2025-07-20',
    severity: 3,
    start: '2025-07-20T14:00:00Z',
    detected: '2025-07-20T14:02:00Z',
    resolved: '2025-07-20T14:32:00Z',
    services: ['checkout'],
    category: POOL,
    status: 'Closed',
    followUp: null,
    rootCause: 'Connection pool exhausted again.',
    items: [item('@db-team', '2025-08-01', 'Done'), item('@db-team', '2025-09-01', 'To Do')],
  },
  {
    id: 'INC-2025-0901-001',
    date: '2025-09-01',
    severity: 2,
    start: '2025-09-01T06:00:00Z',
    detected: '2025-09-01T07:00:00Z',
    resolved: '2025-09-01T10:00:00Z',
    services: ['checkout'],
    category: POOL,
    status: 'Completed',
    followUp: '2025-09-02',
    rootCause: 'Leaked connections exhausted the pool.',
    items: [],
  },
  {
    id: 'INC-2026-0120-001',
    date: '2026-01-20',
    severity: 1,
    start: '2026-01-20T12:00:00Z',
    detected: '2026-01-20T12:04:00Z',
    resolved: '2026-01-20T12:50:00Z',
    services: ['payments'],
    category: 'certificate',
    status: 'In Review',
    followUp: '2026-01-22',
    rootCause: 'An intermediate certificate expired.',
    items: [item('@sre-team', '2026-01-30', 'To Do', 'Rotate certificates automatically')],
  },
];

/** The actions of `incidentWithItemStatuses`'s items, in order. */
export const ITEM_ACTIONS = ['First item', 'Second item', 'Third item'];

/**
 * One SEV-2 incident of 2026-01-05 whose action items have the given statuses, every deadline
 * passed by 2026-02-06 (2026-01-10, -11, -12…): the fixture of the "what done means" tests.
 */
export function incidentWithItemStatuses(statuses: readonly string[]): string {
  return postmortem({
    id: 'INC-2026-0105-001',
    date: '2026-01-05',
    severity: 2,
    start: '2026-01-05T08:00:00Z',
    detected: '2026-01-05T08:10:00Z',
    resolved: '2026-01-05T09:00:00Z',
    services: ['checkout'],
    category: 'deployment',
    status: 'Completed',
    followUp: '2026-01-07',
    rootCause: 'A deployment removed an index.',
    items: statuses.map((status, i) => ({
      owner: '@sre-team',
      deadline: `2026-01-1${i}`,
      // The practice records why an item will not be done.
      status: /won'?t|wont/i.test(status) ? `${status} — out of scope` : status,
      action: ITEM_ACTIONS[i] ?? `Item ${i + 1}`,
    })),
  });
}

/** A team's own statuses: `Dropped` closes an item; `Won't Do` is not one of them. */
export const CUSTOM_STATUSES_CONFIG = `rules:
  action-items:
    statuses: [Done, To Do, Dropped]
    doneStatuses: [Done, Dropped]
`;

/** The same statuses with the rule off: reports still read what "done" means from it. */
export const CUSTOM_STATUSES_RULE_OFF_CONFIG = `rules:
  action-items:
    severity: "off"
    statuses: [Done, To Do, Dropped]
    doneStatuses: [Done, Dropped]
`;
