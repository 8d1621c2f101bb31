import type { IndexEntry } from '../model/index-entry.js';
import { isIsoDate, isoDay } from '../model/dates.js';
import {
  followUpDeadline,
  followUpMeeting,
  type FollowUpMeetingOptions,
} from '../rules/follow-up-meeting.js';
import type { FollowUpJudge } from './metrics.js';

/**
 * Judges each review meeting against the follow-up-meeting rule's window (same options, same day
 * arithmetic): `within` by the deadline, `late` after it or missing once the deadline passed,
 * `unknown` when the incident date is unreadable or the deadline is still ahead.
 */
export function followUpJudge(
  now: Date,
  options: FollowUpMeetingOptions = followUpMeeting.meta.defaultOptions,
): FollowUpJudge {
  const today = isoDay(now);
  return (entry: IndexEntry) => {
    const incidentDate = entry.date?.trim() ?? '';
    if (!isIsoDate(incidentDate)) return 'unknown';
    const deadline = followUpDeadline(incidentDate, entry.severity, options);
    const meeting = entry.followUpMeetingDate;
    if (meeting === null) return today <= deadline ? 'unknown' : 'missing';
    if (meeting < incidentDate) return 'unknown';
    return meeting <= deadline ? 'within' : 'late';
  };
}
