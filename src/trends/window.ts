import type { IndexEntry } from '../corpus/index-entry.js';
import { isIsoDate, readInstant } from '../model/dates.js';

/**
 * A reporting period: the half-open interval [since, until) in epoch milliseconds (UTC).
 * Incidents are placed by their start time, else by their date at 00:00 UTC; months are UTC
 * calendar months, so an incident that spans midnight or a month boundary counts where it began.
 */
export interface Window {
  since: number;
  until: number;
}

/** Months before `until` a default window covers. */
const DEFAULT_WINDOW_MONTHS = 12;

function addUtcMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const target = new Date(ms);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  // Clamp to the target month's last day (31 March − 1 month is 28/29 February, not 3 March).
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.getTime();
}

/**
 * Reads a `--since` / `--until` value: an ISO date (`2026-01-31`, the whole day) or an ISO
 * date-time with its zone. `endOfDay` makes a plain date inclusive as an upper bound. Null when
 * unreadable.
 */
export function parseBound(text: string, endOfDay: boolean): number | null {
  return readInstant(text, endOfDay ? 'end' : 'start')?.getTime() ?? null;
}

/** The window ending at `until` (default `now`) and starting at `since` (default 12 months before). */
export function resolveWindow(
  now: Date,
  since: number | null = null,
  until: number | null = null,
): Window {
  const end = until ?? now.getTime();
  return { since: since ?? addUtcMonths(end, -DEFAULT_WINDOW_MONTHS), until: end };
}

/** The window of the same length just before `window`. */
export function previousWindow(window: Window): Window {
  return { since: window.since - (window.until - window.since), until: window.since };
}

/**
 * When an incident happened: its start, else its date at 00:00 UTC, else its earliest dated
 * timeline entry; null when none is known.
 */
export function incidentInstant(entry: IndexEntry): number | null {
  if (entry.startedAt !== null) return entry.startedAt;
  const date = entry.date?.trim() ?? '';
  return isIsoDate(date) ? Date.parse(`${date}T00:00:00Z`) : entry.firstEventAt;
}

export function inWindow(ms: number, window: Window): boolean {
  return ms >= window.since && ms < window.until;
}

/** `YYYY-MM` of an instant, in UTC. */
export function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** Every UTC month the window touches, oldest first. */
export function monthsOf(window: Window): string[] {
  const months: string[] = [];
  if (window.until <= window.since) return months;
  const last = monthKey(window.until - 1);
  const cursor = new Date(window.since);
  cursor.setUTCDate(1);
  cursor.setUTCHours(0, 0, 0, 0);
  for (let key = monthKey(cursor.getTime()); key <= last; key = monthKey(cursor.getTime())) {
    months.push(key);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}
