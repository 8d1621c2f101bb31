import { dirname, relative, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { searchStart } from '../../app/project.js';
import { buildTrackedTrendReport, withTrackerNotes } from '../../app/report.js';
import { GITHUB_TOKEN_ENV_OPTION, REPOSITORY_OPTION, reportTracker } from '../tracking.js';
import { DEFAULT_MAX_ROWS, renderMarkdown } from '../../trends/render/document.js';
import { linkTarget } from '../../trends/render/escape.js';
import { parseBound } from '../../trends/window.js';
import { indexCorpus, OUT_OPTION, readCorpusIndex, writeOutput } from './index-command.js';
import {
  CONFIG_OPTIONS,
  EXIT_OK,
  choice,
  integer,
  parseNow,
  UsageError,
  type CliIo,
  type Command,
  type OptionValue,
  type ParsedArgs,
} from '../command.js';

const FORMATS = ['markdown', 'json'] as const;

function bound(name: 'since' | 'until', value: OptionValue): number | null {
  if (value === undefined) return null;
  const ms = parseBound(String(value), name === 'until');
  if (ms === null)
    throw new UsageError(
      `--${name} must be an ISO date such as 2025-01-31 or an ISO date-time (got "${String(value)}").`,
    );
  return ms;
}

async function runReport(args: ParsedArgs, io: CliIo): Promise<number> {
  const { values, positionals } = args;
  const format = choice('format', values.format, FORMATS, 'markdown');
  const now = parseNow(values.now);
  const since = bound('since', values.since);
  const until = bound('until', values.until);
  if (since !== null && until !== null && since >= until)
    throw new UsageError('--since must be before --until.');

  const maxRows = integer('max-rows', values['max-rows'], 1) ?? DEFAULT_MAX_ROWS;
  const indexPaths =
    values.index === undefined
      ? []
      : Array.isArray(values.index)
        ? values.index
        : [String(values.index)];
  let loaded;
  if (indexPaths.length > 0) {
    if (positionals.length > 0) throw new UsageError('Give either paths or --index, not both.');
    const configPath = typeof values.config === 'string' ? values.config : undefined;
    const indexes = [];
    for (const path of indexPaths) indexes.push(await readCorpusIndex(path, io));
    loaded = {
      config: await loadConfig({ configPath, searchFrom: searchStart([], io.cwd), cwd: io.cwd }),
      index: indexes,
    };
  } else {
    loaded = await indexCorpus(positionals, values, io, now);
  }
  // With a token the tracker's state decides where it is known, as in the Action's report mode.
  const tracker = await reportTracker(loaded.index, loaded.config, values, io);
  const { report, notes } = buildTrackedTrendReport(
    loaded.index,
    loaded.config,
    { now, since, until },
    tracker,
  );
  if (format === 'json') {
    await writeOutput(`${JSON.stringify(report, null, 2)}\n`, values, io);
    return EXIT_OK;
  }
  // Links are relative to where the report is read: the output file's folder, else the working directory.
  const from = typeof values.out === 'string' ? dirname(resolve(io.cwd, values.out)) : io.cwd;
  const linkTo = (path: string, line: number | null): string =>
    linkTarget(relative(from, resolve(io.cwd, path)).split('\\').join('/'), line);
  await writeOutput(
    renderMarkdown(withTrackerNotes(report, notes), { linkTo, maxRows }),
    values,
    io,
  );
  return EXIT_OK;
}

export const reportCommand: Command = {
  summary:
    'Write a trend report (Markdown or JSON): MTTR, detection, MTBF, completion, follow-up, action items, patterns.',
  usage: '[options] [paths|directories|globs...]',
  positionals: true,
  options: {
    ...CONFIG_OPTIONS,
    format: {
      type: 'string',
      short: 'f',
      valueName: 'NAME',
      description: 'Output format: markdown (default) or json.',
    },
    ...OUT_OPTION,
    since: {
      type: 'string',
      valueName: 'DATE',
      description:
        'Start of the window, a whole UTC day (inclusive; default: 12 months before --until).',
    },
    until: {
      type: 'string',
      valueName: 'DATE',
      description:
        'End of the window (a date is inclusive; default: the day before --now, so 12 whole months).',
    },
    index: {
      type: 'string',
      valueName: 'FILE',
      multiple: true,
      description:
        'Read a saved `postmortem-lint index` file instead of linting paths; repeat to merge several (an organisation report).',
    },
    'max-rows': {
      type: 'string',
      valueName: 'N',
      description: `At most N rows per Markdown table, the rest counted (default ${DEFAULT_MAX_ROWS}).`,
    },
    'github-token-env': GITHUB_TOKEN_ENV_OPTION,
    repository: REPOSITORY_OPTION,
  },
  run: runReport,
};
