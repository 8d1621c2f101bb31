import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { searchStart } from '../app/project.js';
import { lintPostmortems } from '../app/lint.js';
import { CONFIG_FILES, loadConfig } from '../config/load.js';
import { discoverFiles } from '../files/discover.js';
import { displayPath } from '../text/paths.js';
import { plural } from '../text/wording.js';
import type { ResolvedConfig } from '../config/types.js';
import type { LintRun } from '../engine/types.js';
import { readPostmortem } from '../engine/pipeline.js';
import { fixBytes } from '../fix/fix-files.js';
import { decodePostmortem } from '../parse/decode.js';
import { findTemplate } from '../scaffold/template-source.js';
import { renderDefaultConfig } from '../scaffold/default-config.js';
import { RULES } from '../rules/index.js';
import { BUILTIN_FORMATTERS, loadFormatter } from './formatters.js';
import { lintContents, type Content } from './lint-contents.js';
import { parseRuleOptions } from './rule-option.js';
import { printableConfig } from './print-config.js';
import { unifiedDiff } from './unified-diff.js';
import { DebugLog } from './debug.js';
import { GITHUB_TOKEN_ENV_OPTION, withTracking } from './tracking.js';
import {
  CONFIG_OPTIONS,
  CliError,
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  integer,
  parseNow,
  type CliIo,
  type Command,
  type OptionValues,
  type ParsedArgs,
} from './command.js';

/** What `--stdin` is shown as without `--stdin-filename`. */
const STDIN_NAME = '<stdin>';

/** The file `--init` writes. */
const INIT_FILE = '.postmortemrc.yml';

/**
 * The configuration that applies to `targets` (found from them upwards, or `--config`), with the
 * `--rule` settings of `values` on top. Throws ConfigError.
 */
export function configFor(
  targets: string[],
  values: OptionValues,
  io: CliIo,
): Promise<ResolvedConfig> {
  return loadConfig({
    configPath: typeof values.config === 'string' ? values.config : undefined,
    searchFrom: searchStart(targets, io.cwd),
    cwd: io.cwd,
    ruleOverrides: parseRuleOptions(values.rule),
  });
}

/**
 * The configuration and files of the command line's targets (`--config` when given), as every
 * command reading postmortems needs them. Throws ConfigError, or NoFilesError when a target
 * matches nothing (main turns both into exit code 2).
 */
export async function configAndFiles(
  targets: string[],
  values: OptionValues,
  io: CliIo,
): Promise<{ config: ResolvedConfig; files: string[] }> {
  const config = await configFor(targets, values, io);
  return { config, files: await discoverFiles(targets, config, io.cwd) };
}

/** Only the errors of a run (`--quiet`). */
function errorsOnly(run: LintRun): LintRun {
  const results = run.results.map((result) => ({
    ...result,
    diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
    warningCount: 0,
  }));
  return { ...run, results, warningCount: 0 };
}

function useColor(values: ParsedArgs['values'], io: CliIo): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY === true;
}

