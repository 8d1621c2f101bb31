/** A write (or read for writing) refused for safety: the file is left as it is. */
export declare class UnsafeWriteError extends Error {
    readonly path: string;
    constructor(path: string, reason: string);
}
/**
 * The real path of `dir` (every symlink resolved), after checking it lies inside the real path of
 * `root`. A folder that does not exist yet is judged by its nearest existing ancestor, so that
 * `mkdir` never creates folders outside the root either.
 */
export declare function realDirInside(dir: string, root: string, named?: string): Promise<string>;
/** Test seam: the file-system calls a write makes last, where a crash would hurt. */
export interface WriteOps {
    rename: (from: string, to: string) => Promise<void>;
    link: (existing: string, created: string) => Promise<void>;
}
export interface SafeWriteOptions {
    /** The configuration's root (`config.baseDir`): nothing is written outside it. */
    root: string;
    /**
     * `replace` (the default): the target must be an existing regular file, replaced atomically and
     * keeping its mode. `create`: the target must not exist (never overwritten, as the `wx` flag).
     */
    mode?: 'replace' | 'create';
    ops?: Partial<WriteOps>;
}
/**
 * Checks that `path` may be written: its folder resolves inside `root`, and it is not a symbolic
 * link; for `replace`, it is an existing regular file (its mode is returned); for `create`, nothing
 * is there. Returns the target's real path (its folder resolved) and the mode to write with.
 */
export declare function checkTarget(path: string, root: string, mode?: 'replace' | 'create'): Promise<{
    target: string;
    fileMode: number | undefined;
}>;
/**
 * Writes `bytes` to `path` atomically: a temporary file beside it (unique name, `wx`, the
 * original's mode), flushed to disk, then renamed over the target (`replace`) or hard-linked to
 * it (`create`, which fails with `EEXIST` rather than overwrite). On any error the temporary file
 * is removed and the target is as it was. Throws `UnsafeWriteError` for a refused target.
 */
export declare function safeWrite(path: string, bytes: Uint8Array | string, options: SafeWriteOptions): Promise<void>;
/**
 * Reads a regular file without ever holding more than `limit` bytes: its size is checked on the
 * open descriptor first. `noFollow` refuses a symbolic link (for a file about to be rewritten).
 * Returns the bytes, or the size of a file over the limit. Throws for anything but a regular file.
 */
export declare function readBounded(path: string, limit: number, noFollow?: boolean): Promise<{
    bytes: Uint8Array;
} | {
    size: number;
}>;
