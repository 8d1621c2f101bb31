/** A path with `/` separators, as glob patterns are written. */
export declare function toPosix(path: string): string;
/** Relative to `cwd` when inside it, absolute otherwise (how the user should see a path). */
export declare function displayPath(absolutePath: string, cwd: string): string;
