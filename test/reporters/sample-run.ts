import type { LintRun } from '../../src/engine/types.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';

function diagnostic(
  fields: Partial<Diagnostic> & Pick<Diagnostic, 'ruleId' | 'line' | 'column'>,
): Diagnostic {
  return {
    severity: 'error',
    message: 'Something is missing.',
    endLine: fields.line,
    endColumn: fields.column + 4,
    ...fields,
  };
}

/** Three files: one with an error and a warning, one clean, one that could not be read. */
export function sampleRun(): LintRun {
  const results = [
    fileResult('postmortems/2026/outage.md', [
      diagnostic({
        ruleId: 'blameless-language',
        line: 12,
        column: 5,
        message: 'Blaming language "careless".',
        suggestion: 'Name the missing safeguard.',
      }),
      diagnostic({
        ruleId: 'action-items',
        severity: 'warning',
        line: 40,
        column: 61,
        message: 'Action item AI-2 is 3 days overdue.',
      }),
    ]),
    fileResult('postmortems/clean.md', []),
    fileResult('postmortems/binary file.md', [
      diagnostic({
        ruleId: 'invalid-file',
        line: 1,
        column: 1,
        endColumn: 2,
        message: 'File is not text.',
        fatal: true,
      }),
    ]),
  ];
  return {
    results,
    index: [],
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}
