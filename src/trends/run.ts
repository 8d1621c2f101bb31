import type { ResolvedConfig } from '../config/types.js';
import { practiceOptions, ruleOptions } from '../config/resolve.js';
import type { FollowUpOptions } from '../practice/follow-up.js';
import { statusReader, type ActionItemStatusOptions } from '../practice/action-item-status.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import {
  groupedPatterns,
  recurringProblems,
  type GroupKind,
  type PatternOptions,
} from '../corpus/patterns.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import type { SimilarityOptions } from '../corpus/similarity.js';
import { followUpJudge } from './follow-up.js';
import { buildReport, type TrendReport } from './report.js';
import { resolveWindow } from './window.js';

/** Every kind of group a report lists (the rule may check fewer). */
const REPORT_GROUPS: GroupKind[] = ['category', 'service', 'tag'];

/** The pattern-analysis rule's options, as far as a report reads them. */
interface PatternSettings {
  minOccurrences: number;
  windowMonths: number;
  similarity: { threshold: number };
}

export interface ReportSettings {
  followUp: FollowUpOptions;
  statuses: ActionItemStatusOptions;
  patterns: PatternOptions;
  similarity: Partial<SimilarityOptions> & { enabled: boolean; threshold: number };
}

/**
 * What a report reads from the configuration (on or off, a rule keeps its options there): the
 * follow-up window and what "done" means (the practice's settings), the pattern-analysis rule's
 * occurrence count and window (grouping by category, service and tag),
 * and its similarity threshold. Reports always list similarity candidates (for a person to
 * judge), whether or not the rule enforces them (`similarity.enabled`).
 */
export function reportSettings(config: ResolvedConfig): ReportSettings {
  const { followUp, statuses } = practiceOptions(config);
  const pattern = ruleOptions<PatternSettings>(config, 'pattern-analysis');
  return {
    followUp,
    statuses,
    patterns: {
      groupBy: REPORT_GROUPS,
      minOccurrences: pattern.minOccurrences,
      windowMonths: pattern.windowMonths,
    },
    similarity: { enabled: true, threshold: pattern.similarity.threshold },
  };
}

export interface ReportRequest {
  now: Date;
  /** Epoch ms bounds; null takes the default (the 12 months before `now`). */
  since: number | null;
  until: number | null;
}

/**
 * Several indexes as one corpus (an organisation report): entries keep the repository their
 * index records, so ids stay unique per repository and links go to the right one.
 */
export function mergeIndexes(indexes: readonly CorpusIndex[]): {
  index: CorpusIndex;
  repositoryOf: (entry: IndexEntry) => string | null;
} {
  if (indexes.length === 1 && !indexes[0].repository)
    return { index: indexes[0], repositoryOf: () => null };
  const repositories = new Map<IndexEntry, string | null>();
  const merged: CorpusIndex = {
    version: 1,
    generatedAt:
      indexes
        .map((index) => index.generatedAt)
        .sort()
        .at(-1) ?? '',
    entries: [],
    failed: [],
  };
  for (const index of indexes) {
    for (const entry of index.entries) {
      repositories.set(entry, index.repository ?? null);
      merged.entries.push(entry);
    }
    merged.failed.push(...index.failed);
  }
  return { index: merged, repositoryOf: (entry) => repositories.get(entry) ?? null };
}

/** The trend report of one corpus index, or of several merged (see `mergeIndexes`). */
export function reportFromIndex(
  index: CorpusIndex | readonly CorpusIndex[],
  settings: ReportSettings,
  request: ReportRequest,
): TrendReport {
  const { index: corpus, repositoryOf } = mergeIndexes(
    Array.isArray(index) ? (index as readonly CorpusIndex[]) : [index as CorpusIndex],
  );
  return buildReport({
    entries: corpus.entries,
    failed: corpus.failed,
    now: request.now,
    window: resolveWindow(request.now, request.since, request.until),
    followUp: followUpJudge(request.now, settings.followUp),
    statuses: statusReader(settings.statuses),
    // One problem is one row: overlapping windows merged, keys with the same incidents together.
    findPatterns: (entries) =>
      recurringProblems(groupedPatterns(entries, settings.patterns)).map((problem) => ({
        keys: problem.keys,
        incidents: problem.incidents,
      })),
    similarity: settings.similarity,
    repositoryOf,
  });
}
