/** Default cache file name (in the working directory, or inside a directory given as location). */
export declare const CACHE_FILE_NAME = ".postmortem-lint-cache";
/** Bumped whenever the record encoding (record.ts) changes, independently of the package version. */
export declare const FORMAT_VERSION = 6;
export declare const FORMAT = "postmortem-lint-cache";
/** Every cache file starts with this, so a foreign file is never mistaken for a damaged cache. */
export declare const SIGNATURE = "{\"format\":\"postmortem-lint-cache\"";
/** A cache file larger than this is never read (treated as empty, with a warning). */
export declare const MAX_CACHE_FILE_BYTES: number;
/**
 * A record larger than this (four times the default `maxFileSize`) is never decoded nor stored:
 * the file is modelled afresh.
 */
export declare const MAX_RECORD_BYTES: number;
export interface CacheDocument {
    format: typeof FORMAT;
    formatVersion: number;
    toolVersion: string;
    configHash: string;
    /** Fingerprint of the key the records are authenticated with (key.ts). */
    keyId: string;
    /** Path (relative to the cache file's folder) → [content hash, HMAC tag, record]. */
    files: Record<string, [string, string, string]>;
}
/** Where the cache lives: a file, or `.postmortem-lint-cache` inside a directory location. */
export declare function cacheFilePath(location: string | undefined, cwd?: string): Promise<string>;
/** A temporary file name next to `file`, unpredictable so it cannot be planted in advance. */
export declare function temporaryPath(file: string): string;
export type CacheRead = {
    kind: 'missing';
} | {
    kind: 'refused';
    reason: string;
} | {
    kind: 'failed';
    error: unknown;
} | {
    kind: 'read';
    bytes: Buffer;
};
/**
 * Reads the cache file, refusing (without reading) a symlink, anything that is not a regular file
 * (FIFO, device such as /dev/zero, directory) and a file over MAX_CACHE_FILE_BYTES.
 */
export declare function readCacheFile(file: string): Promise<CacheRead>;
/** Where one entry's record sits in the cache file: its JSON string literal, quotes included. */
export interface StoredEntry {
    hash: string;
    tag: string;
    start: number;
    end: number;
}
/**
 * Reads a cache document from its bytes without decoding the records: each stays a range of the
 * file (its string literal) until it is looked up, so the file is never held twice as text and as
 * parsed strings. Throws on anything that is not one complete cache document.
 */
export declare class CacheScanner {
    private readonly bytes;
    private position;
    constructor(bytes: Buffer);
    private fail;
    private peek;
    private expect;
    /** Calls `each` per member of the object opening here; moves past its end. */
    private object;
    /** The range of the string literal here (quotes included). Hot: a plain byte loop. */
    private literal;
    private string;
    /** A header value: a string, number, boolean or null. */
    private scalar;
    private files;
    document(): {
        header: Record<string, unknown>;
        files: Map<string, StoredEntry>;
    };
}
/**
 * Writes a cache document entry by entry into a temporary file, as records arrive, so the main
 * thread never holds the records of a whole run. Synchronous: records arrive in callbacks.
 */
export declare class CacheWriter {
    private readonly descriptor;
    private chunk;
    private separator;
    private constructor();
    /** Creates `path`, which must not exist yet (never writes through a planted symlink). */
    static open(path: string, header: Omit<CacheDocument, 'files'>): CacheWriter;
    /** Adds one entry; the record as the JSON string literal, as text or as its bytes. */
    add(key: string, hash: string, tag: string, literal: string | Uint8Array): void;
    private flush;
    /** Ends the document and closes the file. */
    finish(): void;
    /** Closes the file without completing it (it is then deleted). */
    abandon(): void;
}
