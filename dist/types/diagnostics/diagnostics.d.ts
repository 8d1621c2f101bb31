import type { ParseProblem, Span } from '../model/types.js';
import type { RuleSeverity } from './types.js';
import type { Diagnostic, FileResult } from './types.js';
export declare function diagnosticAt(ruleId: string, severity: RuleSeverity, message: string, span: Span, suggestion?: string): Diagnostic;
export declare function problemDiagnostic(problem: ParseProblem): Diagnostic;
/** Orders findings as an editor lists them: by line, then column, then rule id. */
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
export declare function fileResult(filePath: string, diagnostics: Diagnostic[]): FileResult;
