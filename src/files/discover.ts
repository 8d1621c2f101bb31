import { realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DEFAULT_FILES, type ResolvedConfig } from '../config/types.js';
import { displayPath, toPosix } from '../text/paths.js';

/** Never walked into, whatever the configured ignores (as ESLint does). */
const ALWAYS_PRUNED = ['**/node_modules/**', '**/.git/**'];

/**
 * Markdown files, whatever the case of the extension (`.md`, `.markdown`, `.MD`, `.Markdown`):
 * what a named directory and the default `files` give.
 */
const MARKDOWN_EXTENSION = /\.(?:md|markdown)$/i;

/** Walked when a directory is named; only the Markdown files are kept. */
const EVERY_FILE = ['**/*'];

/**
 * The default `files` stands for every Markdown file under `postmortems/`, whatever the
 * extension's spelling; globs the user writes match as written.
 */
const DEFAULT_MARKDOWN_FILES = ['postmortems/**/*'];

function isDefaultFiles(files: readonly string[]): boolean {
  return (
    files.length === DEFAULT_FILES.length &&
    files.every((pattern, index) => pattern === DEFAULT_FILES[index])
  );
}

/** A target (path, directory or glob) that gives no file to lint. */
export class NoFilesError extends Error {
  readonly pattern: string;
  /** Files matched, but the config's `ignores` excluded all of them. */
  readonly allIgnored: boolean;

  constructor(pattern: string, allIgnored: boolean) {
    super(
      allIgnored
        ? `All files matched by "${pattern}" are ignored (see "ignores" in the configuration).`
        : `No files matching the pattern "${pattern}" were found.`,
    );
    this.name = 'NoFilesError';
    this.pattern = pattern;
    this.allIgnored = allIgnored;
  }
}

async function kindOf(path: string): Promise<'file' | 'directory' | null> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'directory' : 'file';
  } catch {
    return null;
  }
}

/**
 * The files to lint. `targets` are paths, directories or globs (relative to `cwd`); when empty,
 * `config.files` relative to `config.baseDir`. Directories, and the default `files`, give their
 * Markdown files (`.md`, `.markdown`, in any case). The config's `ignores` (relative to
 * `config.baseDir`) apply to what directories and globs expand to; a file named explicitly is
 * always linted. Result: sorted, relative to `cwd` when inside it, each file once however many
 * paths (symlinks) reach it. Throws NoFilesError when a target gives no file.
 */
export async function discoverFiles(
  targets: string[],
  config: ResolvedConfig,
  cwd: string,
): Promise<string[]> {
  const isIgnoredPattern = picomatch(config.ignores, { dot: true });
  const isIgnored = (path: string): boolean =>
    isIgnoredPattern(toPosix(relative(config.baseDir, path)));
  // Any spelling of the Markdown extension is ignored as `.md` is (`**/README.md`: README.MD too).
  const isIgnoredMarkdown = (path: string): boolean =>
    isIgnored(path) || isIgnored(path.replace(MARKDOWN_EXTENSION, '.md'));
  // Patterns that match anywhere also prune the walk itself; dependencies and Git internals always.
  const pruned = [
    ...ALWAYS_PRUNED,
    ...config.ignores.filter((pattern) => pattern.startsWith('**/')),
  ];
  const found = new Set<string>();

  /** `markdown`: only Markdown files count, the extension matched case-insensitively. */
  const expand = async (
    label: string,
    patterns: string[],
    base: string,
    markdown: boolean,
  ): Promise<void> => {
    const kind = (paths: string[]): string[] =>
      markdown ? paths.filter((path) => MARKDOWN_EXTENSION.test(path)) : paths;
    const matches = kind(
      await glob(patterns, { cwd: base, absolute: true, ignore: pruned, expandDirectories: false }),
    );
    const kept = matches.filter((path) => !isIgnoredMarkdown(path));
    if (kept.length === 0) {
      const anyMatch =
        matches.length > 0 ||
        kind(await glob(patterns, { cwd: base, expandDirectories: false })).length > 0;
      throw new NoFilesError(label, anyMatch);
    }
    for (const path of kept) found.add(resolve(path));
  };

  if (targets.length === 0) {
    const markdown = isDefaultFiles(config.files);
    const patterns = markdown ? DEFAULT_MARKDOWN_FILES : config.files;
    await expand(config.files.join(', '), patterns, config.baseDir, markdown);
  }
  for (const target of targets) {
    const path = resolve(cwd, target);
    const kind = await kindOf(path);
    if (kind === 'file') found.add(path);
    else if (kind === 'directory') await expand(target, EVERY_FILE, path, true);
    else if (isDynamicPattern(target)) await expand(target, [toPosix(target)], cwd, false);
    else throw new NoFilesError(target, false);
  }
  return onePathPerFile([...found], cwd);
}

/**
 * Sorted, relative to `cwd` when inside it, each file once. A file reached through several paths (a
 * symlinked directory, a symlink loop) keeps the shortest of them (fewest segments: the path
 * without the detour), the first in sorted order among equals.
 */
async function onePathPerFile(absolute: string[], cwd: string): Promise<string[]> {
  const entries = absolute
    .map((path) => ({ path, shown: displayPath(path, cwd), depth: path.split(sep).length }))
    .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  const real = await Promise.all(entries.map(({ path }) => realpath(path).catch(() => path)));
  const chosen = new Map<string, number>();
  entries.forEach(({ depth }, index) => {
    const kept = chosen.get(real[index]);
    if (kept === undefined || depth < entries[kept].depth) chosen.set(real[index], index);
  });
  const keep = new Set(chosen.values());
  return entries.filter((_, index) => keep.has(index)).map(({ shown }) => shown);
}
