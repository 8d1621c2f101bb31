import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintRun } from '../engine/types.js';
import type { Rule } from '../rules/types.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { formatStylish } from '../reporters/stylish.js';
import { formatJson, toEslintJson, type EslintFileResult } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { CliError, UsageError } from './command.js';

/** What a formatter is told besides the results. */
export interface FormatContext {
  cwd: string;
  color: boolean;
  quiet: boolean;
  rules: readonly Rule[];
  /** Fixed texts by file path as in the run (`--fix-dry-run`). */
  outputs?: ReadonlyMap<string, string>;
  /** Set when there were more warnings than `--max-warnings` (ESLint's formatter context). */
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

export type Formatter = (run: LintRun, context: FormatContext) => string | Promise<string>;

/** The second argument of an ESLint formatter, as ESLint passes it. */
export interface EslintFormatterContext {
  cwd: string;
  rulesMeta: Record<string, { docs: { description: string; url: string } }>;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

/** A formatter module's default export: ESLint's formatter signature, over ESLint's JSON results. */
export type EslintFormatter = (
  results: EslintFileResult[],
  context: EslintFormatterContext,
) => string | Promise<string>;

/** The built-in formatters, by `--format` name. */
export const BUILTIN_FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: (run, context) => formatStylish(run, { color: context.color, quiet: context.quiet }),
  json: (run, context) => formatJson(run, { cwd: context.cwd, outputs: context.outputs }),
  sarif: (run, context) => formatSarif(run, { cwd: context.cwd }),
};

/** Whether a `--format` value names a module rather than a built-in formatter. */
function isModulePath(name: string): boolean {
  return /[\\/]/.test(name) || name.startsWith('.') || /\.[cm]?js$/.test(name);
}

function rulesMeta(rules: readonly Rule[]): EslintFormatterContext['rulesMeta'] {
  return Object.fromEntries(
    rules.map(({ meta }) => [
      meta.id,
      { docs: { description: meta.description, url: ruleDocsUrl(meta.id) } },
    ]),
  );
}

/** A formatter module (ESLint's signature) as a formatter over the run. */
function moduleFormatter(name: string, format: EslintFormatter): Formatter {
  return async (run, context) => {
    let text: unknown;
    try {
      text = await format(toEslintJson(run, { cwd: context.cwd, outputs: context.outputs }), {
        cwd: context.cwd,
        rulesMeta: rulesMeta(context.rules),
        ...(context.maxWarningsExceeded
          ? { maxWarningsExceeded: context.maxWarningsExceeded }
          : {}),
      });
    } catch (error) {
      throw new CliError(
        `--format ${name}: the formatter failed: ${(error as Error)?.message ?? String(error)}`,
      );
    }
    if (typeof text !== 'string')
      throw new CliError(`--format ${name}: the formatter returned ${typeof text}, not a string.`);
    return text;
  };
}

/**
 * The formatter `--format` names: a built-in (stylish, json, sarif), or the path (relative to
 * `cwd`) of a module whose default export has ESLint's formatter signature. An unknown name is a
 * UsageError; a module that cannot be loaded, or exports no function, a CliError.
 */
export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  if (Object.hasOwn(BUILTIN_FORMATTERS, name)) return BUILTIN_FORMATTERS[name];
  if (!isModulePath(name))
    throw new UsageError(
      `--format must be ${Object.keys(BUILTIN_FORMATTERS).join(', ')} or the path of a formatter module such as ./my-formatter.js (got "${name}").`,
    );
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(resolve(cwd, name)).href)) as { default?: unknown };
  } catch (error) {
    throw new CliError(
      `--format ${name}: the formatter module could not be loaded (${(error as Error)?.message ?? String(error)}).`,
    );
  }
  if (typeof loaded.default !== 'function')
    throw new CliError(
      `--format ${name}: the module's default export must be a function (results, context) => string.`,
    );
  return moduleFormatter(name, loaded.default as EslintFormatter);
}
