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

export const DAY_MS = 86_400_000;

/** 00:00 UTC of the instant's day. */
function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/**
 * The window of whole UTC days ending at `until` (default: the start of `now`'s day, so the
 * window is the days before today) and starting at `since` (default: 12 calendar months
 * before). A bound inside a day is widened to the whole day: the header prints days, so the
 * window is made of days, and a default window covers exactly 12 months.
 */
export function resolveWindow(
  now: Date,
  since: number | null = null,
  until: number | null = null,
): Window {
  const endDay = startOfDay(until ?? now.getTime());
  const end = until === null || until === endDay ? endDay : endDay + DAY_MS;
  return clampWindow({
    since: startOfDay(since ?? addUtcMonths(end, -DEFAULT_WINDOW_MONTHS)),
    until: end,
  });
}

/**
 * How many calendar months the window spans, partial months counted by their share of days
 * (1 January to 1 July is 6; 15 January to 15 February about 1): the divisor of "per month".
 */
export function monthSpan(window: Window): number {
  let months = 0;
  for (const key of monthsOf(window)) {
    const [year, month] = key.split('-').map(Number);
    const first = Date.UTC(year, month - 1, 1);
    const next = Date.UTC(year, month, 1);
    const covered = Math.min(next, window.until) - Math.max(first, window.since);
    months += covered / (next - first);
  }
  return months;
}

/** The window of the same length just before `window` (kept inside printable dates). */
export function previousWindow(window: Window): Window {
  return clampWindow({ since: window.since - (window.until - window.since), until: window.since });
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
  const date = new Date(ms);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The earliest and latest instants a report places (ECMAScript dates end at ±8.64e15 ms). */
const MIN_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const MAX_INSTANT = Date.UTC(9999, 11, 31);

/** A window kept inside the years a date can print: a window of many years never fails. */
export function clampWindow(window: Window): Window {
  const since = Math.min(Math.max(window.since, MIN_INSTANT), MAX_INSTANT);
  return { since, until: Math.min(Math.max(window.until, since), MAX_INSTANT) };
}

/** Every UTC month the window touches, oldest first. */
export function monthsOf(window: Window): string[] {
  const months: string[] = [];
  if (window.until <= window.since) return months;
  const start = new Date(window.since);
  const end = new Date(window.until - 1);
  // Month numbers, not string keys: no date string is built per step.
  const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
  for (let k = start.getUTCFullYear() * 12 + start.getUTCMonth(); k <= last; k++)
    months.push(
      `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`,
    );
  return months;
}

export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}
