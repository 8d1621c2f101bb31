import { type ResolvedConfig } from '../config/types.js';
/** A target (path, directory or glob) that gives no file to lint. */
export declare class NoFilesError extends Error {
    readonly pattern: string;
    /** Files matched, but the config's `ignores` excluded all of them. */
    readonly allIgnored: boolean;
    constructor(pattern: string, allIgnored: boolean);
}
/**
 * The files to lint. `targets` are paths, directories or globs (relative to `cwd`); when empty,
 * `config.files` relative to `config.baseDir`. Directories, and the default `files`, give their
 * Markdown files (`.md`, `.markdown`, in any case). The config's `ignores` (relative to
 * `config.baseDir`) apply to what directories and globs expand to; a file named explicitly is
 * always linted. Result: sorted, relative to `cwd` when inside it, each file once however many
 * paths (symlinks) reach it. Throws NoFilesError when a target gives no file.
 */
export declare function discoverFiles(targets: string[], config: ResolvedConfig, cwd: string): Promise<string[]>;
