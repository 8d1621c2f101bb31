import type { Precision, TimelineEntry, Timestamp } from '../../model/types.js';
import { formatClock } from '../../model/timestamps.js';

/** Precisions from the finest to the coarsest. */
export const PRECISIONS: readonly Precision[] = ['second', 'minute', 'hour', 'day'];

/** True when `actual` is at least as fine as `required`. */
export function isAtLeast(actual: Precision, required: Precision): boolean {
  return PRECISIONS.indexOf(actual) <= PRECISIONS.indexOf(required);
}

/** A timed entry: one whose timestamp was read. */
export type TimedEntry = TimelineEntry & { time: Timestamp };

export function timedEntries(entries: readonly TimelineEntry[]): TimedEntry[] {
  return entries.filter((entry): entry is TimedEntry => entry.time !== null);
}

/** The timestamp as a reader would name it: `14:05`, `2021-12-10 15:40`, `2021-12-10`. */
export function describeTime(time: Timestamp, withDate = false): string {
  const clock = time.secondsOfDay === null ? null : formatClock(time.secondsOfDay, time.precision);
  if (clock === null) return time.date ?? time.raw.trim();
  return withDate && time.date !== null ? `${time.date} ${clock}` : clock;
}

/** Two times can be compared to the minute when both have a time of day and the same footing. */
export function comparableClocks(a: Timestamp, b: Timestamp): boolean {
  return (
    a.secondsOfDay !== null && b.secondsOfDay !== null && (a.date === null) === (b.date === null)
  );
}
