import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXAMPLES = new URL('../../examples/postmortems/', import.meta.url);

/** The examples' good SEV-1 (header form): zero errors with NOW. */
export const GOOD = readFileSync(
  fileURLToPath(new URL('sev1-checkout-certificate-expiry.md', EXAMPLES)),
  'utf8',
);
/** The examples' good SEV-2 (frontmatter form). */
export const GOOD_FRONTMATTER = readFileSync(
  fileURLToPath(new URL('sev2-webhook-signing-key.md', EXAMPLES)),
  'utf8',
);
/** A postmortem with blaming language, a thin 5-Whys and untracked action items. */
export const BAD = readFileSync(
  fileURLToPath(new URL('needs-work-cache-stampede.md', EXAMPLES)),
  'utf8',
);
/** The `--now` the examples are written for. */
export const NOW = '2026-03-13';

/**
 * GOOD with one blaming sentence added to the summary (exactly one blameless-language error), as
 * another incident: beside GOOD, the same id would be a unique-incident-id error too.
 */
export const ONE_ERROR = GOOD.replace(
  'Service returned after',
  'The outage was caused by human error. Service returned after',
).replace('INC-2026-0310-001', 'INC-2026-0311-001');
