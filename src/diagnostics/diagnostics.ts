import type { ParseProblem, Span } from '../model/types.js';
import type { RuleSeverity } from './types.js';
import type { Diagnostic, FileResult } from './types.js';

export function diagnosticAt(
  ruleId: string,
  severity: RuleSeverity,
  message: string,
  span: Span,
  suggestion?: string,
): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId,
    severity,
    message,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
  if (suggestion !== undefined) diagnostic.suggestion = suggestion;
  return diagnostic;
}

export function problemDiagnostic(problem: ParseProblem): Diagnostic {
  const diagnostic = diagnosticAt(problem.ruleId, 'error', problem.message, problem.span);
  if (problem.fatal) diagnostic.fatal = true;
  return diagnostic;
}

/** Orders findings as an editor lists them: by line, then column, then rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

export function fileResult(filePath: string, diagnostics: Diagnostic[]): FileResult {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const errorCount = sorted.filter((d) => d.severity === 'error').length;
  return { filePath, diagnostics: sorted, errorCount, warningCount: sorted.length - errorCount };
}
