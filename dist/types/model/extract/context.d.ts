import type { Nodes, RootContent } from 'mdast';
import type { Located, Metadata, Section } from '../types.js';
import type { ParseOptions } from '../parse-options.js';
import type { PointAt } from '../../parse/positions.js';
/** A top-level section with the nodes under its heading (sub-sections included). */
export interface SectionContent {
    section: Section;
    nodes: RootContent[];
}
/** A `**Label:** value` line of the classic template. */
export interface FieldLine {
    label: string;
    value: Located;
}
/** What every extractor receives: the parsed file, read-only. */
export interface ExtractContext {
    source: string;
    pointAt: PointAt;
    options: ParseOptions;
    sections: SectionContent[];
    /** The nodes before the first heading (all of a file without headings). */
    preamble: RootContent[];
    fieldLines: FieldLine[];
    metadata: Metadata;
    /** Incident date (ISO) from the metadata, when valid. */
    incidentDate: string | null;
}
/** An HTML comment (`<!-- list the actions -->`): a template's note, never content. */
export declare function isComment(node: Nodes | undefined): boolean;
/** Plain text of a node, gathered without recursion (deeply nested input must not overflow). */
export declare function nodeText(node: Nodes): string;
/** Removes Markdown emphasis and code markers from a short value such as a table cell. */
export declare function plainValue(text: string): string;
