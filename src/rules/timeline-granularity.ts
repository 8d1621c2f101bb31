import { defineRule, type FileRuleContext } from './types.js';
import type { Precision, Timeline } from '../model/types.js';
import { excerpt, fileSpan } from './helpers/model.js';
import {
  PRECISIONS,
  comparableClocks,
  describeTime,
  isAtLeast,
  timedEntries,
} from './helpers/timeline.js';
import { formatMinutes } from '../text/wording.js';

export interface GranularityThreshold {
  /** Every entry must be timed at least this finely. */
  precision?: Precision;
  /** Largest allowed gap between consecutive timed entries, in minutes. */
  maxGapMinutes?: number;
}

export type TimelineGranularityOptions = {
  /** Severity level ("1" for SEV-1) → its requirements; levels not listed (or null) are not checked. */
  thresholds: Record<string, GranularityThreshold | null>;
};

type Context = FileRuleContext<TimelineGranularityOptions>;

function reportUntimed(context: Context, timeline: Timeline): void {
  for (const entry of timeline.entries) {
    // "[???]", "2023-MM-DD", "Jul 2024": the authors could not know the time; none is asked.
    if (entry.time !== null || entry.roughTime !== undefined) continue;
    context.report({
      message: `Timeline entry "${excerpt(entry.text, 50)}" has no timestamp: start it with a time such as 14:05.`,
      span: entry.timeSpan,
    });
  }
}

/**
 * A timeline whose entries have dates but no time of day ("- 3/1/24 - issue filed"): said once,
 * when no severity threshold already asks each entry for a finer time.
 */
function reportDatesOnly(context: Context, timeline: Timeline): void {
  const timed = timedEntries(timeline.entries);
  if (timed.some((entry) => entry.time.secondsOfDay !== null)) return;
  context.report({
    message: `The Timeline's entries have dates but no times of day (${timed.length} dated): start each with its time (2024-03-01 14:05) so the incident can be measured.`,
    span: timeline.span,
  });
}

function checkPrecision(
  context: Context,
  timeline: Timeline,
  precision: Precision,
  label: string,
): void {
  for (const entry of timedEntries(timeline.entries)) {
    if (isAtLeast(entry.time.precision, precision)) continue;
    context.report({
      message: `Timeline entry "${excerpt(entry.time.raw)}" is timed to the ${entry.time.precision}; ${label} requires times to the ${precision}.`,
      span: entry.timeSpan,
    });
  }
}

function checkGaps(
  context: Context,
  timeline: Timeline,
  maxGapMinutes: number,
  label: string,
): void {
  const clocked = timedEntries(timeline.entries).filter(
    (entry) => entry.time.secondsOfDay !== null,
  );
  for (let i = 1; i < clocked.length; i++) {
    const before = clocked[i - 1].time;
    const after = clocked[i].time;
    if (!comparableClocks(before, after)) continue;
    // After the resolution nothing is going on: the time until the incident reopens is no gap.
    if (clocked[i - 1].markers.includes('resolved')) continue;
    const gap = (after.timelineMs - before.timelineMs) / 60_000;
    if (gap <= maxGapMinutes) continue;
    const withDate = before.date !== after.date;
    const zones = before.zone !== after.zone;
    const from = `${describeTime(before, withDate)}${zones && before.zone ? ` ${before.zone}` : ''}`;
    const to = `${describeTime(after, withDate)}${zones && after.zone ? ` ${after.zone}` : ''}`;
    context.report({
      message: `Timeline gap of ${formatMinutes(gap)} between ${from} and ${to} exceeds ${maxGapMinutes} min for ${label}: add what happened in between.`,
      span: clocked[i].timeSpan,
    });
  }
}

/** One timeline of the file; `needs` words what the severity demands. */
function checkTimeline(context: Context, timeline: Timeline, needs: string): void {
  const { model, options } = context;
  const severity = model.severity;
  const threshold = severity ? options.thresholds[String(severity.level)] : null;
  if (timedEntries(timeline.entries).length === 0) {
    const untimed = timeline.entries.length;
    // A change history dated to the month is as fine as what it tells.
    if (untimed > 0 && timeline.entries.every((entry) => entry.roughTime !== undefined)) return;
    context.report({
      message: `The Timeline has no timestamped entries${untimed > 0 ? ` (${untimed} without a time)` : ''}${needs || ': list what happened, each line starting with its time (14:05)'}.`,
      span: timeline.span,
    });
    return;
  }
  reportUntimed(context, timeline);
  if (!threshold?.precision) reportDatesOnly(context, timeline);
  if (!severity || !threshold) return;
  if (threshold.precision) checkPrecision(context, timeline, threshold.precision, severity.label);
  if (threshold.maxGapMinutes !== undefined)
    checkGaps(context, timeline, threshold.maxGapMinutes, severity.label);
}

export const timelineGranularity = defineRule<TimelineGranularityOptions>({
  scope: 'file',
  meta: {
    id: 'timeline-granularity',
    description:
      'Requires a timeline as fine as the severity demands: times to the minute and no gap over 30 min for SEV-1, to the hour and no gap over 60 min for SEV-2.',
    defaultSeverity: 'error',
    tags: ['timeline'],
    optionsSchema: {
      type: 'object',
      properties: {
        thresholds: {
          type: 'object',
          propertyNames: { pattern: '^[0-9]$' },
          additionalProperties: {
            anyOf: [
              {
                type: 'object',
                properties: {
                  precision: {
                    enum: [...PRECISIONS],
                    description: 'Every entry must be timed at least this finely.',
                  },
                  maxGapMinutes: {
                    type: 'number',
                    exclusiveMinimum: 0,
                    description:
                      'Largest allowed gap between consecutive timed entries, in minutes.',
                  },
                },
                additionalProperties: false,
              },
              { type: 'null' },
            ],
          },
          description:
            'Severity level ("1" for SEV-1) → its requirements; levels not listed (or `null`) are not checked. Levels you give are merged with the defaults; an object given for a level replaces its default (a field left out is not checked).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      thresholds: {
        '1': { precision: 'minute', maxGapMinutes: 30 },
        '2': { precision: 'hour', maxGapMinutes: 60 },
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const timeline = model.timeline;
    const severity = model.severity;
    const threshold = severity ? options.thresholds[String(severity.level)] : null;
    // A severity without thresholds is not checked; an unknown one gets what any timeline needs.
    if (severity && !threshold) return;
    const demand = threshold?.precision ? ` with times to the ${threshold.precision}` : '';
    const needs = severity ? `: a ${severity.label} postmortem needs a timeline${demand}` : '';
    if (!timeline) {
      if (severity) {
        context.report({ message: `No Timeline section${needs}.`, span: fileSpan(model) });
      }
      return;
    }
    for (const each of model.timelines) checkTimeline(context, each, needs);
  },
});
