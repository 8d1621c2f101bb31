import { type ActionItemStatusOptions } from '../practice/action-item-status.js';
import type { TrackedIssue } from '../practice/tracked-issue.js';
export type ActionItemTrackingOptions = ActionItemStatusOptions & {
    /** Whether the run looked the links up (it does when it has a GitHub token); false: nothing is checked. */
    lookedUp: boolean;
    /** `owner/repo` that a bare `#123` belongs to (the run's repository). */
    repository: string;
    /** Hosts whose issue URLs are GitHub's (github.com and the run's GITHUB_SERVER_URL host). */
    githubHosts: string[];
    /** What the tracker said of each linked issue, by `owner/repo#number` (filled in by the run). */
    issues: Record<string, TrackedIssue>;
};
export declare const actionItemTracking: import("./types.js").Rule<Record<string, unknown>>;
