import type { ResolvedConfig } from '../config/types.js';
import type { FollowUpOptions } from '../practice/follow-up.js';
import { type ActionItemStatusOptions } from '../practice/action-item-status.js';
import type { CorpusIndex } from '../corpus/corpus-index.js';
import { type PatternOptions } from '../corpus/patterns.js';
import type { SimilarityOptions } from '../corpus/similarity.js';
import { type TrendReport } from './report.js';
export interface ReportSettings {
    followUp: FollowUpOptions;
    statuses: ActionItemStatusOptions;
    patterns: PatternOptions;
    similarity: Partial<SimilarityOptions> & {
        enabled: boolean;
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
/** The trend report of a corpus index. */
export declare function reportFromIndex(index: CorpusIndex, settings: ReportSettings, request: ReportRequest): TrendReport;
