import type { Modelled } from '../pipeline.js';
/** Serialises what `modelBytes` produced for one file (a model or its fatal problem). */
export declare function encodeRecord(modelled: Modelled): string;
/**
 * The inverse of `encodeRecord`, given the decoded text of the same bytes (null when they do not
 * decode). Throws when the record does not fit the text: the caller then models the file afresh.
 */
export declare function decodeRecord(record: string, path: string, text: string | null): Modelled;
/** Content hash of a file's bytes (change detection, not security). */
export declare function contentHash(bytes: Uint8Array): string;
