import { defineRule, type FileRuleContext } from './types.js';
import type { Timeline, TimelineMarker } from '../model/types.js';
import { parseDurationMinutes } from '../model/durations.js';
import {
  comparableClocks,
  describeTime,
  proseDuration,
  summaryDurations,
  timedEntries,
  type TimedEntry,
} from './helpers/timeline.js';
import { formatMinutes } from '../text/wording.js';
import { excerpt } from './helpers/model.js';

export type TimelineConsistencyOptions = {
  /** Allowed difference between the stated duration and the timeline's start-to-resolution span. */
  toleranceMinutes: number;
};

type Context = FileRuleContext<TimelineConsistencyOptions>;

const MARKER_LABEL: Record<TimelineMarker, string> = {
  start: 'INCIDENT START',
  detected: 'DETECTED',
  mitigated: 'MITIGATED',
  resolved: 'INCIDENT RESOLVED',
};

function checkOrder(context: Context, entries: readonly TimedEntry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1].time;
    const after = entries[i].time;
    const backwards = comparableClocks(before, after)
      ? after.timelineMs < before.timelineMs
      : before.date !== null && after.date !== null && after.date < before.date;
    if (!backwards) continue;
    const withDate =
      before.date !== after.date || after.secondsOfDay === null || before.secondsOfDay === null;
    context.report({
      message: `Timeline entry at ${describeTime(after, withDate)} comes after an entry at ${describeTime(before, withDate)}: keep entries in chronological order.`,
      span: entries[i].timeSpan,
    });
  }
}

/**
 * The first entry with `marker`, from `after` on when one of them follows it: a part back
 * online before the outage began ("db-02 went back online" at 16:11, outage from 17:30) is not
 * its resolution.
 */
function firstMarked(
  timeline: Timeline,
  marker: TimelineMarker,
  after: TimedEntry | null = null,
): TimedEntry | null {
  const { entries } = timeline;
  const from = after ? entries.indexOf(after) : -1;
  const first = entries.findIndex((candidate) => candidate.markers.includes(marker));
  const later = entries.findIndex((candidate, i) => i > from && candidate.markers.includes(marker));
  const entry = entries[later !== -1 ? later : first];
  return entry && entry.time !== null ? (entry as TimedEntry) : null;
}

/** The header fields that state a marker's time (`incident_start: 2026-10-01 09:45 UTC`). */
const STATED_FIELD: Partial<Record<TimelineMarker, string>> = {
  start: 'started_at',
  resolved: 'resolved_at',
};

function checkMarker(
  context: Context,
  timeline: Timeline,
  marker: TimelineMarker,
  meaning: string,
  where: string,
): boolean {
  if (timeline.entries.some((entry) => entry.markers.includes(marker))) return true;
  // Told in looser words at no entry in particular: there, but no duration can be measured.
  if (timeline.impliedMarkers.includes(marker)) return false;
  // The header states when it happened: the timeline need not label it again (nor is a duration
  // compared, with no entry marked).
  const field = STATED_FIELD[marker];
  const stated = field === undefined ? undefined : context.model.metadata.fields[field]?.value;
  if (typeof stated === 'string' && stated.trim() !== '') return false;
  context.report({
    message: `The Timeline marks no ${meaning}: label the entry where ${where} "${MARKER_LABEL[marker]}".`,
    span: timeline.span,
  });
  return false;
}

