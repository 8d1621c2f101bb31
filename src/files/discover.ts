import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from '../config/types.js';
import { displayPath, toPosix } from '../text/paths.js';

/** Never walked into, whatever the configured ignores (as ESLint does). */
const ALWAYS_PRUNED = ['**/node_modules/**', '**/.git/**'];

/** Extensions collected when a directory is named. */
const MARKDOWN_IN_DIRECTORY = ['**/*.md', '**/*.markdown'];

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
 * `config.files` relative to `config.baseDir`. Directories give their Markdown files. The config's
 * `ignores` (relative to `config.baseDir`) apply to what directories and globs expand to; a file
 * named explicitly is always linted. Result: sorted, de-duplicated, relative to `cwd` when inside
 * it. Throws NoFilesError when a target gives no file.
 */
export async function discoverFiles(
  targets: string[],
  config: ResolvedConfig,
  cwd: string,
): Promise<string[]> {
  const isIgnoredPattern = picomatch(config.ignores, { dot: true });
  const isIgnored = (path: string): boolean =>
    isIgnoredPattern(toPosix(relative(config.baseDir, path)));
  // Patterns that match anywhere also prune the walk itself; dependencies and Git internals always.
  const pruned = [
    ...ALWAYS_PRUNED,
    ...config.ignores.filter((pattern) => pattern.startsWith('**/')),
  ];
  const found = new Set<string>();

  const expand = async (label: string, patterns: string[], base: string): Promise<void> => {
    const matches = await glob(patterns, {
      cwd: base,
      absolute: true,
      ignore: pruned,
      expandDirectories: false,
    });
    const kept = matches.filter((path) => !isIgnored(path));
    if (kept.length === 0) {
      const anyMatch =
        matches.length > 0 ||
        (await glob(patterns, { cwd: base, expandDirectories: false })).length > 0;
      throw new NoFilesError(label, anyMatch);
    }
    for (const path of kept) found.add(resolve(path));
  };

  if (targets.length === 0) await expand(config.files.join(', '), config.files, config.baseDir);
  for (const target of targets) {
    const path = resolve(cwd, target);
    const kind = await kindOf(path);
    if (kind === 'file') found.add(path);
    else if (kind === 'directory') await expand(target, MARKDOWN_IN_DIRECTORY, path);
    else if (isDynamicPattern(target)) await expand(target, [toPosix(target)], cwd);
    else throw new NoFilesError(target, false);
  }
  return [...found]
    .map((path) => displayPath(path, cwd))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
