import type { Severity, Span } from './types.js';
/** The most and least severe levels: SEV-1 to SEV-5. */
export declare const MIN_LEVEL = 1;
export declare const MAX_LEVEL = 5;
/**
 * Severity words as teams write them (PagerDuty and Atlassian scales): the default table,
 * documented in the required-metadata rule's page. `severityAliases` entries take precedence.
 */
export declare const DEFAULT_SEVERITY_WORDS: Readonly<Record<string, number>>;
/**
 * Normalises a severity as written: `SEV-1`, `SEV1`, `Sev 1`, `SEV-1 (Critical)`, `P1`,
 * `Critical` and `High impact` all give a level. `aliases` adds spellings (matched
 * case-insensitively against the whole value or its first word), e.g. `{ "Blocker": 1 }`.
 */
export declare function normaliseSeverity(raw: string, span: Span, aliases: Record<string, number>): Severity | null;
/** The level of a severity as written, or null when it cannot be mapped. */
export declare function severityLevel(written: string, aliases: Record<string, number>): number | null;