function checkDuration(
  context: Context,
  timeline: Timeline,
  start: TimedEntry,
  resolved: TimedEntry,
): void {
  const { model, options } = context;
  if (!comparableClocks(start.time, resolved.time)) return;
  const span = (resolved.time.timelineMs - start.time.timelineMs) / 60_000;
  const withDate = start.time.date !== resolved.time.date;
  const from = describeTime(start.time, withDate);
  const to = describeTime(resolved.time, withDate);
  // Read from words, a resolution before the start is a misreading (a later failure taken for
  // the start), not the document's contradiction: only labels can contradict each other.
  if (span < 0) {
    const labelled = timeline.labelledMarkers;
    if (!labelled.includes('start') || !labelled.includes('resolved')) return;
    context.report({
      message: `The incident is resolved at ${to}, before it starts at ${from}.`,
      span: resolved.timeSpan,
    });
    return;
  }
  const field = model.metadata.fields.duration;
  if (!field || field.value === null) {
    checkProseDuration(context, span, from, to);
    return;
  }
  const stated = String(field.value).trim();
  const minutes = parseDurationMinutes(stated);
  if (minutes === null) {
    context.report({
      message: `Duration "${excerpt(stated)}" could not be read: write it as e.g. "2 hours 15 minutes" or "45 min".`,
      span: field.span,
    });
    return;
  }
  if (Math.abs(minutes - span) <= options.toleranceMinutes) return;
  context.report({
    message: `Duration "${excerpt(stated)}" (${formatMinutes(minutes)}) does not match the timeline: ${from} (start) to ${to} (resolved) is ${formatMinutes(span)}, beyond the ${options.toleranceMinutes} min tolerance.`,
    span: field.span,
  });
}

/** Share of a hedged prose duration ("about 2 hours") allowed beside the tolerance. */
const HEDGE_SHARE = 0.1;

/** A duration the summary or impact states in words, compared as the header field is. */
function checkProseDuration(context: Context, span: number, from: string, to: string): void {
  const stated = proseDuration(context.model);
  if (!stated) return;
  const { toleranceMinutes } = context.options;
  const toleranceOf = (duration: { minutes: number; approximate: boolean }): number =>
    duration.approximate
      ? Math.max(toleranceMinutes, duration.minutes * HEDGE_SHARE)
      : toleranceMinutes;
  const tolerance = toleranceOf(stated);
  if (Math.abs(stated.minutes - span) <= tolerance) return;
  // A summary telling phases ("dark for 8 hours; about 68 hours in all") matches by any of them.
  if (
    summaryDurations(context.model).some(
      (duration) => Math.abs(duration.minutes - span) <= toleranceOf(duration),
    )
  )
    return;
  context.report({
    message: `The text states a duration of "${excerpt(stated.text)}" (${formatMinutes(stated.minutes)}), which does not match the timeline: ${from} (start) to ${to} (resolved) is ${formatMinutes(span)}, beyond the ${formatMinutes(tolerance)} tolerance.`,
    span: stated.span,
  });
}

function checkZone(context: Context, timeline: Timeline): void {
  const unknown = timeline.unknownZone;
  if (!unknown) return;
  context.report({
    message: `Time zone "${excerpt(unknown.text)}" is not recognised, so the timeline's times are read as UTC: write an IANA name (Europe/Berlin) or an abbreviation (UTC, CET, PT).`,
    span: unknown.span,
  });
}

function checkTimeline(context: Context, timeline: Timeline, main: boolean): void {
  const timed = timedEntries(timeline.entries);
  if (timed.length === 0) return;
  // A zone only matters to times of day: a timeline dated to the day is read the same in any.
  if (timed.some((entry) => entry.time.secondsOfDay !== null)) checkZone(context, timeline);
  checkOrder(context, timed);
  const hasStart = checkMarker(context, timeline, 'start', 'incident start', 'impact began');
  const hasResolution = checkMarker(
    context,
    timeline,
    'resolved',
    'resolution',
    'service was restored',
  );
  // The header's duration is the main timeline's: a file with several incidents states one.
  if (!hasStart || !hasResolution || !main) return;
  const start = firstMarked(timeline, 'start');
  const resolved = firstMarked(timeline, 'resolved', start);
  if (start && resolved) checkDuration(context, timeline, start, resolved);
}

export const timelineConsistency = defineRule<TimelineConsistencyOptions>({
  scope: 'file',
  meta: {
    id: 'timeline-consistency',
    description:
      'Requires a coherent timeline: entries in chronological order, a marked start and resolution, and a stated duration that matches them.',
    defaultSeverity: 'error',
    tags: ['timeline'],
    optionsSchema: {
      type: 'object',
      properties: {
        toleranceMinutes: {
          type: 'number',
          minimum: 0,
          description:
            "Allowed difference, in minutes, between the stated duration and the timeline's start-to-resolution span.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { toleranceMinutes: 5 },
  },
  check(context) {
    const { timeline, timelines } = context.model;
    for (const each of timelines) checkTimeline(context, each, each === timeline);
  },
});
