import type { IndexEntry } from '../corpus/index-entry.js';
/**
 * A reporting period: the half-open interval [since, until) in epoch milliseconds (UTC).
 * Incidents are placed by their start time, else by their date at 00:00 UTC; months are UTC
 * calendar months, so an incident that spans midnight or a month boundary counts where it began.
 */
export interface Window {
    since: number;
    until: number;
}
/**
 * Reads a `--since` / `--until` value: an ISO date (`2026-01-31`, the whole day) or an ISO
 * date-time with its zone. `endOfDay` makes a plain date inclusive as an upper bound. Null when
 * unreadable.
 */
export declare function parseBound(text: string, endOfDay: boolean): number | null;
export declare const DAY_MS = 86400000;
/**
 * The window of whole UTC days ending at `until` (default: the start of `now`'s day, so the
 * window is the days before today) and starting at `since` (default: 12 calendar months
 * before). A bound inside a day is widened to the whole day: the header prints days, so the
 * window is made of days, and a default window covers exactly 12 months.
 */
export declare function resolveWindow(now: Date, since?: number | null, until?: number | null): Window;
/**
 * How many calendar months the window spans, partial months counted by their share of days
 * (1 January to 1 July is 6; 15 January to 15 February about 1): the divisor of "per month".
 */
export declare function monthSpan(window: Window): number;
/** The window of the same length just before `window` (kept inside printable dates). */
export declare function previousWindow(window: Window): Window;
/**
 * When an incident happened: its start, else its date at 00:00 UTC, else its earliest dated
 * timeline entry; null when none is known.
 */
export declare function incidentInstant(entry: IndexEntry): number | null;
export declare function inWindow(ms: number, window: Window): boolean;
/** `YYYY-MM` of an instant, in UTC. */
export declare function monthKey(ms: number): string;
/** A window kept inside the years a date can print: a window of many years never fails. */
export declare function clampWindow(window: Window): Window;
/** Every UTC month the window touches, oldest first. */
export declare function monthsOf(window: Window): string[];
export declare function isoInstant(ms: number): string;
