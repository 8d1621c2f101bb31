import type { Severity, Span } from './types.js';

/** The most and least severe levels: SEV-1 to SEV-5. */
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

/**
 * A numbered severity: `SEV-1`, `SEV1`, `Sev 2`, `Severity 1`, `S1`, `P1`, `Priority 1`,
 * `Level 2`, `Impact level 2`, or a bare `2`. Level 0 (`P0`, `SEV-0`) is the top of scales that
 * start at 0: it counts as SEV-1, the most severe level the practice defines.
 */
const NUMBERED =
  /^(?:(?:sev(?:erity)?|p(?:riority)?|s|(?:impact[\s_-]*)?level)[\s_-]*)?(\d)(?![\w.])/i;

/**
 * Severity words as teams write them (PagerDuty and Atlassian scales): the default table,
 * documented in the required-metadata rule's page. `severityAliases` entries take precedence.
 */
export const DEFAULT_SEVERITY_WORDS: Readonly<Record<string, number>> = {
  critical: 1,
  catastrophic: 1,
  emergency: 1,
  high: 2,
  major: 2,
  medium: 3,
  moderate: 3,
  minor: 3,
  low: 4,
  cosmetic: 5,
  trivial: 5,
};

/**
 * Normalises a severity as written: `SEV-1`, `SEV1`, `Sev 1`, `SEV-1 (Critical)`, `P1`,
 * `Critical` and `High impact` all give a level. `aliases` adds spellings (matched
 * case-insensitively against the whole value or its first word), e.g. `{ "Blocker": 1 }`.
 */
export function normaliseSeverity(
  raw: string,
  span: Span,
  aliases: Record<string, number>,
): Severity | null {
  const level = severityLevel(raw, aliases);
  return level === null ? null : { level, label: `SEV-${level}`, raw, span };
}

/** The level of a severity as written, or null when it cannot be mapped. */
export function severityLevel(written: string, aliases: Record<string, number>): number | null {
  const text = written.replace(/[*_`]/g, '').trim();
  const lower = text.toLowerCase();
  const firstWord = lower.split(/[\s(,:;/–—]/, 1)[0];
  for (const [alias, level] of Object.entries(aliases)) {
    const key = alias.toLowerCase();
    if (lower === key || firstWord === key) return level;
  }
  const match = NUMBERED.exec(text);
  if (match) {
    const level = Math.max(Number(match[1]), MIN_LEVEL);
    return level <= MAX_LEVEL ? level : null;
  }
  // "Severity: High", "High impact": the first word, from the default table.
  return Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITY_WORDS, firstWord)
    ? DEFAULT_SEVERITY_WORDS[firstWord]
    : null;
}
