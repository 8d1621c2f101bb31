import type { ResolvedConfig } from '../config/types.js';
/** The fixed bytes of one file and how many fixes went in (0: the bytes are returned as they were). */
export declare function fixBytes(path: string, bytes: Uint8Array, config: ResolvedConfig, template: string): {
    bytes: Uint8Array;
    fixes: number;
};
/** Why `--fix` left one file as it was, for the CLI to print (to standard error). */
export type FixWarning = (message: string) => void;
/**
 * `--fix`: applies the mechanical fixes to each file, before the lint reports what is left.
 * Missing sections come from the TEMPLATE.md beside the file, else the built-in template. Each
 * file is read with the size limit and rewritten atomically (`safeWrite`: a temporary file renamed
 * over it); a file that is a symbolic link, not a regular file, or outside the configuration's
 * root (`config.baseDir`) is not touched, and `onWarning` is told why, naming it. Returns the
 * number of files changed.
 */
export declare function fixFiles(paths: readonly string[], config: ResolvedConfig, onWarning?: FixWarning): Promise<number>;
