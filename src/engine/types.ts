import type { RuleSeverity } from '../rules/types.js';
import type { IndexEntry } from '../model/index-entry.js';

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

export interface LintRun {
  results: FileResult[];
  /** One entry per postmortem that could be modelled, in path order. */
  index: IndexEntry[];
  errorCount: number;
  warningCount: number;
  /** Problems that did not stop the run (e.g. an unusable cache file); the CLI prints them to stderr. */
  warnings?: string[];
}
