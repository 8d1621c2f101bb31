import type { Severity, Span } from './types.js';
/**
 * Normalises a severity as written: `SEV-1`, `SEV1`, `Sev 1`, `SEV-1 (Critical)` and `P1` all give
 * level 1. `aliases` adds spellings (matched case-insensitively against the whole value or its first
 * word), e.g. `{ "Critical": 1 }`.
 */
export declare function normaliseSeverity(raw: string, span: Span, aliases: Record<string, number>): Severity | null;
export declare function severityLevel(text: string, aliases: Record<string, number>): number | null;
