import type { Postmortem, Span } from '../../model/types.js';
/** The incident date (ISO `YYYY-MM-DD`) from the metadata, or null when missing or malformed. */
export declare function incidentDateOf(model: Postmortem): string | null;
/** Where file-level findings go: the title, else the first line of the body. */
export declare function fileSpan(model: Postmortem): Span;
/** The start of a text for a message, cut with "…" when longer than `length`. */
export declare function excerpt(text: string, length?: number): string;
