import type { ResolvedConfig } from '../config/types.js';
/** The fixed bytes of one file and how many fixes went in (0: the bytes are returned as they were). */
export declare function fixBytes(path: string, bytes: Uint8Array, config: ResolvedConfig, template: string): {
    bytes: Uint8Array;
    fixes: number;
};
/**
 * `--fix`: applies the mechanical fixes to each file in place, before the lint reports what is
 * left. Missing sections come from the TEMPLATE.md beside the file, else the built-in template.
 * Returns the number of files changed.
 */
export declare function fixFiles(paths: readonly string[], config: ResolvedConfig): Promise<number>;
