/**
 * The per-file pipeline, one step per function: read → decode and model (`modelBytes`) → rules
 * (`checkModel`) → diagnostics; then, once every file has its index entry, the corpus rules
 * (`checkCorpus`). Pure but for `readPostmortem`: no clock, no network, so any step can run in a
 * worker thread or on a cached model.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ResolvedConfig } from '../config/types.js';
import { enabledRules } from '../config/resolve.js';
import type { InlineControl, ParseProblem, Postmortem, Span } from '../model/types.js';
import type { Diagnostic, RuleSeverity } from '../diagnostics/types.js';
import type { Finding, Rule } from '../rules/types.js';
import { RULES } from '../rules/index.js';
import { buildPostmortem } from '../model/build.js';
import { buildIndexEntry, type IndexEntry } from '../corpus/index-entry.js';
import { decodePostmortem, invalidFile, tooLargeProblem } from '../parse/decode.js';
import { diagnosticAt, problemDiagnostic } from '../diagnostics/diagnostics.js';
import { isSilenced, unknownControlRules } from './inline-controls.js';

/** What one file contributes to a run: its own findings and its corpus index entry. */
export interface FileOutcome {
  path: string;
  diagnostics: Diagnostic[];
  entry: IndexEntry | null;
  controls: InlineControl[];
}

export type Modelled = { ok: true; model: Postmortem } | { ok: false; problem: ParseProblem };

/** The id of the finding that stands for a rule that threw: the rule is named, the others ran. */
export const RULE_ERROR = 'rule-error';

/** The id of the finding for an inline control naming a rule that does not exist. */
export const UNKNOWN_RULE = 'unknown-rule';

/** Finding ids that are not rules but that inline controls may still name. */
const NON_RULE_IDS: readonly string[] = [
  'invalid-file',
  'invalid-frontmatter',
  RULE_ERROR,
  UNKNOWN_RULE,
];

/** `<!-- postmortem-lint-disable no-such-rule -->`: one error per unknown id, at the comment's line. */
function unknownRuleDiagnostics(model: Postmortem, registry: readonly Rule[]): Diagnostic[] {
  if (model.controls.length === 0) return [];
  const known = new Set([...RULES, ...registry].map((rule) => rule.meta.id).concat(NON_RULE_IDS));
  return unknownControlRules(model.controls, known).map(({ control, id, closest }) => {
    const point = { line: control.line, column: 1, offset: 0 };
    return diagnosticAt(
      UNKNOWN_RULE,
      'error',
      `Unknown rule "${id}" in a postmortem-lint-${control.kind} comment: the comment does nothing for it.`,
      { start: point, end: point },
      closest ? `Did you mean "${closest}"?` : undefined,
    );
  });
}

/**
 * Reads one file without ever holding more than the size limit in memory. Synchronous on purpose:
 * files are read one at a time anyway, and a sync read skips the thread-pool round trip of the
 * promise API (measured: ~2.5% of a serial lint went to `openFileHandle`).
 */
function readLimited(path: string, limit: number): { bytes: Uint8Array } | { size: number } {
  const descriptor = openSync(path, 'r');
  try {
    const { size } = fstatSync(descriptor);
    if (size > limit) return { size };
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const count = readSync(descriptor, bytes, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(descriptor);
  }
}

/** Step 1: a file's bytes, or the fatal problem that keeps it from being linted. */
export function readPostmortem(path: string, config: ResolvedConfig): Uint8Array | ParseProblem {
  try {
    const read = readLimited(path, config.maxFileSize);
    return 'size' in read ? tooLargeProblem(read.size, config.maxFileSize) : read.bytes;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return invalidFile(`File could not be read (${reason}).`);
  }
}

function modelFailure(error: unknown): ParseProblem {
  const reason =
    error instanceof RangeError
      ? 'the document is nested too deeply'
      : String((error as Error)?.message ?? error);
  return invalidFile(`File could not be parsed (${reason}): not linted.`);
}

/** Step 2: bytes to model (size limit, decoding, parse). Pure, so it can run in a worker or be cached. */
export function modelBytes(path: string, bytes: Uint8Array, config: ResolvedConfig): Modelled {
  if (bytes.length > config.maxFileSize)
    return { ok: false, problem: tooLargeProblem(bytes.length, config.maxFileSize) };
  const decoded = decodePostmortem(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, model: buildPostmortem(path, decoded.text, config.parse) };
  } catch (error) {
    return { ok: false, problem: modelFailure(error) };
  }
}

/** A file that could not be modelled: one fatal finding, no index entry. */
export function failedOutcome(path: string, problem: ParseProblem): FileOutcome {
  return { path, diagnostics: [problemDiagnostic(problem)], entry: null, controls: [] };
}

function ruleError(id: string, error: unknown, span: Span): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return diagnosticAt(
    RULE_ERROR,
    'error',
    `Rule ${id} failed on this file (${reason}): its findings are missing, the other rules' are reported.`,
    span,
    'This is a bug in postmortem-lint, not in the postmortem: please report it with the file.',
  );
}

/** Where file-level findings go: the title, else the first line of the body. */
function fileSpan(model: Postmortem): Span {
  return model.title?.span ?? { start: model.bodyStart, end: model.bodyStart };
}

function reporter(
  id: string,
  severity: RuleSeverity,
  sink: (diagnostic: Diagnostic) => void,
): (finding: Finding) => void {
  return (finding) => {
    const diagnostic = diagnosticAt(
      id,
      finding.severity ?? severity,
      finding.message,
      finding.span,
      finding.suggestion,
    );
    if (finding.replacement !== undefined) diagnostic.replacement = finding.replacement;
    sink(diagnostic);
  };
}

