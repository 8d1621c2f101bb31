import type { ResolvedConfig } from '../config/types.js';
import type { FollowUpOptions } from '../practice/follow-up.js';
import { type ActionItemStatusOptions } from '../practice/action-item-status.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import { type PatternOptions } from '../corpus/patterns.js';
import type { IndexEntry } from '../corpus/index-entry.js';
import type { SimilarityOptions } from '../corpus/similarity.js';
import { type TrendReport } from './report.js';
export interface ReportSettings {
    followUp: FollowUpOptions;
    statuses: ActionItemStatusOptions;
    patterns: PatternOptions;
    similarity: Partial<SimilarityOptions> & {
        enabled: boolean;
        threshold: number;
    };
}
/**
 * What a report reads from the configuration (on or off, a rule keeps its options there): the
 * follow-up window and what "done" means (the practice's settings), the pattern-analysis rule's
 * occurrence count and window (grouping by category, service and tag),
 * and its similarity threshold. Reports always list similarity candidates (for a person to
 * judge), whether or not the rule enforces them (`similarity.enabled`).
 */
export declare function reportSettings(config: ResolvedConfig): ReportSettings;
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
export declare function mergeIndexes(indexes: readonly CorpusIndex[]): {
    index: CorpusIndex;
    repositoryOf: (entry: IndexEntry) => string | null;
};
/** The trend report of one corpus index, or of several merged (see `mergeIndexes`). */
export declare function reportFromIndex(index: CorpusIndex | readonly CorpusIndex[], settings: ReportSettings, request: ReportRequest): TrendReport;
