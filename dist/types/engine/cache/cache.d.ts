/**
 * The incremental cache (ESLint's `--cache` conventions): per file, its content hash → its model or
 * fatal problem. Rules always re-run on the model, so `now`-dependent findings stay right. The file
 * is rewritten only when something changed, atomically, with entries of files no longer linted
 * dropped. Memory: the previous file is kept as bytes (a record is decoded only when looked up),
 * fresh records go straight to the temporary file.
 */
export declare class LintCache {
    readonly file: string;
    private readonly header;
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
    /** The stored record of `path` when its content hash is still `hash`; keeps it for the next run. */
    lookup(path: string, hash: string): string | null;
    /** Writes a fresh record to the temporary file (the run's first one creates it). */
    store(path: string, hash: string, record: string): void;
    /** Completes the temporary file with the reused entries and renames it over the cache file. */
    save(): Promise<void>;
    /** Drops the temporary file of a run that did not finish. */
    abandon(): void;
}
