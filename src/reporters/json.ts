import { resolve } from 'node:path';
import type { LintRun } from '../engine/types.js';
import { messageText } from './message.js';

/** One message of ESLint's JSON formatter. */
export interface EslintMessage {
  ruleId: string;
  /** 2 error, 1 warning (ESLint's numbers). */
  severity: 2 | 1;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: true;
}

/** One file of ESLint's JSON formatter (`eslint -f json`), so existing tooling can read it. */
export interface EslintFileResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: [];
  /** The file's text with the fixes applied, when there were any (ESLint's `--fix-dry-run`). */
  output?: string;
}

export interface EslintJsonOptions {
  /** Directory that relative file paths are resolved against (ESLint prints absolute paths). */
  cwd?: string;
  /** Fixed texts by file path as in the run (`--fix-dry-run`): given as each result's `output`. */
  outputs?: ReadonlyMap<string, string>;
}

export function toEslintJson(run: LintRun, options: EslintJsonOptions = {}): EslintFileResult[] {
  const cwd = options.cwd ?? process.cwd();
  return run.results.map((result) => {
    const messages = result.diagnostics.map((diagnostic): EslintMessage => {
      const message: EslintMessage = {
        ruleId: diagnostic.ruleId,
        severity: diagnostic.severity === 'error' ? 2 : 1,
        message: messageText(diagnostic),
        line: diagnostic.line,
        column: diagnostic.column,
        endLine: diagnostic.endLine,
        endColumn: diagnostic.endColumn,
      };
      if (diagnostic.fatal) message.fatal = true;
      return message;
    });
    const output = options.outputs?.get(result.filePath);
    return {
      filePath: resolve(cwd, result.filePath),
      messages,
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: messages.filter((message) => message.fatal).length,
      warningCount: result.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      ...(output === undefined ? {} : { output }),
    };
  });
}

/** The JSON formatter's output text. */
export function formatJson(run: LintRun, options: EslintJsonOptions = {}): string {
  return `${JSON.stringify(toEslintJson(run, options))}\n`;
}
