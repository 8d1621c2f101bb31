// Generated from examples/template-repo/postmortems/TEMPLATE.md by `npm run samples`: do not edit.
// The built-in template of `postmortem-lint new`, shipped inside the bundle as a string.
export const BUILTIN_TEMPLATE = `---
# Start a new postmortem with \`npx postmortem-lint new --title "..." --severity SEV-2\`:
# it copies this file and fills id, title, date, severity and the follow-up meeting deadline.
# Every [Bracketed Text], YYYY-MM-DD, HH:MM and TBD is a placeholder: the linter reports each one
# (rule no-placeholders) until you replace it.
id: INC-YYYY-MMDD-NNN
title: '[Incident Title]'
date: YYYY-MM-DD
severity: SEV-2
duration: '[Duration, e.g. 1 hour 20 minutes]'
status: Draft
author: '[@author-handle]'
reviewers: ['[@reviewer-handle]']
services: ['[Affected Service]']
root_cause_category: '[Root Cause Category, e.g. config-change]'
---

# [Incident Title]

## Executive Summary

<!-- Two or three sentences: what happened, who was affected and for how long, how it ended.
     Describe systems and decisions, never a person's mistake. -->

[What happened, the impact in one number, and how service was restored.]

## Impact

<!-- Measured facts. Write "unknown" rather than guess, and say where a number comes from. -->

| Metric              | Value                                   |
| ------------------- | --------------------------------------- |
| Duration            | [Duration]                              |
| Users affected      | [Number or share of users]              |
| Requests failed     | [Count, from which dashboard]           |
| Revenue impact      | [Estimate, or "none known"]             |
| SLA/SLO breach      | [Which objective, by how much]          |
| Customer complaints | [Support tickets, status page comments] |

## Timeline

All times in UTC.

<!-- SEV-1: an entry at least every 30 minutes, to the minute. SEV-2: at least hourly.
     Mark the start and the end with INCIDENT START and INCIDENT RESOLVED. Add rows for detection,
     escalation, each mitigation attempt, the fix and recovery. -->

| Time  | Event                                                 |
| ----- | ----------------------------------------------------- |
| HH:MM | INCIDENT START - [First user-visible symptom]         |
| HH:MM | [Alert or report that detected it, and who was paged] |
| HH:MM | [Escalation, incident channel opened]                 |
| HH:MM | [Mitigation attempt and its result]                   |
| HH:MM | INCIDENT RESOLVED - [How you confirmed full recovery] |

## Root Cause Analysis (5-Whys)

<!-- Start from the symptom and ask "why" until you reach a condition of the system or the process
     that, once changed, prevents the whole class of failure. A root cause is never a person. -->

### Problem Statement

[One sentence: the symptom users saw.]

### 5-Whys Analysis

1. **Why did [Symptom] happen?**
   - [Because ...]

2. **Why did [Previous Answer] happen?**
   - [Because ...]

3. **Why did [Previous Answer] happen?**
   - [Because ...]

4. **Why did [Previous Answer] happen?**
   - [Because ...]

5. **Why did [Previous Answer] happen?**
   - [Because ...]

### Root Cause

[The systemic condition the fifth answer points to.]

## Contributing Factors

<!-- Conditions that made the incident likelier, longer or wider: gaps in tests, alerts, runbooks,
     capacity, deploy practice. -->

1. [Contributing Factor]
2. [Contributing Factor]

## What Went Well

<!-- Parts of the response, tooling or design that limited the damage and are worth keeping. -->

1. [Something worth keeping]

## What Went Wrong

<!-- Parts of the response, tooling or design that made the incident worse or longer. -->

1. [Something that made it worse or longer]

## Action Items

<!-- One row per change. Every item needs an owner (a handle or a team), a deadline (YYYY-MM-DD)
     and a status: To Do, In Progress, Scheduled, Blocked, Done or Won't Do.
     Link the tracking ticket in the action text. -->

| ID     | Action                              | Owner           | Deadline   | Status |
| ------ | ----------------------------------- | --------------- | ---------- | ------ |
| AI-001 | [Change that prevents a recurrence] | [@owner-handle] | YYYY-MM-DD | To Do  |
| AI-002 | [Change that detects it sooner]     | [@owner-handle] | YYYY-MM-DD | To Do  |

## Lessons Learned

<!-- What the organisation now knows, beyond this one fix. -->

1. [What the organisation learned, in a sentence someone outside the team understands]

## Pattern Analysis

<!-- Search earlier postmortems for the same root_cause_category or service (the trend report
     lists them). Cite their incident ids. If this is the first of its kind, say so. -->

[Earlier incidents with the same cause, by incident id, or "No earlier incident with this cause."]

**Recommendation:** [What the pattern asks of the organisation]

## Appendix

<!-- Logs, graphs, queries, links to dashboards. Redact personal data and secrets. -->

[Links to dashboards, logs and the incident channel]

## Sign-Off

| Role     | Name               | Date       |
| -------- | ------------------ | ---------- |
| Author   | [@author-handle]   | YYYY-MM-DD |
| Reviewed | [@reviewer-handle] | YYYY-MM-DD |
| Approved | [@approver-handle] | YYYY-MM-DD |

<!-- Once it is shared and reviewed, write who received it, and the date of the review meeting. -->

**Distribution:** not yet shared — send to Engineering, Product, Executive Leadership
**Follow-Up Meeting:** not yet held — due by YYYY-MM-DD
`;
