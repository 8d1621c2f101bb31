import type { ResolvedConfig } from '../config/types.js';
import { practiceOptions, ruleOptions } from '../config/resolve.js';
import type { FollowUpOptions } from '../practice/follow-up.js';
import { statusReader, type ActionItemStatusOptions } from '../practice/action-item-status.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import { groupedPatterns, type GroupKind, type PatternOptions } from '../corpus/patterns.js';
import type { SimilarityOptions } from '../corpus/similarity.js';
import { followUpJudge } from './follow-up.js';
import { buildReport, incidentRef, type TrendReport } from './report.js';
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
  similarity: Partial<SimilarityOptions> & { enabled: boolean };
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

/** The trend report of a corpus index. */
export function reportFromIndex(
  index: CorpusIndex,
  settings: ReportSettings,
  request: ReportRequest,
): TrendReport {
  return buildReport({
    entries: index.entries,
    failed: index.failed,
    now: request.now,
    window: resolveWindow(request.now, request.since, request.until),
    followUp: followUpJudge(request.now, settings.followUp),
    statuses: statusReader(settings.statuses),
    // Grouped patterns only carry group kinds; similarity candidates are listed apart.
    findPatterns: (entries) =>
      groupedPatterns(entries, settings.patterns).flatMap(({ kind, key, incidents }) =>
        kind === 'similarity' ? [] : [{ kind, key, incidents: incidents.map(incidentRef) }],
      ),
    similarity: settings.similarity,
  });
}
