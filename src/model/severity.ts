import type { Severity, Span } from './types.js';

const SEVERITY_PATTERN = /^\s*(?:sev(?:erity)?|p(?:riority)?|s)[\s_-]*(\d)\b/i;

/**
 * Normalises a severity as written: `SEV-1`, `SEV1`, `Sev 1`, `SEV-1 (Critical)` and `P1` all give
 * level 1. `aliases` adds spellings (matched case-insensitively against the whole value or its first
 * word), e.g. `{ "Critical": 1 }`.
 */
export function normaliseSeverity(
  raw: string,
  span: Span,
  aliases: Record<string, number>,
): Severity | null {
  const text = raw.replace(/[*_`]/g, '').trim();
  const level = severityLevel(text, aliases);
  return level === null ? null : { level, label: `SEV-${level}`, raw, span };
}

export function severityLevel(text: string, aliases: Record<string, number>): number | null {
  const lower = text.toLowerCase();
  const firstWord = lower.split(/[\s(]/, 1)[0];
  for (const [alias, level] of Object.entries(aliases)) {
    const key = alias.toLowerCase();
    if (lower === key || firstWord === key) return level;
  }
  const match = SEVERITY_PATTERN.exec(text);
  return match ? Number(match[1]) : null;
}
