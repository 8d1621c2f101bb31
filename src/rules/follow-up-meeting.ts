import { defineRule } from './types.js';
import type { RuleSeverity } from '../diagnostics/types.js';
import { isoDay } from '../model/dates.js';
import {
  DEFAULT_FOLLOW_UP_OPTIONS,
  followUpDeadline,
  followUpWindowDays,
  type FollowUpOptions,
} from '../practice/follow-up.js';
import { excerpt, fileSpan, incidentDateOf } from './helpers/model.js';
import { plural } from '../text/wording.js';

export type FollowUpMeetingOptions = FollowUpOptions;

export const followUpMeeting = defineRule<FollowUpMeetingOptions>({
  scope: 'file',
  meta: {
    id: 'follow-up-meeting',
    description:
      'Requires a follow-up review meeting dated within a few days of the incident (3 calendar days by default; per-severity windows and business days configurable).',
    defaultSeverity: 'error',
    severityNote:
      'a warning while the meeting can still be held in time (none recorded, or a line saying it is not yet held)',
    tags: ['follow-up', 'process'],
    optionsSchema: {
      type: 'object',
      properties: {
        defaultWindowDays: {
          type: 'integer',
          minimum: 0,
          description:
            'Days allowed between the incident and its review meeting when no severity window applies.',
        },
        windows: {
          type: 'object',
          propertyNames: { pattern: '^[0-9]+$' },
          additionalProperties: { type: 'integer', minimum: 0 },
          description: 'Severity level → days allowed (`{"1": 3, "2": 5}`).',
        },
        businessDays: {
          type: 'boolean',
          description: 'Count only Monday–Friday (PagerDuty\'s "5 business days for SEV-2").',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: DEFAULT_FOLLOW_UP_OPTIONS,
  },
  check(context) {
    const { model, options } = context;
    const meeting = model.followUpMeeting;
    const incidentDate = incidentDateOf(model);
    const level = model.severity?.level;
    const days = followUpWindowDays(options, level);
    const severityWindow = level !== undefined && options.windows[String(level)] !== undefined;
    const window = `${plural(days, options.businessDays ? 'business day' : 'calendar day')}${severityWindow ? ` for ${model.severity?.label}` : ''}`;
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
    if (meeting.pending) {
      // "not yet held — due by …" (what `new` writes) is a missing meeting, on its own line.
      context.report({
        message:
          deadline === null
            ? 'The follow-up review meeting is not held yet: once it is, write its date here as YYYY-MM-DD.'
            : `The follow-up review meeting is not held yet: hold it by ${deadline} (${window} after the incident on ${incidentDate}) and write its date here as YYYY-MM-DD.`,
        span: meeting.span,
        // Without an incident date it cannot be late yet: the line is a plan, a warning.
        severity: deadline === null ? 'warning' : pending,
      });
      return;
    }
    if (meeting.date === null && meeting.fromAttendees) {
      // Who attended shows the review was held; only when is unknown.
      const who = excerpt(
        meeting.text
          .split('\n')
          .map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim())
          .filter((line) => line !== '')
          .join(', '),
      );
      context.report({
        message: `The review meeting is recorded by its attendees ("${who}") but not its date: add "**Follow-Up Meeting:** YYYY-MM-DD"${deadline === null ? '' : ` (on or before ${deadline})`}.`,
        span: meeting.span,
        severity: pending,
      });
      return;
    }
    if (meeting.date === null) {
      const written = meeting.text.split('\n', 1)[0].trim();
      context.report({
        message: `${written === '' ? 'The follow-up meeting has no date' : `The follow-up meeting date "${excerpt(written)}" cannot be read`}: write it as YYYY-MM-DD${deadline === null ? '' : ` (on or before ${deadline})`}.`,
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
});
