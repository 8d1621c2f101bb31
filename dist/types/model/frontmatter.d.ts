import type { MetadataField, MetadataValue, ParseProblem, Span } from './types.js';
import type { PointAt } from '../parse/positions.js';
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
/**
 * Parses the TOML of a `+++` frontmatter block (Hugo, Zola) with smol-toml, which only reads
 * data: nothing in it is evaluated. A key of `[taxonomies]`, `[extra]` or `[params]` counts
 * when the top level lacks it (Zola keeps `author` in `[taxonomies]`).
 */
export declare function parseTomlFrontmatter(tomlText: string, base: number, pointAt: PointAt, blockSpan: Span): ParsedFrontmatter;
