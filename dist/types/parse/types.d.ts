/** A place in the source file: 1-based line and column, 0-based offset (unist convention). */
export interface Point {
    line: number;
    column: number;
    offset: number;
}
/** A range in the source file; `end` is the first character after the range (unist convention). */
export interface Span {
    start: Point;
    end: Point;
}
/** A problem found while reading or parsing, before any rule runs. */
export interface ParseProblem {
    ruleId: 'invalid-file' | 'invalid-frontmatter';
    message: string;
    span: Span;
    /** A fatal problem means the file could not be modelled at all. */
    fatal: boolean;
}
