// Deterministic synthetic postmortems for the benchmark: same seed, same bytes, every run.
// The text is invented here (word banks below); nothing is taken from the reference or the corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

/** mulberry32: a tiny seeded PRNG, good enough to vary documents reproducibly. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const SERVICES = [
  'checkout-api',
  'search-indexer',
  'billing-worker',
  'auth-gateway',
  'media-transcoder',
  'notification-fanout',
  'inventory-sync',
  'ledger-db',
  'edge-cache',
  'metrics-pipeline',
  'scheduler',
  'feature-flags',
];
const CAUSES = [
  ['resource-exhaustion', 'the worker pool ran out of file descriptors under a retry storm'],
  ['configuration', 'a feature flag default flipped for every tenant at once'],
  ['dependency', 'an upstream DNS provider returned stale records for forty minutes'],
  ['capacity', 'the queue consumers could not keep up with the seasonal batch import'],
  ['deployment', 'a schema migration locked the orders table during peak traffic'],
  ['certificate', 'an intermediate certificate expired on the internal load balancer'],
  ['data-corruption', 'a compaction job rewrote partitions with a truncated index'],
];
const TEAMS = [
  '@sre-team',
  '@platform-team',
  '@payments-oncall',
  '@data-infra',
  '@release-eng',
  '@edge-team',
  '@db-reliability',
  '@eng-manager',
];
const SUBJECTS = [
  'The alerting pipeline',
  'The rollout controller',
  'Our canary analysis',
  'The connection broker',
  'The retry middleware',
  'The nightly reconciliation job',
  'The regional failover runbook',
  'The capacity dashboard',
  'The on-call rotation',
  'The deploy freeze policy',
];
const VERBS = [
  'did not account for',
  'amplified',
  'masked',
  'delayed the discovery of',
  'made it hard to see',
  'interacted badly with',
  'silently absorbed',
  'exposed',
];
const OBJECTS = [
  'the growth in concurrent sessions',
  'a slow leak of open connections',
  'the partial outage in one availability zone',
  'stale cache entries after the rollback',
  'an unbounded queue of webhook deliveries',
  'the clock skew between two replicas',
  'a misconfigured health check threshold',
  'the backlog of unacknowledged messages',
];
const TAILS = [
  'which is why the error budget burned faster than usual.',
  'so responders spent several minutes confirming the scope.',
  'and the dashboards showed healthy averages throughout.',
  'while customer-facing latency crept above the objective.',
  'even though every individual component reported success.',
  'because the safeguard only triggered on complete failure.',
];
const EVENTS = [
  'Latency alert fires for p99 above the objective',
  'On-call responder acknowledges the page and opens the incident channel',
  'Status page updated: investigating elevated error rates',
  'Traffic shifted away from the affected region',
  'Rollback of the latest release started',
  'Rollback completed; error rate still elevated',
  'Database replica promoted to primary',
  'Queue consumers scaled from 8 to 24 instances',
  'Customer support notified with a holding statement',
  'Hypothesis: connection limit reached on the proxy tier',
  'Config change reverted through the flag service',
  'Error rate back under one percent',
  'Monitoring confirms steady state for thirty minutes',
  'Incident commander hands over to the next shift',
];
const STATUSES = ['✅ Done', '🔄 In Progress', '📋 To Do', '📅 Scheduled', 'Done', 'In Progress'];

function pad(value) {
  return String(value).padStart(2, '0');
}

function isoDate(epochDay) {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

function sentence(random) {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}, ${random.pick(TAILS)}`;
}

function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

function incidentId(day, index) {
  const date = isoDate(day);
  return `INC-${date.slice(0, 4)}-${date.slice(5, 7)}${date.slice(8, 10)}-${String((index % 900) + 1).padStart(3, '0')}`;
}

/** One postmortem of roughly `targetBytes`, in header or frontmatter form. */
export function generatePostmortem(random, index, targetBytes, earlierIds) {
  const day = 20_100 + index * 2 + random.int(0, 1);
  const date = isoDate(day);
  const id = incidentId(day, index);
  const level = random.int(1, 3);
  const severity = random.chance(0.3) ? `P${level}` : `SEV-${level}`;
  const service = random.pick(SERVICES);
  const [category, cause] = random.pick(CAUSES);
  const startHour = random.int(0, 17);
  const durationMinutes = random.int(25, 300);
  const author = random.pick(TEAMS);
  const reviewers = [random.pick(TEAMS), random.pick(TEAMS)];
  const title = `${service} degradation: ${cause.split(' ').slice(0, 6).join(' ')}`;
  const lines = [];

  if (random.chance(0.5)) {
    lines.push(
      '---',
      `id: ${id}`,
      `title: "${title}"`,
      `date: ${date}`,
      `severity: ${severity}`,
      `duration: ${Math.floor(durationMinutes / 60)}h ${durationMinutes % 60}m`,
      'status: Completed',
      `author: "${author}"`,
      'reviewers:',
      ...reviewers.map((reviewer) => `  - "${reviewer}"`),
      'services:',
      `  - ${service}`,
      `root_cause_category: ${category}`,
      '---',
      '',
      `# Postmortem: ${title}`,
      '',
    );
  } else {
    lines.push(
      `# Postmortem: ${title}`,
      '',
      `**Incident ID:** ${id}  `,
      `**Date:** ${date}  `,
      `**Severity:** ${severity}  `,
      `**Duration:** ${Math.floor(durationMinutes / 60)} hours ${durationMinutes % 60} minutes  `,
      '**Status:** Completed  ',
      `**Author:** ${author}  `,
      `**Reviewers:** ${reviewers.join(', ')}`,
      '',
      '---',
      '',
    );
  }

  lines.push('## Executive Summary', '', paragraph(random, 3), '', '## Impact', '');
  lines.push('| Metric | Value |', '|--------|-------|');
  lines.push(`| **Duration** | ${durationMinutes} minutes |`);
  lines.push(`| **Users Affected** | ${random.int(1, 100)}% of active sessions |`);
  lines.push(`| **Requests Failed** | ${random.int(2, 900)}k requests |`);
  lines.push(`| **SLA Breach** | ${random.chance(0.5) ? 'Yes' : 'No'} |`, '');

  // Longer documents get longer timelines; Lessons Learned prose then fills up to the target size.
  const timelineRows = 6 + Math.floor(Math.max(0, targetBytes - 4096) / 1200);

  lines.push('## Timeline', '', 'All times in UTC.', '', '| Time | Event |', '|------|-------|');
  let minute = startHour * 60;
  const step = Math.max(1, Math.floor(durationMinutes / timelineRows));
  for (let row = 0; row < timelineRows; row++) {
    const stamp = `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`;
    const event =
      row === 0
        ? '🔴 **INCIDENT START** - error rate rises sharply'
        : row === timelineRows - 1
          ? '🟢 **INCIDENT RESOLVED** - all checks green'
          : random.pick(EVENTS);
    lines.push(`| **${stamp}** | ${event} |`);
    minute += random.int(1, step + 3);
  }
  lines.push('');

  lines.push(
    '## Root Cause Analysis (5-Whys)',
    '',
    '### Problem Statement',
    paragraph(random, 1),
    '',
  );
  lines.push('### 5-Whys Analysis', '');
  const whys = random.chance(0.85) ? 5 : random.int(2, 4);
  for (let why = 1; why <= whys; why++) {
    lines.push(
      `${why}. **Why did ${random.pick(OBJECTS)} matter?**`,
      `   - ${sentence(random)}`,
      '',
    );
  }
  lines.push('### Root Cause', `In short, ${cause}. ${sentence(random)}`, '');

  lines.push('## Contributing Factors', '');
  const factors = random.int(2, 5);
  for (let factor = 1; factor <= factors; factor++)
    lines.push(`${factor}. **Factor ${factor}**: ${sentence(random)}`, '');

  lines.push('## What Went Well', '');
  for (let item = 1; item <= 3; item++) lines.push(`${item}. ${sentence(random)}`);
  lines.push('', '## What Went Wrong', '');
  for (let item = 1; item <= 3; item++) lines.push(`${item}. ${sentence(random)}`);
  lines.push('');

  lines.push('## Action Items (Remediation Plan)', '');
  lines.push(
    '| ID | Action | Owner | Deadline | Status |',
    '|----|--------|-------|----------|--------|',
  );
  const actionItems = random.int(3, 9);
  for (let item = 1; item <= actionItems; item++) {
    const owner = random.chance(0.92) ? random.pick(TEAMS) : '';
    const deadline = isoDate(day + random.int(1, 40));
    lines.push(
      `| **AI-${pad(item)}** | ${sentence(random).slice(0, 90)} | ${owner} | ${deadline} | ${random.pick(STATUSES)} |`,
    );
  }
  lines.push('');

  lines.push('## Lessons Learned', '');
  const lessonsAt = lines.length;
  const lessons = [];

  if (random.chance(0.8)) {
    lines.push('## Pattern Analysis (Cross-Incident Trends)', '');
    const cited = earlierIds.slice(earlierIds.length - random.int(0, 3));
    if (cited.length > 0) {
      lines.push('| Date | Incident | Root Cause |', '|------|----------|------------|');
      for (const earlier of cited)
        lines.push(`| ${earlier.date} | ${earlier.id} | ${earlier.category} |`);
      lines.push('');
    }
    lines.push(`**Recommendation:** ${sentence(random)}`, '');
  }

  lines.push('## Sign-Off', '', '| Role | Name | Date |', '|------|------|------|');
  lines.push(
    `| Author | ${author} | ${isoDate(day + 1)} |`,
    `| Reviewed | ${reviewers[0]} | ${isoDate(day + 1)} |`,
    '',
  );
  if (random.chance(0.9))
    lines.push('**Distribution:** Engineering, Product Team, Executive Leadership', '');
  lines.push('**Postmortem Status:** ✅ Completed');
  if (random.chance(0.85))
    lines.push(`**Follow-Up Meeting:** ${isoDate(day + random.int(1, 5))} @ 10:00 UTC`);
  lines.push('');

  earlierIds.push({ id, date, category });
  // Byte length, not string length: emoji and dashes are multi-byte in UTF-8.
  let size = Buffer.byteLength(lines.join('\n'));
  do {
    const text = paragraph(random, random.int(2, 4));
    lessons.push(text, '');
    size += Buffer.byteLength(text) + 2;
  } while (size < targetBytes);
  lines.splice(lessonsAt, 0, ...lessons);
  return lines.join('\n');
}

/** Writes `count` postmortems of 4–20 KB into `directory`; returns their paths. */
export function generateCorpus(directory, count, seed = 20260206) {
  const random = createRandom(seed);
  const earlierIds = [];
  const paths = [];
  mkdirSync(directory, { recursive: true });
  for (let index = 0; index < count; index++) {
    const target = random.int(4 * 1024, 19 * 1024 + 512);
    const path = join(directory, `incident-${String(index + 1).padStart(5, '0')}.md`);
    writeFileSync(path, generatePostmortem(random, index, target, earlierIds));
    paths.push(path);
  }
  return paths;
}
