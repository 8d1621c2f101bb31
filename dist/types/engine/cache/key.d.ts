export declare const KEY_BYTES = 32;
/**
 * Where this user's key lives: `<tmpdir>/postmortem-lint-<uid>/cache-key`, or `cache-key` in the
 * directory named by POSTMORTEM_LINT_CACHE_KEY_DIR (set by the environment, never by the
 * repository; it must be private to this user too).
 */
export declare function cacheKeyPath(): string;
/**
 * This user's cache key, created on first use (mode 0600, in a 0700 directory, published with
 * `link` so concurrent first runs agree on one key). Throws when the key or its directory is not
 * private to this user (someone else could then read or plant it): the cache is then not used.
 */
export declare function cacheKey(path?: string): Buffer;
/** What a record's tag covers, besides the record: the run it is valid for and the file's bytes. */
export interface TagContext {
    formatVersion: number;
    toolVersion: string;
    configHash: string;
}
/**
 * The tag of one entry: HMAC-SHA256 over the format and tool versions, the configuration hash,
 * the entry's path, the file's content hash and the record's stored bytes (its JSON literal).
 */
export declare function recordTag(key: Uint8Array, context: TagContext, path: string, hash: string, literal: Uint8Array): string;
/** Whether `tag` is the tag of that entry (constant-time comparison). */
export declare function verifyTag(key: Uint8Array, context: TagContext, path: string, hash: string, literal: Uint8Array, tag: string): boolean;
/** A short public fingerprint of the key, stored in the header to tell another machine's cache. */
export declare function keyId(key: Uint8Array): string;
