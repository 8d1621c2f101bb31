import type { ResolvedConfig } from '../config/types.js';
import { type TrackerClientOptions } from './tracker.js';
/**
 * `postmortem-lint link`: writes the references of the issues `create-issues` opened back into
 * the postmortems, as an edit of each item's action text (` (#123)` at its end), with the same
 * safe, byte-preserving writes as `--fix`. Only issues the token's identity (or a bot) wrote are
 * trusted; an item already linked, or done, is left alone.
 */
export interface LinkRequest {
    /** Absolute paths. */
    files: readonly string[];
    config: ResolvedConfig;
    /** The repository the issues are in (`owner/repo`). */
    repository: string;
    client: TrackerClientOptions;
    /** How each file's path is shown, and stands in for a missing incident id (as in the Action). */
    pathOf: (path: string) => string;
    serverUrl?: string;
    /** Compute the edits but write nothing. */
    dryRun?: boolean;
}
export interface LinkOutcome {
    /** `postmortems/a.md: AI-5 → #123`, one per reference written. */
    linked: string[];
    notices: string[];
    filesChanged: number;
}
export declare function linkIssues(request: LinkRequest): Promise<LinkOutcome>;
