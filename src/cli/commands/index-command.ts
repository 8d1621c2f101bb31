import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ResolvedConfig } from '../../config/types.js';
import { displayPath } from '../../text/paths.js';
import { indexPostmortems } from '../../app/corpus.js';
import { corpusIndexProblem, type CorpusIndex } from '../../corpus/corpus-index.js';
import { configAndFiles } from '../lint.js';
import {
  CONFIG_OPTIONS,
  EXIT_OK,
  choice,
  parseNow,
  UsageError,
  type CliIo,
  type Command,
  type OptionSpecs,
  type ParsedArgs,
} from '../command.js';

/** Options shared by `index` and `report`: where the output goes. */
export const OUT_OPTION: OptionSpecs = {
  out: {
    type: 'string',
    short: 'o',
    valueName: 'FILE',
    description: 'Write to FILE instead of stdout.',
  },
};

export interface LoadedCorpus {
  config: ResolvedConfig;
  index: CorpusIndex;
}

/**
 * Lints the postmortems named by `targets` (the config's `files` globs when none) and returns the
 * corpus index, paths shown relative to the working directory. A target matching nothing throws
 * NoFilesError, as for `lint`.
 */
export async function indexCorpus(
  targets: string[],
  values: ParsedArgs['values'],
  io: CliIo,
  now: Date,
): Promise<LoadedCorpus> {
  const { config, files } = await configAndFiles(targets, values, io);
  const index = await indexPostmortems({
    files: files.map((path) => resolve(io.cwd, path)),
    config,
    now,
    pathOf: (path) => displayPath(resolve(io.cwd, path), io.cwd),
  });
  return { config, index };
}

/** Reads an index written by `postmortem-lint index`. */
export async function readCorpusIndex(path: string, io: CliIo): Promise<CorpusIndex> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (error) {
    throw new UsageError(`--index ${path} cannot be read as JSON (${(error as Error).message}).`);
  }
  const problem = corpusIndexProblem(data);
  if (problem !== null)
    throw new UsageError(`--index ${path} is not a postmortem-lint index: ${problem}.`);
  return data as CorpusIndex;
}

/** Writes `text` to `--out` (creating folders) or to stdout. */
export async function writeOutput(
  text: string,
  values: ParsedArgs['values'],
  io: CliIo,
): Promise<void> {
  if (typeof values.out !== 'string') {
    io.stdout(text);
    return;
  }
  const target = resolve(io.cwd, values.out);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}

async function runIndex(args: ParsedArgs, io: CliIo): Promise<number> {
  choice('format', args.values.format, ['json'] as const, 'json');
  const loaded = await indexCorpus(args.positionals, args.values, io, parseNow(args.values.now));
  await writeOutput(`${JSON.stringify(loaded.index, null, 2)}\n`, args.values, io);
  for (const failed of loaded.index.failed)
    io.stderr(`postmortem-lint: ${failed.path}:${failed.line}: ${failed.message}\n`);
  return EXIT_OK;
}

export const indexCommand: Command = {
  summary:
    'Write the corpus index (JSON): one entry per postmortem, unreadable files listed under "failed".',
  usage: '[options] [paths|directories|globs...]',
  positionals: true,
  options: {
    ...CONFIG_OPTIONS,
    format: {
      type: 'string',
      short: 'f',
      valueName: 'NAME',
      description: 'Output format: json (the only one).',
    },
    ...OUT_OPTION,
  },
  run: runIndex,
};
