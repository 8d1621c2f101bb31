import type { MetadataField, MetadataValue, ParseProblem, Span } from './types.js';
import type { PointAt } from '../parse/positions.js';
export interface ForeignFrontmatter {
    language: string;
    /** Offset just after the closing fence. */
    end: number;
}
/**
 * Finds frontmatter written in a language other than YAML. It is never evaluated (gray-matter would
 * `eval` JavaScript frontmatter: a code-execution hole for any pull request).
 */
export declare function findForeignFrontmatter(text: string): ForeignFrontmatter | null;
/** Blanks `[0, end)` of `text` keeping every newline, so positions after it are unchanged. */
export declare function blankOut(text: string, end: number): string;
export interface ParsedFrontmatter {
    fields: MetadataField[];
    problems: ParseProblem[];
}
export declare function normaliseValue(key: string, value: unknown): MetadataValue;
/**
 * Parses the YAML of a frontmatter block. `base` is the offset of the YAML text in the file, so
 * every field and problem carries its true file position. Dates stay strings (YAML core schema).
 */
export declare function parseFrontmatter(yamlText: string, base: number, pointAt: PointAt, blockSpan: Span): ParsedFrontmatter;
