import { type FollowUpOptions } from '../practice/follow-up.js';
import type { FollowUpJudge } from './metrics.js';
/**
 * Judges each review meeting against the configured follow-up window (the practice's own day
 * arithmetic, as the follow-up-meeting rule uses it): `within` by the deadline, `late` after it or missing once the deadline passed,
 * `unknown` when the incident date is unreadable or the deadline is still ahead.
 */
export declare function followUpJudge(now: Date, options: FollowUpOptions): FollowUpJudge;
