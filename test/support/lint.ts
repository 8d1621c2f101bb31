import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve.js';
import type { ConfigFile, ResolvedConfig } from '../../src/config/types.js';
import { lintText } from '../../src/engine/pipeline.js';
import { checkCorpus } from '../../src/engine/pipeline.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { readRuleDoc } from './rule-docs.js';

export function config(file: ConfigFile = {}): ResolvedConfig {
  return resolveConfig(file, null, process.cwd());
}

/**
 * Lints texts as one corpus (in memory) and returns the findings of the LAST text, sorted.
 * One text is the common case.
 */
export function lintTexts(
  texts: string[],
  options: { config?: ResolvedConfig; now?: Date } = {},
): Diagnostic[] {
  const resolved = options.config ?? config();
  const now = options.now ?? new Date('2026-02-06T12:00:00Z');
  const outcomes = texts.map((text, i) =>
    lintText(`postmortems/file-${i + 1}.md`, text, resolved, now),
  );
  checkCorpus(outcomes, resolved, now);
  const last = outcomes[outcomes.length - 1];
  return fileResult(last.path, last.diagnostics).diagnostics;
}

export function lintOne(
  text: string,
  options: { config?: ResolvedConfig; now?: Date } = {},
): Diagnostic[] {
  return lintTexts([text], options);
}

/** `line:column` of each finding of one rule. */
export function places(diagnostics: Diagnostic[], ruleId: string): string[] {
  return diagnostics.filter((d) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column}`);
}

/** Runs a rule's documented failing and passing examples; returns the findings of both. */
export function runRuleDoc(id: string): {
  failing: Diagnostic[];
  passing: Diagnostic[];
  expect: string[] | null;
} {
  const doc = readRuleDoc(id);
  const resolved = config(
    doc.options ? { rules: { [id]: doc.options as Record<string, never> } } : {},
  );
  const only = (list: Diagnostic[]): Diagnostic[] => list.filter((d) => d.ruleId === id);
  return {
    failing: only(lintTexts(doc.failing.files, { config: resolved, now: doc.now })),
    passing: only(lintTexts(doc.passing.files, { config: resolved, now: doc.now })),
    expect: doc.expect,
  };
}

/** The findings of rule `id` on one text, with `options` merged over the rule's defaults. */
export function ruleFindings(
  id: string,
  text: string,
  { options, now }: { options?: Record<string, unknown>; now?: Date } = {},
): Diagnostic[] {
  const resolved = options
    ? config({ rules: { [id]: options as Record<string, never> } })
    : undefined;
  const run = { ...(now ? { now } : {}), ...(resolved ? { config: resolved } : {}) };
  return lintOne(text, run).filter((d) => d.ruleId === id);
}

/** A temporary folder holding the given files (relative path → content). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'pml-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}
