/**
 * The incremental cache (ESLint's `--cache` conventions): per file, its content hash → its model or
 * fatal problem. Rules always re-run on the model, so `now`-dependent findings stay right. The file
 * is rewritten only when something changed, atomically, with entries of files no longer linted
 * dropped. Memory: the previous file is kept as bytes (a record is decoded only when looked up),
 * fresh records go straight to the temporary file.
 *
 * Trust: the cache file may come from the repository being linted (a pull request can commit
 * one), so nothing in it is believed. Each entry carries an HMAC-SHA256 tag under a key kept
 * outside the repository (key.ts); an entry whose tag does not verify is a miss. The file is read
 * only when it is a regular file (never through a symlink, never a FIFO or device) of at most
 * MAX_CACHE_FILE_BYTES, and a record over MAX_RECORD_BYTES is never decoded.
 */
/**
 * A file's record is its model (linted files) or its projected index entry (context files); each
 * kind has its own key, the context one ending in a NUL, which no path holds.
 */
export type RecordKind = 'model' | 'context';
export declare class LintCache {
    readonly file: string;
    private readonly header;
    /** This machine's key; null when it is unusable (nothing is then reused nor written). */
    private readonly secret;
    /** The previous cache file's bytes, and where its entries are in them. */
    private readonly previous;
    /** False when the file is someone else's: it is then never overwritten. */
    private readonly writable;
    private readonly warn;
    /** Whether the file on disk must be rewritten even if every entry is reused. */
    private changed;
    /** Entries of the previous file reused in this run, in lookup order. */
    private readonly kept;
    /** Keys of fresh records, already written to the temporary file. */
    private readonly stored;
    private readonly temporary;
    private writer;
    private failure;
    private constructor();
    /** Reads the cache file; anything unusable is reported through `warn` and treated as empty. */
    static open(file: string, versions: {
        toolVersion: string;
        configHash: string;
    }, warn: (message: string) => void): Promise<LintCache>;
    private key;
    /**
     * The stored record of `path` when its content hash is still `hash`; keeps it for the next run,
     * with the file's record of the other kind when that is for the same bytes: a pull-request
     * check (context records) and a full lint (model records) may alternate without evicting each
     * other.
     */
    lookup(path: string, hash: string, kind?: RecordKind): string | null;
    /** Writes a fresh record to the temporary file (the run's first one creates it). */
    store(path: string, hash: string, record: string, kind?: RecordKind): void;
    /** Completes the temporary file with the reused entries and renames it over the cache file. */
    save(): Promise<void>;
    /** Drops the temporary file of a run that did not finish. */
    abandon(): void;
}
