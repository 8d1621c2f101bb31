import type { IndexEntry } from '../../src/corpus/index-entry.js';
import { seededRandom } from '../../src/trends/stats.js';

/** An index entry with every field empty, overridden by `fields`. */
export function entry(fields: Partial<IndexEntry> & { path: string }): IndexEntry {
  return {
    id: null,
    title: null,
    date: null,
    severity: null,
    status: null,
    services: [],
    tags: [],
    rootCauseCategory: null,
    startedAt: null,
    detectedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    firstEventAt: null,
    durationMinutes: null,
    problemStatement: null,
    rootCause: null,
    contributingFactors: [],
    actionItems: [],
    followUpMeetingDate: null,
    excludedFromMetrics: null,
    trigger: null,
    completedAt: null,
    patternAnalysisCites: null,
    lines: {
      title: 1,
      id: null,
      rootCause: null,
      actionItems: null,
      patternAnalysis: null,
      followUpMeeting: null,
    },
    ...fields,
  };
}

const SERVICES = ['api', 'billing', 'search', 'auth'];
const CATEGORIES = ['capacity', 'config-change', 'dependency', null];
const STATUSES = ['Completed', 'Closed', 'Draft', 'In Review'];
const ITEM_STATUSES = ['Done', '✅ Done 2025-12-20', 'In Progress', 'To Do', 'Not done', null];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * `count` postmortems between 2024-03-01 and 2026-02-28 (UTC), with some fields missing on
 * purpose: no resolution, unparseable duration, no detection, no date at all.
 */
export function generatedCorpus(count: number, seed = 7): IndexEntry[] {
  const random = seededRandom(seed);
  const from = Date.UTC(2024, 2, 1);
  const to = Date.UTC(2026, 1, 28);
  return Array.from({ length: count }, (_, i) => {
    const start = from + Math.floor(random() * ((to - from) / 60_000)) * 60_000;
    const date = isoDay(start);
    const hasTimes = random() < 0.8;
    const restore = 5 + Math.floor(random() * 600);
    const detect = Math.floor(random() * 45);
    const durationOnly = !hasTimes && random() < 0.5;
    const undated = i % 29 === 28;
    const items = Array.from({ length: Math.floor(random() * 4) }, (_, k) => ({
      id: `AI-${k + 1}`,
      action: `Fix thing ${k + 1} | with <b>pipes</b> for @someone`,
      owner: pick(random, ['@sre-team', '@db-team', null]),
      deadline: random() < 0.85 ? isoDay(start + Math.floor(random() * 120) * 86_400_000) : null,
      status: pick(random, ITEM_STATUSES),
      priority: null,
      type: null,
      line: 40 + k,
    }));
    return entry({
      path: `postmortems/${String(i).padStart(3, '0')}.md`,
      id: `INC-${date.slice(0, 4)}-${date.slice(5, 7)}${date.slice(8, 10)}-${String(i).padStart(3, '0')}`,
      title: `Incident ${i}`,
      date: undated ? null : date,
      severity: pick(random, [1, 2, 2, 3, 3, 3, null]),
      status: pick(random, STATUSES),
      services: [pick(random, SERVICES), ...(random() < 0.3 ? [pick(random, SERVICES)] : [])],
      rootCauseCategory: pick(random, CATEGORIES),
      startedAt: hasTimes && !undated ? start : null,
      detectedAt: hasTimes && random() < 0.9 ? start + detect * 60_000 : null,
      resolvedAt: hasTimes ? start + restore * 60_000 : null,
      durationMinutes: durationOnly ? restore : null,
      followUpMeetingDate:
        random() < 0.8 ? isoDay(start + Math.floor(random() * 6) * 86_400_000) : null,
      completedAt: random() < 0.5 ? isoDay(start + Math.floor(random() * 30) * 86_400_000) : null,
      actionItems: items,
    });
  });
}
