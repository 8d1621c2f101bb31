/** Loose calendar-date reading shared by the model extractors. Returns ISO `YYYY-MM-DD` or null. */
export declare function isoDate(year: number, month: number, day: number): string | null;
/** True for a real calendar date written exactly as `YYYY-MM-DD`. */
export declare function isIsoDate(text: string): boolean;
/** The first year (19xx or 20xx, as a whole word) written in `text`, or null. */
export declare function findYear(text: string): number | null;
/** How to read a date written without its year or with a two-number order (`01-10-2024`). */
export interface DateReading {
    year: number | null;
    /** True when `01-10-2024` means 1 October (day first), false for 10 January. */
    dayFirst: boolean;
    /** The document's date (ISO): a day and month written without a year are read nearest to it. */
    near?: string | null;
}
/** The date written exactly at `index` of `text`, and where it ends; null when none is. */
export declare function readDateAt(text: string, index: number, reading: DateReading): {
    iso: string;
    end: number;
} | null;
export interface FoundDate {
    iso: string;
    index: number;
    length: number;
}
/** The first calendar date written in `text`; `fallbackYear` completes dates written without one. */
export declare function findDate(text: string, fallbackYear?: number | null): FoundDate | null;
/** Days from ISO date `a` to ISO date `b` (negative when b is earlier). */
export declare function daysBetween(a: string, b: string): number;
/** The ISO calendar date (UTC) of an instant. */
export declare function isoDay(instant: Date): string;
/** The ISO date `days` days after `date`, counting only weekdays when `businessDays`. */
export declare function addDays(date: string, days: number, businessDays?: boolean): string;
/**
 * The one reading of a reference instant (`--now`, the Action's `now` input, the remark plugin's
 * option, a report's `--since` / `--until`): an ISO date-time with its zone, or an ISO date that
 * stands for `at` of that UTC day — noon for "now" (the same calendar day in every time zone), its
 * start, or its end (the next day's start: an inclusive upper bound). Null when unreadable.
 */
export declare function readInstant(text: string, at?: 'noon' | 'start' | 'end'): Date | null;
