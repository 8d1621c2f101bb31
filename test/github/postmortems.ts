import { referenceText } from '../support/reference.js';

/**
 * Postmortems for the Action's end-to-end tests, made at run time: short earlier incidents written
 * here, and the project's reference postmortem (test/fixtures/reference-postmortem.md) with a
 * root-cause category so that cross-incident rules connect it to the earlier ones.
 */

export const CATEGORY = 'Connection pool exhaustion';

/** An earlier incident with the same root-cause category (not complete: it is only context). */
export function earlierIncident(id: string, date: string): string {
  return [
    '---',
    `id: ${id}`,
    `date: ${date}`,
    'severity: SEV-2',
    'status: Completed',
    "author: '@platform-oncall'",
    `root_cause_category: ${CATEGORY}`,
    '---',
    `# Checkout latency from exhausted database connections (${id})`,
    '',
    '## Executive Summary',
    '',
    'Checkout requests queued behind a connection pool that a slow report query held open.',
    '',
  ].join('\n');
}

/** The incidents the reference's Pattern Analysis section cites. */
export const CITED_EARLIER = {
  'postmortems/2025-08-10-cache-connections.md': earlierIncident('INC-2025-0810-002', '2025-08-10'),
  'postmortems/2025-11-05-report-query.md': earlierIncident('INC-2025-1105-001', '2025-11-05'),
};

/** One more earlier incident of the category that the reference does not cite. */
export const UNCITED_PATH = 'postmortems/2025-12-20-batch-import.md';
export const UNCITED_ID = 'INC-2025-1220-001';
export const UNCITED_EARLIER = earlierIncident(UNCITED_ID, '2025-12-20');

function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const replaced = text.replace(search, replacement);
  if (replaced === text)
    throw new Error(`the reference postmortem no longer contains ${String(search)}`);
  return replaced;
}

/** The reference with a root-cause category header: no findings beside the cited incidents. */
export function completeOutage(): string {
  return replaceOnce(
    referenceText(),
    /^(\*\*Severity:\*\*.*\n)/m,
    `$1**Root Cause Category:** ${CATEGORY}  \n`,
  );
}

/** The complete outage whose Pattern Analysis also cites the otherwise uncited incident. */
export function outageCitingAll(): string {
  return replaceOnce(
    completeOutage(),
    /^(\| 2026-02-05 \|)/m,
    `| 2025-12-20 | ${UNCITED_ID} | Connection pool held by a batch import |\n$1`,
  );
}

/** Text a postmortem author might write that must not act in a comment: HTML, a mention, a table pipe, an issue ref. */
export const HOSTILE_SEVERITY = '<script>alert(1)</script> cc @alice | see #12';

/** The outage with an unreadable severity that quotes hostile text back in the finding's message. */
export function outageWithHostileSeverity(): string {
  return replaceOnce(
    completeOutage(),
    /^\*\*Severity:\*\*.*$/m,
    `**Severity:** ${HOSTILE_SEVERITY}`,
  );
}

/** The outage with one blaming sentence added to the summary. */
export function outageWithBlame(): string {
  return replaceOnce(
    completeOutage(),
    /^## Impact$/m,
    'The rollout happened because of human error during the deploy.\n\n## Impact',
  );
}
