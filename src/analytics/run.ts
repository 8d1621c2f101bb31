import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from './corpus-index.js';
import { followUpMeeting, type FollowUpMeetingOptions } from '../rules/follow-up-meeting.js';
import {
  DEFAULT_PATTERN_OPTIONS,
  groupedPatterns,
  type GroupKind,
  type PatternOptions,
} from './patterns.js';
import { DEFAULT_SIMILARITY_OPTIONS, type SimilarityOptions } from './similarity.js';
import { followUpJudge } from './follow-up.js';
import { buildReport, incidentRef, type TrendReport } from './report.js';
import { resolveWindow } from './window.js';

/** Every kind of group a report lists (the rule may check fewer). */
const REPORT_GROUPS: GroupKind[] = ['category', 'service', 'tag'];

export interface ReportSettings {
  followUp: FollowUpMeetingOptions;
  patterns: PatternOptions;
  similarity: Partial<SimilarityOptions> & { enabled: boolean };
}

function ruleOptions(config: ResolvedConfig, id: string): Record<string, unknown> {
  return config.rules.find((enabled) => enabled.rule.meta.id === id)?.options ?? {};
}

/**
 * What a report reads from the configuration: the follow-up-meeting rule's window, the
 * pattern-analysis rule's occurrence count and window (grouping by category, service and tag),
 * and its similarity threshold. Similarity candidates are on in reports unless the rule's
 * `similarity.enabled` is explicitly false.
 */
export function reportSettings(config: ResolvedConfig): ReportSettings {
  const followUp = {
    ...followUpMeeting.meta.defaultOptions,
    ...ruleOptions(config, 'follow-up-meeting'),
  } as FollowUpMeetingOptions;
  const pattern = ruleOptions(config, 'pattern-analysis');
  const similarity = (
    typeof pattern.similarity === 'object' && pattern.similarity !== null ? pattern.similarity : {}
  ) as Partial<SimilarityOptions & { enabled: boolean }>;
  return {
    followUp,
    patterns: {
      groupBy: REPORT_GROUPS,
      minOccurrences:
        typeof pattern.minOccurrences === 'number'
          ? pattern.minOccurrences
          : DEFAULT_PATTERN_OPTIONS.minOccurrences,
      windowMonths:
        typeof pattern.windowMonths === 'number'
          ? pattern.windowMonths
          : DEFAULT_PATTERN_OPTIONS.windowMonths,
    },
    similarity: {
      enabled: similarity.enabled !== false,
      threshold:
        typeof similarity.threshold === 'number'
          ? similarity.threshold
          : DEFAULT_SIMILARITY_OPTIONS.threshold,
    },
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
    // Grouped patterns only carry group kinds; similarity candidates are listed apart.
    findPatterns: (entries) =>
      groupedPatterns(entries, settings.patterns).flatMap(({ kind, key, incidents }) =>
        kind === 'similarity' ? [] : [{ kind, key, incidents: incidents.map(incidentRef) }],
      ),
    similarity: settings.similarity,
  });
}
