import type { IndexEntry } from '../corpus/index-entry.js';
import { isIsoDate, isoDay } from '../model/dates.js';
import { followUpDeadline, type FollowUpOptions } from '../practice/follow-up.js';
import type { FollowUpJudge } from './metrics.js';

/**
 * Judges each review meeting against the configured follow-up window (the practice's own day
 * arithmetic, as the follow-up-meeting rule uses it): `within` by the deadline, `late` after it or missing once the deadline passed,
 * `unknown` when the incident date is unreadable or the deadline is still ahead.
 */
export function followUpJudge(now: Date, options: FollowUpOptions): FollowUpJudge {
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
