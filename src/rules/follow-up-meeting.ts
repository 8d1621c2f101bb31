import type { FileRule, RuleSeverity } from './types.js';
import { addDays, isoDay } from '../model/dates.js';
import { fileSpan, incidentDateOf } from './model-helpers.js';

export type FollowUpMeetingOptions = {
  /** Days allowed between the incident and its review meeting when no severity window applies. */
  defaultWindowDays: number;
  /** Severity level → days allowed (`{"1": 3, "2": 5}`). */
  windows: Record<string, number>;
  /** Count only Monday–Friday (PagerDuty's "5 business days for SEV-2"). */
  businessDays: boolean;
};

/** Days allowed for an incident of severity `level`: its own window, else the default. */
export function followUpWindowDays(
  options: FollowUpMeetingOptions,
  level: number | null | undefined,
): number {
  return (
    (level !== null && level !== undefined ? options.windows[String(level)] : undefined) ??
    options.defaultWindowDays
  );
}

/** The last day a review meeting may take place: the incident date plus the severity's window. */
export function followUpDeadline(
  incidentDate: string,
  level: number | null | undefined,
  options: FollowUpMeetingOptions,
): string {
  return addDays(incidentDate, followUpWindowDays(options, level), options.businessDays);
}

export const followUpMeeting: FileRule<FollowUpMeetingOptions> = {
  scope: 'file',
  meta: {
    id: 'follow-up-meeting',
    description:
      'Requires a follow-up review meeting dated within a few days of the incident (3 calendar days by default; per-severity windows and business days configurable).',
    defaultSeverity: 'error',
    tags: ['follow-up', 'process'],
    optionsSchema: {
      type: 'object',
      properties: {
        defaultWindowDays: { type: 'integer', minimum: 0 },
        windows: {
          type: 'object',
          propertyNames: { pattern: '^[0-9]+$' },
          additionalProperties: { type: 'integer', minimum: 0 },
        },
        businessDays: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { defaultWindowDays: 3, windows: {}, businessDays: false },
  },
  check(context) {
    const { model, options } = context;
    const meeting = model.followUpMeeting;
    const incidentDate = incidentDateOf(model);
    const level = model.severity?.level;
    const days = followUpWindowDays(options, level);
    const severityWindow = level !== undefined && options.windows[String(level)] !== undefined;
    const window = `${days} ${options.businessDays ? 'business' : 'calendar'} day${days === 1 ? '' : 's'}${severityWindow ? ` for ${model.severity?.label}` : ''}`;
    const deadline = incidentDate === null ? null : followUpDeadline(incidentDate, level, options);
    // Before the deadline a missing meeting may still be scheduled: a warning, not yet an error.
    const pending: RuleSeverity | undefined =
      deadline !== null && isoDay(context.now) <= deadline ? 'warning' : undefined;

    if (!meeting) {
      context.report({
        message:
          deadline === null
            ? 'No follow-up review meeting recorded: add "**Follow-Up Meeting:** YYYY-MM-DD".'
            : `No follow-up review meeting recorded: hold one by ${deadline} (${window} after the incident on ${incidentDate}) and add "**Follow-Up Meeting:** YYYY-MM-DD".`,
        span: fileSpan(model),
        severity: pending,
      });
      return;
    }
    if (meeting.date === null) {
      const written = meeting.text.split('\n', 1)[0].trim();
      context.report({
        message: `${written === '' ? 'The follow-up meeting has no date' : `The follow-up meeting date "${written}" cannot be read`}: write it as YYYY-MM-DD${deadline === null ? '' : ` (on or before ${deadline})`}.`,
        span: meeting.span,
        severity: pending,
      });
      return;
    }
    if (incidentDate === null || deadline === null) return;
    if (meeting.date < incidentDate) {
      context.report({
        message: `The follow-up meeting date ${meeting.date} is before the incident date ${incidentDate}.`,
        span: meeting.span,
      });
    } else if (meeting.date > deadline) {
      context.report({
        message: `The follow-up meeting on ${meeting.date} is too late: it must be held by ${deadline} (${window} after the incident on ${incidentDate}).`,
        span: meeting.span,
      });
    }
  },
};
