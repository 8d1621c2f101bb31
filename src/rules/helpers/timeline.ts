import type {
  Point,
  Postmortem,
  Precision,
  ProseText,
  Section,
  Span,
  TimelineEntry,
  Timestamp,
} from '../../model/types.js';
import { formatClock } from '../../model/timestamps.js';
import { findProseDuration, findStatedDurations } from '../../model/durations.js';
import { findSection, SECTION_NAMES } from '../../model/sections.js';

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

/** A duration stated in a sentence of the summary or impact section. */
export interface StatedProseDuration {
  text: string;
  minutes: number;
  approximate: boolean;
  span: Span;
}

/** Point `index` characters into `text`, which starts at `start`. */
function advance(start: Point, text: string, index: number): Point {
  let { line, column } = start;
  for (let i = 0; i < index; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: start.offset + index };
}

/**
 * The incident's duration as the Executive Summary or Impact states it in prose ("the outage
 * lasted about 2 hours"): the first such sentence, in document order.
 */
export function proseDuration(model: Postmortem): StatedProseDuration | null {
  for (const prose of summaryProse(model)) {
    const found = findProseDuration(prose.text);
    if (!found) continue;
    const span: Span = prose.exact
      ? {
          start: advance(prose.start, prose.text, found.index),
          end: advance(prose.start, prose.text, found.end),
        }
      : { start: prose.start, end: prose.start };
    return {
      text: prose.text.slice(found.index, found.end),
      minutes: found.minutes,
      approximate: found.approximate,
      span,
    };
  }
  return null;
}

/** The prose of the Executive Summary and the Impact sections, in document order. */
function summaryProse(model: Postmortem): ProseText[] {
  const sections = [SECTION_NAMES.executiveSummary, SECTION_NAMES.impact]
    .map((names) => findSection(model.sections, names))
    .filter((section): section is Section => section !== null);
  return model.prose.filter(({ start: { offset } }) =>
    sections.some((s) => offset >= s.bodySpan.start.offset && offset < s.bodySpan.end.offset),
  );
}

/**
 * Every duration the Executive Summary and the Impact write, however introduced ("**Total time
 * until repaired:** About 68 hours"), with whether it is hedged: a summary that tells several
 * phases states several durations.
 */
export function summaryDurations(model: Postmortem): { minutes: number; approximate: boolean }[] {
  return summaryProse(model).flatMap(({ text }) => findStatedDurations(text));
}
