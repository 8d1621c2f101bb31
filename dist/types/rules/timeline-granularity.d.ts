import type { Precision } from '../model/types.js';
export interface GranularityThreshold {
    /** Every entry must be timed at least this finely. */
    precision?: Precision;
    /** Largest allowed gap between consecutive timed entries, in minutes. */
    maxGapMinutes?: number;
}
export type TimelineGranularityOptions = {
    /** Severity level ("1" for SEV-1) → its requirements; levels not listed (or null) are not checked. */
    thresholds: Record<string, GranularityThreshold | null>;
};
export declare const timelineGranularity: import("./types.js").Rule<Record<string, unknown>>;
