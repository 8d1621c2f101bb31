/**
 * Files read only as corpus context (the rest of the repository in a pull-request check) are
 * indexed, not rule-checked, and mostly without parsing them whole: what the corpus rules read of
 * another postmortem (its id, date, title, categories) sits in its header, headings and the
 * first lines of its sections, so the model is built from those alone (`contextSlice`) whenever
 * that gives the same entry, and from the whole file otherwise. The same `buildPostmortem` and
 * `buildIndexEntry` run either way: nothing is extracted twice.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { ParseProblem } from '../model/types.js';
import { type IndexEntry } from '../corpus/index-entry.js';
export type Indexed = {
    ok: true;
    entry: IndexEntry;
} | {
    ok: false;
    problem: ParseProblem;
};
/** A context file's entry as the corpus rules see it (see CONTEXT_FIELDS). */
export declare function contextProjection(entry: IndexEntry): IndexEntry;
/** A slice's text, and the line in the file (1-based) of each of its lines (1-based). */
export interface ContextSlice {
    text: string;
    lineOf: readonly number[];
}
/**
 * What a context entry is built from: the file with only its header and its sections' headings
 * and first blocks left, every other line emptied (and runs of them cut to one), or null when the file
 * has something that could make that read differently from the whole file.
 *
 * Where the metadata can come from (model/metadata.ts): frontmatter, header lines and tables up to
 * the first section after the title and subtitle, the first block of that section, headings
 * written as fields (`## Date: …`), and the first block of sections named like a field
 * (`## Status` / `Complete`); the title is the first `#` heading anywhere. So the header is kept
 * whole up to the first `##` heading that follows text (a heading right after a heading may be a
 * subtitle), with that section's first block; after it, the headings that may be the title or a
 * field, and the first block under the headings that name a header label. Markdown blocks are read line by line and a heading at column 1 closes every open block, so
 * each kept run parses as in the whole file, provided that every line taken for a heading is one
 * and none is missed: the slicer gives up on headings indented 1–3 spaces, on possible setext
 * underlines (a `---` or `===` right under text), on heading-like lines inside HTML or a fence
 * that might belong to a list, and, when the kept text has a `[`, on a `]:` in the emptied text
 * (a link definition a kept link could use).
 */
export declare function contextSlice(text: string): ContextSlice | null;
/**
 * The index entry of a context file, projected to what corpus rules read of it: from
 * `contextSlice` when it gives one, else from the whole file. A file that cannot be decoded has no
 * entry, as when it is linted; one whose body the parser refuses (too deeply nested, over the time
 * budget) still has the entry of its header, where linting it would give none.
 */
export declare function indexContext(path: string, bytes: Uint8Array, config: ResolvedConfig): Indexed;
/** The full model's entry as a context file's entry stands for it (for the equality proof). */
export declare function projectedEntry(entry: IndexEntry, config: ResolvedConfig): IndexEntry;
