import { type FollowUpOptions } from '../practice/follow-up.js';
export type FollowUpMeetingOptions = FollowUpOptions;
export declare const followUpMeeting: import("./types.js").Rule<Record<string, unknown>>;
