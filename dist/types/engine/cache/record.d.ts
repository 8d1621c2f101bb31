import type { Modelled } from '../pipeline.js';
import type { Indexed } from '../context-entry.js';
/** Serialises what `modelBytes` produced for one file (a model or its fatal problem). */
export declare function encodeRecord(modelled: Modelled): string;
/**
 * The inverse of `encodeRecord`, given the decoded text of the same bytes (null when they do not
 * decode). Throws when the record does not fit the text: the caller then models the file afresh.
 */
export declare function decodeRecord(record: string, path: string, text: string | null): Modelled;
/** Serialises what `indexContext` produced for a context file. */
export declare function encodeContextRecord(indexed: Indexed): string;
/** The inverse of `encodeContextRecord`; throws on a record of another kind. */
export declare function decodeContextRecord(record: string, path: string): Indexed;
/**
 * Content hash of a file's bytes. SHA-256, not SHA-1: a record stands for exactly these bytes (its
 * HMAC tag covers this hash), so two files must not be made to share one.
 */
export declare function contentHash(bytes: Uint8Array): string;
