import { resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { discoverFiles } from '../files/discover.js';

/** Characters that make a path segment a glob. */
const GLOB_MAGIC = /[*?[\]{}()!]/;

/**
 * Where the config search starts: the deepest directory containing every target (for a glob, its
 * part before the first wildcard). No target: the working directory.
 */
export function searchStart(targets: readonly string[], cwd: string): string {
  if (targets.length === 0) return cwd;
  const bases = targets.map((target) => {
    const segments = target.split(/[\\/]/);
    const magic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
    // A file works as a start too: its own directory is the first one searched.
    return resolve(cwd, magic === -1 ? target : segments.slice(0, magic).join(sep) || '.');
  });
  let common = bases[0].split(sep);
  for (const base of bases.slice(1)) {
    const segments = base.split(sep);
    let shared = 0;
    while (
      shared < common.length &&
      shared < segments.length &&
      common[shared] === segments[shared]
    )
      shared++;
    common = common.slice(0, shared);
  }
  return common.join(sep) || sep;
}

export interface ProjectRequest {
  /** Paths, directories or globs (none: the configuration's `files`). */
  targets: string[];
  /** A config file to use instead of searching for `.postmortemrc.*`. */
  configPath?: string;
  cwd: string;
}

/**
 * The configuration for `targets` (found from them upwards, or `configPath`) and the files they
 * name (the config's `files` when none), paths as given. Throws ConfigError, or NoFilesError when
 * a target matches nothing.
 */
export async function loadProject(
  request: ProjectRequest,
): Promise<{ config: ResolvedConfig; files: string[] }> {
  const config = await loadConfig({
    configPath: request.configPath,
    searchFrom: searchStart(request.targets, request.cwd),
    cwd: request.cwd,
  });
  return { config, files: await discoverFiles(request.targets, config, request.cwd) };
}
