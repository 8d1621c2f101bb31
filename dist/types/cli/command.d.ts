import type { Rule } from '../rules/types.js';
/** Exit codes shared by every command (ESLint's): 0 clean, 1 findings, 2 usage or configuration error. */
export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_USAGE = 2;
/** What a command may touch besides its arguments: output streams, working directory, environment. */
export interface CliIo {
    stdout(text: string): void;
    stderr(text: string): void;
    cwd: string;
    env: NodeJS.ProcessEnv;
    /** Whether stdout is a terminal (colours are used only then). */
    stdoutIsTTY?: boolean;
    /** The rules to run instead of the built-in registry (tests use it for a rule that throws). */
    rules?: readonly Rule[];
    /** All of standard input as text (`--stdin`); absent where there is none to read. */
    stdin?: () => Promise<string>;
}
export interface OptionSpec {
    type: 'string' | 'boolean';
    short?: string;
    /** Placeholder in the help text (`--format NAME`). */
    valueName?: string;
    /** The option may be given several times; its value is then the list of values. */
    multiple?: boolean;
    description: string;
}
export type OptionSpecs = Record<string, OptionSpec>;
/** The value of one parsed option: a list for options that may be repeated. */
export type OptionValue = string | boolean | string[] | undefined;
/** Values of parsed options, by long name (`--max-warnings` → `values['max-warnings']`). */
export type OptionValues = Record<string, OptionValue>;
export interface ParsedArgs {
    values: OptionValues;
    positionals: string[];
}
/** One subcommand. Add one to the table in `main.ts`. */
export interface Command {
    /** One line for the command list. */
    summary: string;
    /** What follows the command name in the usage line, e.g. `[options] [paths|globs...]`. */
    usage: string;
    options: OptionSpecs;
    /** Whether the command takes positional arguments. */
    positionals: boolean;
    run(args: ParsedArgs, io: CliIo): Promise<number>;
}
/** Bad command-line use: printed with a pointer to `--help`, exit code 2. */
export declare class UsageError extends Error {
    constructor(message: string);
}
/**
 * A problem the user can act on that is not bad usage (an existing file not overwritten, a
 * formatter module that does not load): printed as it is, exit code 2.
 */
export declare class CliError extends Error {
    constructor(message: string);
}
/** Options of commands that read postmortems with a configuration and a reference date. */
export declare const CONFIG_OPTIONS: OptionSpecs;
export declare function parseCommandArgs(command: Command, argv: string[]): ParsedArgs;
export declare function helpText(program: string, name: string, command: Command): string;
/** The value of an option that must be one of a few words. */
export declare function choice<T extends string>(name: string, value: OptionValue, allowed: readonly T[], fallback: T): T;
/** The value of an option that must be a whole number >= `minimum`. */
export declare function integer(name: string, value: OptionValue, minimum: number): number | undefined;
/**
 * The reference instant for date checks (`--now`): a plain date means noon UTC of that day, so
 * that the calendar day is the same in every time zone; without a value, the clock.
 */
export declare function parseNow(value: OptionValue, clock?: () => Date): Date;
