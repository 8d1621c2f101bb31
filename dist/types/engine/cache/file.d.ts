/** Default cache file name (in the working directory, or inside a directory given as location). */
export declare const CACHE_FILE_NAME = ".postmortem-lint-cache";
/** Bumped whenever the record encoding (record.ts) changes, independently of the package version. */
export declare const FORMAT_VERSION = 3;
export declare const FORMAT = "postmortem-lint-cache";
/** Every cache file starts with this, so a foreign file is never mistaken for a damaged cache. */
export declare const SIGNATURE = "{\"format\":\"postmortem-lint-cache\"";
export interface CacheDocument {
    format: typeof FORMAT;
    formatVersion: number;
    toolVersion: string;
    configHash: string;
    /** Path (relative to the cache file's folder) → [content hash, record]. */
    files: Record<string, [string, string]>;
}
/** Where the cache lives: a file, or `.postmortem-lint-cache` inside a directory location. */
export declare function cacheFilePath(location: string | undefined, cwd?: string): Promise<string>;
/** Where one entry's record sits in the cache file: its JSON string literal, quotes included. */
export interface StoredEntry {
    hash: string;
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
    static open(path: string, header: Omit<CacheDocument, 'files'>): CacheWriter;
    /** Adds one entry; the record as a string, or as the bytes of its JSON string literal. */
    add(key: string, hash: string, record: string | Uint8Array): void;
    private flush;
    /** Ends the document and closes the file. */
    finish(): void;
    /** Closes the file without completing it (it is then deleted). */
    abandon(): void;
}
