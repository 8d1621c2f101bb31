import type { LintRun } from '../engine/types.js';
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
export declare function toEslintJson(run: LintRun, options?: EslintJsonOptions): EslintFileResult[];
/** The JSON formatter's output text. */
export declare function formatJson(run: LintRun, options?: EslintJsonOptions): string;
