import type { LintRun } from '../engine/types.js';
import type { Rule } from '../rules/types.js';
import { type EslintFileResult } from '../reporters/json.js';
/** What a formatter is told besides the results. */
export interface FormatContext {
    cwd: string;
    color: boolean;
    quiet: boolean;
    rules: readonly Rule[];
    /** Fixed texts by file path as in the run (`--fix-dry-run`). */
    outputs?: ReadonlyMap<string, string>;
    /** Set when there were more warnings than `--max-warnings` (ESLint's formatter context). */
    maxWarningsExceeded?: {
        maxWarnings: number;
        foundWarnings: number;
    };
}
export type Formatter = (run: LintRun, context: FormatContext) => string | Promise<string>;
/** The second argument of an ESLint formatter, as ESLint passes it. */
export interface EslintFormatterContext {
    cwd: string;
    rulesMeta: Record<string, {
        docs: {
            description: string;
            url: string;
        };
    }>;
    maxWarningsExceeded?: {
        maxWarnings: number;
        foundWarnings: number;
    };
}
/** A formatter module's default export: ESLint's formatter signature, over ESLint's JSON results. */
export type EslintFormatter = (results: EslintFileResult[], context: EslintFormatterContext) => string | Promise<string>;
/** The built-in formatters, by `--format` name. */
export declare const BUILTIN_FORMATTERS: Readonly<Record<string, Formatter>>;
/**
 * The formatter `--format` names: a built-in (stylish, json, sarif), or the path (relative to
 * `cwd`) of a module whose default export has ESLint's formatter signature. An unknown name is a
 * UsageError; a module that cannot be loaded, or exports no function, a CliError.
 */
export declare function loadFormatter(name: string, cwd: string): Promise<Formatter>;
