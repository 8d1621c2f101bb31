import type { ResolvedConfig } from '../config/types.js';
/**
 * Where the config search starts: the deepest directory containing every target (for a glob, its
 * part before the first wildcard). No target: the working directory.
 */
export declare function searchStart(targets: readonly string[], cwd: string): string;
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
export declare function loadProject(request: ProjectRequest): Promise<{
    config: ResolvedConfig;
    files: string[];
}>;
