/** A duration found in a text: its minutes and where it is written. */
export interface FoundDuration {
    minutes: number;
    index: number;
    end: number;
}
/**
 * The first duration written in `text`: a run of number-and-unit pairs (`1h 30m`, `2 hours and
 * 15 minutes`), summed. Null when none is written.
 */
export declare function findDuration(text: string): FoundDuration | null;
/** Every duration written in `text`, in order (one pass over its words). */
export declare function findDurations(text: string): FoundDuration[];
/** Minutes in a stated duration (the `Duration` field); null when it states none. */
export declare function parseDurationMinutes(raw: string): number | null;
/** A duration stated in a sentence, and whether it was hedged ("about", "approximately"). */
export interface ProseDuration extends FoundDuration {
    approximate: boolean;
}
/** The first duration introduced by "lasted …", "a total of …", "downtime of …" in `text`. */
export declare function findProseDuration(text: string): ProseDuration | null;
/**
 * Every duration written in `text` (see {@link findDurations}), and whether a hedge comes right
 * before it ("**Total time until repaired:** About 68 hours").
 */
export declare function findStatedDurations(text: string): ProseDuration[];
/**
 * Whether `text` only tells how long something lasted ("Outage of 7 hours 27 minutes", "~ 10
 * minutes"): a note between a timeline's events, not an event of its own.
 */
export declare function isDurationNote(text: string): boolean;
