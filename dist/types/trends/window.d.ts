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
/** The window ending at `until` (default `now`) and starting at `since` (default 12 months before). */
export declare function resolveWindow(now: Date, since?: number | null, until?: number | null): Window;
/** The window of the same length just before `window`. */
export declare function previousWindow(window: Window): Window;
/**
 * When an incident happened: its start, else its date at 00:00 UTC, else its earliest dated
 * timeline entry; null when none is known.
 */
export declare function incidentInstant(entry: IndexEntry): number | null;
export declare function inWindow(ms: number, window: Window): boolean;
/** `YYYY-MM` of an instant, in UTC. */
export declare function monthKey(ms: number): string;
/** Every UTC month the window touches, oldest first. */
export declare function monthsOf(window: Window): string[];
export declare function isoInstant(ms: number): string;
