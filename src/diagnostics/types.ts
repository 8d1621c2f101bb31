/** How much a finding matters: an error fails the check, a warning does not. */
export type RuleSeverity = 'error' | 'warning';

/**
 * One finding as reporters see it. Lines and columns are 1-based; `endColumn` is exclusive, as in
 * ESLint's JSON output and unist positions.
 */
export interface Diagnostic {
  ruleId: string;
  severity: RuleSeverity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestion?: string;
  /** Replaces the finding's range as it stands: the editor's quick fix (see `Finding.replacement`). */
  replacement?: string;
  /** The file could not be linted at all (unreadable, not text, too large). */
  fatal?: boolean;
}

export interface FileResult {
  /** Path as the user gave it (relative to the working directory when inside it). */
  filePath: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}
