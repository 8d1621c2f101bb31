import type { InlineControl, Postmortem } from '../model/types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from './types.js';
import type { Finding } from '../rules/types.js';
import { buildIndexEntry, type IndexEntry } from '../model/index-entry.js';
import { diagnosticAt, problemDiagnostic } from './diagnostics.js';
import { isSilenced } from './inline-controls.js';

/** What one file contributes to a run: its own findings and its corpus index entry. */
export interface FileOutcome {
  path: string;
  diagnostics: Diagnostic[];
  entry: IndexEntry | null;
  controls: InlineControl[];
}

/** Runs every enabled per-file rule on a model. Pure: no file system, no clock, no network. */
export function checkModel(model: Postmortem, config: ResolvedConfig, now: Date): FileOutcome {
  const diagnostics: Diagnostic[] = model.problems.map(problemDiagnostic);
  for (const { rule, severity, options } of config.rules) {
    if (rule.scope !== 'file') continue;
    rule.check({
      model,
      options,
      now,
      parse: config.parse,
      report: (finding: Finding) => {
        diagnostics.push(
          diagnosticAt(
            rule.meta.id,
            finding.severity ?? severity,
            finding.message,
            finding.span,
            finding.suggestion,
          ),
        );
      },
    });
  }
  let kept = diagnostics.filter((d) => !isSilenced(model.controls, d.ruleId, d.line));
  for (const { rule } of config.rules) {
    if (rule.scope === 'file' && rule.settle) kept = rule.settle(kept, model);
  }
  return {
    path: model.path,
    diagnostics: kept,
    entry: buildIndexEntry(model),
    controls: model.controls,
  };
}

/** Runs the corpus rules (pattern-analysis, …) once every file has its index entry. */
export function checkCorpus(
  outcomes: readonly FileOutcome[],
  config: ResolvedConfig,
  now: Date,
): void {
  const corpus = outcomes.flatMap((outcome) => (outcome.entry ? [outcome.entry] : []));
  for (const outcome of outcomes) {
    const entry = outcome.entry;
    if (!entry) continue;
    for (const { rule, severity, options } of config.rules) {
      if (rule.scope !== 'corpus') continue;
      rule.check({
        entry,
        corpus,
        options,
        now,
        parse: config.parse,
        report: (finding: Finding) => {
          const diagnostic = diagnosticAt(
            rule.meta.id,
            finding.severity ?? severity,
            finding.message,
            finding.span,
            finding.suggestion,
          );
          if (!isSilenced(outcome.controls, diagnostic.ruleId, diagnostic.line))
            outcome.diagnostics.push(diagnostic);
        },
      });
    }
  }
}
