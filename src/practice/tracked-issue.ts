import type { ActionItemState } from './action-item-status.js';

/**
 * What the tracker says of the issue an action item links to, as the run looked it up: open,
 * closed (with GitHub's `state_reason`: `completed`, `not_planned`, …, and the day), or not
 * readable (404: no such issue; 403: a repository the token cannot read). Plain JSON: it is
 * handed to the rules as options and stored in reports.
 */
export interface TrackedIssue {
  state: 'open' | 'closed' | 'missing' | 'inaccessible';
  reason?: string | null;
  closedAt?: string | null;
}

/**
 * An item's state once the tracker is heard: a known issue's state wins over the Markdown (an
 * item whose issue is closed is done, whatever the table still says; one whose issue is open is
 * open); an issue that could not be read leaves the Markdown's.
 */
export function reconciledState(
  written: ActionItemState,
  issue: TrackedIssue | null | undefined,
): ActionItemState {
  if (issue?.state === 'closed') return 'done';
  if (issue?.state === 'open') return 'open';
  return written;
}
