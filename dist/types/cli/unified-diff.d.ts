/**
 * Unified diffs (`diff -u`, what `git apply` and `patch -p1` read) of a file before and after its
 * fixes, for `--fix-dry-run`. Lines are compared with their line ending, so a change of the final
 * newline or of CRLF shows.
 */
export interface DiffOptions {
    /** Unchanged lines shown around each change (default 3, as `diff -u`). */
    context?: number;
    /** Colour removed lines red, added lines green and hunk headers cyan. */
    color?: boolean;
}
/**
 * The unified diff from `before` to `after`, headed `--- a/<path>` and `+++ b/<path>`; empty when
 * the texts are equal.
 */
export declare function unifiedDiff(path: string, before: string, after: string, options?: DiffOptions): string;