/** Options that choose what the run does, which cannot be combined with one another. */
function checkCombinations(values: OptionValues, positionals: string[]): void {
  const modes = ['init', 'print-config', 'stdin'].filter((name) => values[name] !== undefined);
  if (modes.length > 1)
    throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be used together.`);
  if ((values.init || values.stdin || values['print-config'] !== undefined) && positionals.length)
    throw new UsageError(`--${modes[0]} takes no paths (got "${positionals[0]}").`);
  if (values['stdin-filename'] !== undefined && !values.stdin)
    throw new UsageError('--stdin-filename names the text read with --stdin: add --stdin.');
  if (values.fix && values['fix-dry-run'])
    throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  if (values.fix && values.stdin)
    throw new UsageError(
      '--fix cannot write to standard input: use --fix-dry-run to see the fixes.',
    );
}

/** `--init`: the default configuration, every option at its default and commented. */
async function runInit(io: CliIo): Promise<number> {
  const present = await Promise.all(
    CONFIG_FILES.map((name) =>
      stat(join(io.cwd, name)).then(
        () => true,
        () => false,
      ),
    ),
  );
  const existing = CONFIG_FILES.find((_name, i) => present[i]);
  if (existing !== undefined)
    throw new CliError(`${existing} already exists in this directory: not overwritten.`);
  try {
    // 'wx': fail when the file appeared meanwhile, so a configuration is never overwritten.
    await writeFile(join(io.cwd, INIT_FILE), renderDefaultConfig(), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new CliError(`${INIT_FILE} already exists in this directory: not overwritten.`);
  }
  io.stdout(
    `Created ${INIT_FILE}: every option at its default, with a comment. Edit what you want to change and delete the rest.\n`,
  );
  return EXIT_OK;
}

/** `--print-config FILE`: the configuration that applies to FILE, as a config file in JSON. */
async function runPrintConfig(file: string, values: OptionValues, io: CliIo): Promise<number> {
  const config = await configFor([file], values, io);
  io.stdout(`${JSON.stringify(printableConfig(config), null, 2)}\n`);
  return EXIT_OK;
}

/** What a dry run would change: each file's fixed text and its diff, by the path shown. */
interface DryRun {
  contents: Content[];
  diffs: string[];
  outputs: Map<string, string>;
}

/** `--fix-dry-run`: the fixes of each content computed in memory, never written. */
async function fixInMemory(
  contents: Content[],
  config: ResolvedConfig,
  shown: (path: string) => string,
  color: boolean,
): Promise<DryRun> {
  const templates = new Map<string, string>();
  const result: DryRun = { contents: [], diffs: [], outputs: new Map() };
  for (const content of contents) {
    const { path, bytes } = content;
    if (!(bytes instanceof Uint8Array)) {
      result.contents.push(content);
      continue;
    }
    const dir = dirname(path);
    let template = templates.get(dir);
    if (template === undefined) {
      template = (await findTemplate(dir, config.maxFileSize)).text;
      templates.set(dir, template);
    }
    const fixed = fixBytes(path, bytes, config, template);
    result.contents.push({ path, bytes: fixed.bytes });
    if (fixed.fixes === 0) continue;
    const before = decodePostmortem(bytes);
    const after = decodePostmortem(fixed.bytes);
    if (!before.ok || !after.ok) continue;
    result.diffs.push(unifiedDiff(shown(path), before.text, after.text, { color }));
    result.outputs.set(shown(path), after.text);
  }
  return result;
}

async function runLint(args: ParsedArgs, io: CliIo): Promise<number> {
  const { values, positionals } = args;
  checkCombinations(values, positionals);
  if (values.init) return runInit(io);
  if (typeof values['print-config'] === 'string')
    return runPrintConfig(values['print-config'], values, io);

  const debug = new DebugLog(values.debug === true, io);
  const formatName = typeof values.format === 'string' ? values.format : 'stylish';
  const formatter = await loadFormatter(formatName, io.cwd);
  const now = parseNow(values.now);
  const maxWarnings = integer('max-warnings', values['max-warnings'], 0);
  const jobs = integer('jobs', values.jobs, 1);
  const stdin = values.stdin === true;
  const dryRun = values['fix-dry-run'] === true;
  if (stdin && io.stdin === undefined)
    throw new UsageError('--stdin: there is no standard input to read here.');
  const stdinName = typeof values['stdin-filename'] === 'string' ? values['stdin-filename'] : null;
  const targets = stdin ? (stdinName === null ? [] : [stdinName]) : positionals;
  const absolute = (path: string): string => resolve(io.cwd, path);
  const shown = (path: string): string =>
    stdin && stdinName === null ? STDIN_NAME : displayPath(path, io.cwd);
  const outputFile =
    typeof values['output-file'] === 'string' ? absolute(values['output-file']) : null;
  const color = outputFile === null && useColor(values, io);

  const config = await debug.time('config', () => configFor(targets, values, io));
  debug.log(
    `config file: ${config.path === null ? 'none found, built-in defaults' : displayPath(config.path, io.cwd)}`,
  );
  const overrides = parseRuleOptions(values.rule);
  if (overrides) debug.log(`--rule settings: ${JSON.stringify(overrides)}`);
  const files = stdin
    ? [absolute(stdinName ?? STDIN_NAME)]
    : await debug.time('files', async () =>
        (await discoverFiles(targets, config, io.cwd)).map(absolute),
      );
  // Cross-incident rules see every postmortem of the project, not only the ones named.
  const contextFiles =
    targets.length > 0 || stdin
      ? (await discoverFiles([], config, io.cwd).catch(() => [])).map(absolute)
      : [];
  if (debug.enabled) {
    debug.log(`${plural(files.length, 'file')} to lint:`);
    for (const path of files) debug.log(`  ${shown(path)}`);
    const named = new Set(files);
    const more = contextFiles.filter((path) => !named.has(path)).length;
    debug.log(
      `${plural(more, 'more postmortem', 'more postmortems')} read as context for cross-incident rules`,
    );
    debug.log(`format: ${formatName}`);
  }

  // The issues action items link to, looked up before the rules run (with a token only); a text
  // read from standard input is not on disk to read the links from.
  const lintConfig = stdin
    ? config
    : await debug.time('tracking', () => withTracking(config, files, values, io));
  const { found, dry } = await debug.time('lint', async () => {
    if (!stdin && !dryRun) {
      const linted = await lintPostmortems({
        fix: values.fix === true,
        onWarning: (message) => io.stderr(`postmortem-lint: ${message}\n`),
        rules: io.rules,
        files,
        contextFiles,
        config: lintConfig,
        now,
        jobs,
        cache: values.cache === true,
        cacheLocation:
          typeof values['cache-location'] === 'string'
            ? absolute(values['cache-location'])
            : undefined,
      });
      return { found: linted, dry: null };
    }
    const read: Content[] =
      stdin && io.stdin
        ? [{ path: files[0], bytes: new TextEncoder().encode(await io.stdin()) }]
        : files.map((path) => ({ path, bytes: readPostmortem(path, config) }));
    const fixed = dryRun ? await fixInMemory(read, config, shown, color) : null;
    const contents = fixed?.contents ?? read;
    const linted = await lintContents({
      contents,
      contextFiles,
      config: lintConfig,
      now,
      rules: io.rules,
      jobs,
    });
    return { found: linted, dry: fixed };
  });
  // Unusable cache files and the like: worth knowing, never a reason to fail.
  for (const warning of found.warnings ?? []) io.stderr(`postmortem-lint: ${warning}\n`);
  const run: LintRun = {
    ...found,
    results: found.results.map((result) => ({ ...result, filePath: shown(result.filePath) })),
  };
  const tooManyWarnings = maxWarnings !== undefined && run.warningCount > maxWarnings;

  const text = await debug.time('report', async () =>
    formatter(values.quiet ? errorsOnly(run) : run, {
      cwd: io.cwd,
      color,
      quiet: values.quiet === true,
      rules: io.rules ?? RULES,
      outputs: dry?.outputs,
      ...(tooManyWarnings
        ? { maxWarningsExceeded: { maxWarnings, foundWarnings: run.warningCount } }
        : {}),
    }),
  );
  const diffs = dry?.diffs ?? [];
  // The diffs go with a report read by people; a machine-read report on stdout stays parseable.
  const diffOut =
    formatter === BUILTIN_FORMATTERS.stylish || outputFile !== null ? io.stdout : io.stderr;
  for (const diff of diffs) diffOut(diff);
  if (outputFile !== null) {
    await mkdir(dirname(outputFile), { recursive: true });
    await writeFile(outputFile, text);
  } else if (text !== '') io.stdout(text);

  if (run.errorCount > 0) return EXIT_FINDINGS;
  if (tooManyWarnings) {
    io.stderr(
      `postmortem-lint found too many warnings (maximum: ${maxWarnings}, found: ${run.warningCount}).\n`,
    );
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

export const lintCommand: Command = {
  summary: 'Lint postmortems (default command). Without paths, lints the config\'s "files" globs.',
  usage: '[options] [paths|directories|globs...]',
  positionals: true,
  options: {
    ...CONFIG_OPTIONS,
    rule: {
      type: 'string',
      valueName: 'RULE',
      multiple: true,
      description:
        'Set a rule over the config file (repeatable): \'five-whys: warn\' (off, warn, warning, error, 0, 1, 2) or JSON, \'{"five-whys": {"minDepth": 6}}\'.',
    },
    format: {
      type: 'string',
      short: 'f',
      valueName: 'NAME',
      description:
        'Output format: stylish (default), json (ESLint JSON), sarif (SARIF 2.1.0), or the path of a module exporting an ESLint formatter, e.g. ./my-formatter.js.',
    },
    'max-warnings': {
      type: 'string',
      valueName: 'N',
      description: 'Exit with code 1 when there are more than N warnings.',
    },
    quiet: {
      type: 'boolean',
      short: 'q',
      description: 'Report errors only (and print nothing when there is none).',
    },
    fix: {
      type: 'boolean',
      description:
        'Fix what is mechanical (severity/status spelling, ISO dates, missing section headings) first.',
    },
    'fix-dry-run': {
      type: 'boolean',
      description:
        'Print the fixes --fix would make as a unified diff per file, then what would remain; write nothing.',
    },
    stdin: {
      type: 'boolean',
      description: 'Lint the text read from standard input (editors, pre-commit hooks).',
    },
    'stdin-filename': {
      type: 'string',
      valueName: 'PATH',
      description:
        'Lint the --stdin text as if it were PATH: its config, its template, the other postmortems as context.',
    },
    'output-file': {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'Write the report to FILE instead of stdout.',
    },
    color: {
      type: 'boolean',
      description: 'Force colours (default: only when stdout is a terminal).',
    },
    'no-color': { type: 'boolean', description: 'Never use colours.' },
    jobs: { type: 'string', valueName: 'N', description: 'Parse files on N worker threads.' },
    cache: { type: 'boolean', description: 'Only re-check files that changed since the last run.' },
    'cache-location': {
      type: 'string',
      valueName: 'FILE',
      description: 'Cache file (default: .postmortem-lint-cache).',
    },
    'print-config': {
      type: 'string',
      valueName: 'FILE',
      description: 'Print the configuration that applies to FILE as JSON, and exit.',
    },
    init: {
      type: 'boolean',
      description: `Write the default ${INIT_FILE} (every option, commented) here, and exit.`,
    },
    debug: {
      type: 'boolean',
      description: "Print to stderr the config file used, the files found and each phase's time.",
    },
    'github-token-env': GITHUB_TOKEN_ENV_OPTION,
  },
  run: runLint,
};
