/**
 * The incident metadata and the title, read from every shape real postmortems use: YAML or TOML
 * frontmatter, `**Field:** value` header lines, a `| Field | Value |` table near the top,
 * metadata headings (`## Date: 2022-12-15`) and Google-SRE-book style sections (`## Status`).
 */
import type { Heading, Root } from 'mdast';
import type { Located, Metadata, MetadataField, ParseProblem, Span } from './types.js';
import type { ActionItemColumns } from './parse-options.js';
import type { PointAt } from '../parse/positions.js';
import { type FieldLine, type SectionContent } from './extract/context.js';
/** Header labels, as written in any of the shapes above, mapped to canonical metadata keys. */
export declare const HEADER_LABELS: Record<string, string>;
export interface Frontmatter {
    fields: MetadataField[];
    span: Span;
}
export interface ReadFrontmatter {
    frontmatter: Frontmatter | null;
    problems: ParseProblem[];
    /** The text Markdown is parsed from: the frontmatter block blanked, positions unchanged. */
    parseText: string;
    /** Offset where the body starts (after the frontmatter). */
    bodyStart: number;
}
/** Reads the frontmatter block (YAML, TOML, or another language that is refused unread). */
export declare function readFrontmatter(text: string, pointAt: PointAt): ReadFrontmatter;
/** Whether a heading's text names a section (`Summary`, `Background`): then it is no subtitle. */
export declare function namesSection(title: string): boolean;
/**
 * The document's title heading: its `h1`; without one, an `h2` that opens the document and
 * names neither a section (`## Summary`) nor a field (`## Date: …`).
 */
export declare function titleHeading(root: Root): Heading | null;
/**
 * The paragraphs between the title and the next heading (from the start when there is no title
 * heading), header field lines left out: where blog-style postmortems put their summary.
 */
export declare function openingOf(root: Root, heading: Heading | null, fieldLines: readonly FieldLine[]): Located | null;
/**
 * Where the header ends: at the first section after the title. An `h2` that directly follows the
 * title and names no section is its subtitle (`# Report` / `## Network degradation event`): the
 * header lines below it still belong to the header.
 */
export declare function headerEndOf(root: Root, sections: readonly SectionContent[], heading: Heading | null, textLength: number): number;
/**
 * Every place a header field may be written, in document order: header lines and tables before
 * the first section (or opening it), then field headings and metadata sections anywhere.
 */
export declare function headerFieldLines(root: Root, fieldLines: readonly FieldLine[], sections: readonly SectionContent[], headerEnd: number, source: string, pointAt: PointAt, columns: ActionItemColumns): FieldLine[];
/** Frontmatter fields first; then the first header field of each key, in document order. */
export declare function metadataOf(frontmatter: Frontmatter | null, headerLines: FieldLine[]): Metadata;
/** The author a "Prepared by" line names (see {@link PREPARED_BY}), or null. */
export declare function preparedBy(source: string, pointAt: PointAt): FieldLine | null;
export declare function closingStatus(fieldLines: readonly FieldLine[]): FieldLine | null;
export declare function titleOf(metadata: Metadata, heading: Heading | null): Located | null;
/** Keys only an incident record has: frontmatter with one of them is not a blog post's. */
export declare const INCIDENT_KEYS: readonly string[];
/**
 * The incident date when no date field states it, taken where a reviewer would look: the date of
 * the start time (`start_time: 2024-03-01T08:00:00Z`), else a date in the title
 * (`# 2024-03-01 Queue stall`). Blog frontmatter's `date` is the publication date: when the title
 * states an earlier date, that is the incident date and the post date is kept as `published`.
 * Dates in the body are not used: the first dated line is as often a later update as the start.
 */
export declare function completeIncidentDate(metadata: Metadata, frontmatter: Frontmatter | null, title: Located | null, source: string, pointAt: PointAt): void;
/**
 * The incident date as ISO `YYYY-MM-DD`: the date field when it is one date alone, however
 * written (`2024-03-01`, `03/01/2024` month first, `March 1, 2024`); null when unreadable.
 */
export declare function incidentDateOf(metadata: Metadata): string | null;
