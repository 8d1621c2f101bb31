import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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

/** `owner/name` of a GitHub remote URL (https, ssh or git@ form); null for anything else. */
export function repositoryOfRemote(url: string): string | null {
  const match = /github\.com[:/]+([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : null;
}

/**
 * The repository an index records: `--repository`, else the `origin` remote read from
 * `.git/config` (no git command is run), else the folder's name.
 */
export async function defaultRepository(cwd: string): Promise<string> {
  try {
    const config = await readFile(join(cwd, '.git', 'config'), 'utf8');
    const origin = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? '';
    const url = /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1];
    const repository = url === undefined ? null : repositoryOfRemote(url);
    if (repository !== null) return repository;
  } catch {
    // No git checkout here: the folder name names the repository.
  }
  return basename(resolve(cwd));
}

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;

async function runIndex(args: ParsedArgs, io: CliIo): Promise<number> {
  choice('format', args.values.format, ['json'] as const, 'json');
  const given = args.values.repository;
  if (given !== undefined && (typeof given !== 'string' || !REPOSITORY.test(given)))
    throw new UsageError(`--repository must be owner/name (got "${String(given)}").`);
  const loaded = await indexCorpus(args.positionals, args.values, io, parseNow(args.values.now));
  const repository = typeof given === 'string' ? given : await defaultRepository(io.cwd);
  const { version, generatedAt, ...rest } = loaded.index;
  const index: CorpusIndex = { version, generatedAt, repository, ...rest };
  await writeOutput(`${JSON.stringify(index, null, 2)}\n`, args.values, io);
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
    repository: {
      type: 'string',
      valueName: 'OWNER/NAME',
      description:
        'Repository recorded in the index, for organisation reports (default: the origin remote, else the folder name).',
    },
  },
  run: runIndex,
};
