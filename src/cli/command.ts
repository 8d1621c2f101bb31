import { parseArgs } from 'node:util';
import type { Rule } from '../rules/types.js';
import { readInstant } from '../model/dates.js';

/** Exit codes shared by every command (ESLint's): 0 clean, 1 findings, 2 usage or configuration error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

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
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A problem the user can act on that is not bad usage (an existing file not overwritten, a
 * formatter module that does not load): printed as it is, exit code 2.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Options every command understands. */
const HELP_OPTIONS: OptionSpecs = {
  help: { type: 'boolean', short: 'h', description: 'Show this help and exit.' },
};

/** Options of commands that read postmortems with a configuration and a reference date. */
export const CONFIG_OPTIONS: OptionSpecs = {
  config: {
    type: 'string',
    short: 'c',
    valueName: 'FILE',
    description: 'Use this config file instead of searching for .postmortemrc.{yml,yaml,json}.',
  },
  now: {
    type: 'string',
    valueName: 'DATE',
    description: 'Reference date for date checks (YYYY-MM-DD or ISO date-time; default: today).',
  },
};

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options = { ...HELP_OPTIONS, ...command.options };
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> =
    {};
  for (const [name, spec] of Object.entries(options)) {
    config[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  try {
    const parsed = parseArgs({
      args: argv,
      options: config,
      allowPositionals: command.positionals,
      strict: true,
    });
    return { values: parsed.values as OptionValues, positionals: parsed.positionals };
  } catch (error) {
    // node:util's messages are precise ("Unknown option '--fromat'"); drop its advice about '--'.
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'),
    );
  }
}

export function helpText(program: string, name: string, command: Command): string {
  const options = { ...command.options, ...HELP_OPTIONS };
  const rows = Object.entries(options).map(([long, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${long}${spec.valueName ? ` ${spec.valueName}` : ''}`;
    return [flag, spec.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: ${program} ${name} ${command.usage}`.trimEnd(),
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
    '',
  ].join('\n');
}

/** The value of an option that must be one of a few words. */
export function choice<T extends string>(
  name: string,
  value: OptionValue,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${String(value)}").`);
}

/** The value of an option that must be a whole number >= `minimum`. */
export function integer(name: string, value: OptionValue, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^\d+$/.test(value.trim()) && Number(value) >= minimum)
    return Number(value);
  throw new UsageError(`--${name} must be a whole number >= ${minimum} (got "${String(value)}").`);
}

/**
 * The reference instant for date checks (`--now`): a plain date means noon UTC of that day, so
 * that the calendar day is the same in every time zone; without a value, the clock.
 */
export function parseNow(value: OptionValue, clock: () => Date = () => new Date()): Date {
  if (value === undefined) return clock();
  const instant = readInstant(String(value));
  if (instant === null)
    throw new UsageError(
      `--now must be an ISO date such as 2026-02-06 or 2026-02-06T14:00:00Z (got "${String(value).trim()}").`,
    );
  return instant;
}
