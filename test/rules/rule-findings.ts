import { config, lintOne } from '../support/lint.js';
import type { Diagnostic } from '../../src/engine/types.js';

/** Findings of one rule on one text, with the rule's options (if any) and now = 2026-02-06. */
export function ruleFindings(
  id: string,
  text: string,
  options?: Record<string, unknown>,
): Diagnostic[] {
  const resolved = options
    ? config({ rules: { [id]: options as Record<string, never> } })
    : config();
  return lintOne(text, { config: resolved }).filter((d) => d.ruleId === id);
}

/** `line:column message` of each finding, for readable expectations. */
export function described(findings: Diagnostic[]): string[] {
  return findings.map((d) => `${d.line}:${d.column} ${d.message}`);
}
