import type { ResolvedConfig } from '../config/types.js';
import type { CorpusIndex } from './corpus-index.js';
import { followUpMeeting, type FollowUpMeetingOptions } from '../rules/follow-up-meeting.js';
import { groupedPatterns, type GroupKind, type PatternOptions } from './patterns.js';
import { patternAnalysis, type PatternAnalysisOptions } from '../rules/pattern-analysis.js';
import type { SimilarityOptions } from './similarity.js';
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
 * and its similarity threshold. Reports always list similarity candidates (for a person to
 * judge), whether or not the rule enforces them (`similarity.enabled`).
 */
export function reportSettings(config: ResolvedConfig): ReportSettings {
  const followUp = {
    ...followUpMeeting.meta.defaultOptions,
    ...ruleOptions(config, 'follow-up-meeting'),
  } as FollowUpMeetingOptions;
  // Enabled rules carry their merged options; a rule turned off still lends its defaults.
  const pattern = {
    ...patternAnalysis.meta.defaultOptions,
    ...ruleOptions(config, 'pattern-analysis'),
  } as PatternAnalysisOptions;
  return {
    followUp,
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
    // Grouped patterns only carry group kinds; similarity candidates are listed apart.
    findPatterns: (entries) =>
      groupedPatterns(entries, settings.patterns).flatMap(({ kind, key, incidents }) =>
        kind === 'similarity' ? [] : [{ kind, key, incidents: incidents.map(incidentRef) }],
      ),
    similarity: settings.similarity,
  });
}
