import type { Postmortem, Precision, Span, TimelineEntry, Timestamp } from '../../model/types.js';
/** Precisions from the finest to the coarsest. */
export declare const PRECISIONS: readonly Precision[];
/** True when `actual` is at least as fine as `required`. */
export declare function isAtLeast(actual: Precision, required: Precision): boolean;
/** A timed entry: one whose timestamp was read. */
export type TimedEntry = TimelineEntry & {
    time: Timestamp;
};
export declare function timedEntries(entries: readonly TimelineEntry[]): TimedEntry[];
/** The timestamp as a reader would name it: `14:05`, `2021-12-10 15:40`, `2021-12-10`. */
export declare function describeTime(time: Timestamp, withDate?: boolean): string;
/** Two times can be compared to the minute when both have a time of day and the same footing. */
export declare function comparableClocks(a: Timestamp, b: Timestamp): boolean;
/** A duration stated in a sentence of the summary or impact section. */
export interface StatedProseDuration {
    text: string;
    minutes: number;
    approximate: boolean;
    span: Span;
}
/**
 * The incident's duration as the Executive Summary or Impact states it in prose ("the outage
 * lasted about 2 hours"): the first such sentence, in document order.
 */
export declare function proseDuration(model: Postmortem): StatedProseDuration | null;
/**
 * Every duration the Executive Summary and the Impact write, however introduced ("**Total time
 * until repaired:** About 68 hours"), with whether it is hedged: a summary that tells several
 * phases states several durations.
 */
export declare function summaryDurations(model: Postmortem): {
    minutes: number;
    approximate: boolean;
}[];
