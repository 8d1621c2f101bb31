import type { Postmortem, Span } from '../../model/types.js';
/** The incident date (ISO `YYYY-MM-DD`) from the metadata, or null when missing or malformed. */
export declare function incidentDateOf(model: Postmortem): string | null;
/** Where file-level findings go: the title, else the first line of the body. */
export declare function fileSpan(model: Postmortem): Span;
/** The longest text from the document a message quotes (an excerpt's default cap). */
export declare const QUOTE_LENGTH = 80;
/**
 * Text from the document as a message quotes it: trimmed, and cut with "…" when longer than
 * `length` characters, so that a message stays one readable line however long the value is (a
 * 600 KB frontmatter value gives a message of bounded length). Every rule quoting a value it read
 * from the document goes through it. The cut never splits a surrogate pair.
 */
export declare function excerpt(text: string, length?: number): string;
/** The first line of a text, as {@link excerpt} quotes it. */
export declare function firstLineExcerpt(text: string, length?: number): string;