/**
 * The rules of `registry` this configuration runs, in registry order. A rule the registry lacks
 * cannot be configured (the schema rejects unknown ids), so it is simply not there.
 */
function activeRules(
  config: ResolvedConfig,
  registry: readonly Rule[],
  level: number | null,
): Array<{ rule: Rule; severity: RuleSeverity; options: Record<string, unknown> }> {
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  // The file's severity picks its rules when the config has `overrides` for it.
  return enabledRules(config, level).flatMap(({ id, severity, options }) => {
    const rule = byId.get(id);
    return rule ? [{ rule, severity, options }] : [];
  });
}

/**
 * Runs the `warmUp` of every per-file rule the configuration enables at any severity, so that a
 * thread about to lint loads what the first check needs (a language model) while it waits.
 */
export function warmUpRules(config: ResolvedConfig, registry: readonly Rule[] = RULES): void {
  const enabled = new Set(
    [config.rules, ...Object.values(config.rulesBySeverity ?? {})].flatMap((rules) =>
      rules.filter((rule) => rule.severity !== 'off').map((rule) => rule.id),
    ),
  );
  for (const rule of registry)
    if (rule.scope === 'file' && enabled.has(rule.meta.id)) rule.warmUp?.();
}

/**
 * Step 3: every enabled per-file rule on a model, then inline controls, then each rule's `settle`.
 * A rule that throws becomes one `rule-error` finding naming it; the other rules still report.
 */
export function checkModel(
  model: Postmortem,
  config: ResolvedConfig,
  now: Date,
  registry: readonly Rule[] = RULES,
): FileOutcome {
  const diagnostics: Diagnostic[] = model.problems.map(problemDiagnostic);
  diagnostics.push(...unknownRuleDiagnostics(model, registry));
  const failed: Diagnostic[] = [];
  const rules = activeRules(config, registry, model.severity?.level ?? null);
  for (const { rule, severity, options } of rules) {
    if (rule.scope !== 'file') continue;
    const found: Diagnostic[] = [];
    try {
      rule.check({
        model,
        options,
        now,
        parse: config.parse,
        report: reporter(rule.meta.id, severity, (diagnostic) => found.push(diagnostic)),
      });
      diagnostics.push(...found);
    } catch (error) {
      failed.push(ruleError(rule.meta.id, error, fileSpan(model)));
    }
  }
  let kept = diagnostics.filter((d) => !isSilenced(model.controls, d.ruleId, d.line));
  for (const { rule } of rules) {
    if (rule.scope !== 'file' || !rule.settle) continue;
    try {
      kept = rule.settle(kept, model);
    } catch (error) {
      failed.push(ruleError(rule.meta.id, error, fileSpan(model)));
    }
  }
  return {
    path: model.path,
    diagnostics: [...kept, ...failed],
    entry: buildIndexEntry(model),
    controls: model.controls,
  };
}

/**
 * Step 4: the corpus rules (pattern-analysis, …), once every file has its index entry. They see
 * every outcome's entry and check the first `checked` outcomes (the reported files; the others
 * are context).
 */
export function checkCorpus(
  outcomes: readonly FileOutcome[],
  config: ResolvedConfig,
  now: Date,
  registry: readonly Rule[] = RULES,
  checked: number = outcomes.length,
): void {
  const corpus = outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : []));
  for (const outcome of outcomes.slice(0, checked)) {
    const entry = outcome.entry;
    if (!entry) continue;
    const rules = activeRules(config, registry, entry.severity);
    for (const { rule, severity, options } of rules) {
      if (rule.scope !== 'corpus') continue;
      const found: Diagnostic[] = [];
      try {
        rule.check({
          entry,
          corpus,
          options,
          now,
          parse: config.parse,
          report: reporter(rule.meta.id, severity, (diagnostic) => found.push(diagnostic)),
        });
      } catch (error) {
        const line = entry.lines.title ?? 1;
        const point = { line, column: 1, offset: 0 };
        outcome.diagnostics.push(ruleError(rule.meta.id, error, { start: point, end: point }));
        continue;
      }
      for (const diagnostic of found)
        if (!isSilenced(outcome.controls, diagnostic.ruleId, diagnostic.line))
          outcome.diagnostics.push(diagnostic);
    }
  }
}

/** Steps 2–3 on a fresh or cached `modelBytes` result. */
export function checkModelled(
  path: string,
  modelled: Modelled,
  config: ResolvedConfig,
  now: Date,
  registry: readonly Rule[] = RULES,
): FileOutcome {
  return modelled.ok
    ? checkModel(modelled.model, config, now, registry)
    : failedOutcome(path, modelled.problem);
}

/** Steps 2–3 from bytes: findings and index entry (corpus rules need the whole run). */
export function lintBytes(
  path: string,
  bytes: Uint8Array,
  config: ResolvedConfig,
  now: Date,
  registry: readonly Rule[] = RULES,
): FileOutcome {
  return checkModelled(path, modelBytes(path, bytes, config), config, now, registry);
}

export function lintText(
  path: string,
  text: string,
  config: ResolvedConfig,
  now: Date,
  registry: readonly Rule[] = RULES,
): FileOutcome {
  return lintBytes(path, new TextEncoder().encode(text), config, now, registry);
}
