/** A frontmatter block at the top of a file, found without parsing its content. */
export interface FrontmatterBlock {
    /** `yaml` (`---`), `toml` (`+++`), or the language named after the opening fence (`---js`). */
    language: string;
    /** Offset of the opening fence. */
    start: number;
    /** Offsets of the content between the fences (the newline before the closing fence excluded). */
    valueStart: number;
    valueEnd: number;
    /** Offset just after the closing fence (before its newline). */
    end: number;
}
/**
 * The frontmatter block of `text`: `---` YAML (as remark-frontmatter reads it), `+++` TOML (as
 * Hugo and Zola write it) or `---lang`, at the top of the file or after blank lines and one-line
 * HTML comments (files exported from another site often start `<!-- source: … -->`). One pass over
 * the lines, so linear in the file size; null when there is none or it is never closed.
 */
export declare function findFrontmatterBlock(text: string): FrontmatterBlock | null;
/** Blanks `[start, end)` of `text` keeping every newline, so positions after it are unchanged. */
export declare function blankOut(text: string, start: number, end: number): string;
