// The cache's reuse policy: which stored record may stand for a file in this run (same tool,
// format and configuration, same content hash), and when the file is rewritten.
import { unlinkSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import {
  CacheScanner,
  CacheWriter,
  FORMAT,
  FORMAT_VERSION,
  SIGNATURE,
  type CacheDocument,
  type StoredEntry,
} from './file.js';

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * The incremental cache (ESLint's `--cache` conventions): per file, its content hash → its model or
 * fatal problem. Rules always re-run on the model, so `now`-dependent findings stay right. The file
 * is rewritten only when something changed, atomically, with entries of files no longer linted
 * dropped. Memory: the previous file is kept as bytes (a record is decoded only when looked up),
 * fresh records go straight to the temporary file.
 */
export class LintCache {
  /** Entries of the previous file reused in this run, in lookup order. */
  private readonly kept = new Map<string, StoredEntry>();
  /** Keys of fresh records, already written to the temporary file. */
  private readonly stored = new Set<string>();
  private readonly temporary: string;
  private writer: CacheWriter | null = null;
  private failure: unknown = null;

  private constructor(
    readonly file: string,
    private readonly header: Omit<CacheDocument, 'files'>,
    /** The previous cache file's bytes, and where its entries are in them. */
    private readonly previous: { bytes: Buffer; files: Map<string, StoredEntry> },
    /** False when the file is someone else's: it is then never overwritten. */
    private readonly writable: boolean,
    private readonly warn: (message: string) => void,
    /** Whether the file on disk must be rewritten even if every entry is reused. */
    private changed = true,
  ) {
    this.temporary = `${file}.${process.pid}.tmp`;
  }

  /** Reads the cache file; anything unusable is reported through `warn` and treated as empty. */
  static async open(
    file: string,
    versions: { toolVersion: string; configHash: string },
    warn: (message: string) => void,
  ): Promise<LintCache> {
    const header = { format: FORMAT, formatVersion: FORMAT_VERSION, ...versions } as const;
    const empty = { bytes: Buffer.alloc(0), files: new Map<string, StoredEntry>() };
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (!missing)
        warn(`Cache file ${file} could not be read (${errorCode(error)}): linting without it.`);
      return new LintCache(file, header, empty, missing, warn);
    }
    if (bytes.length > 0 && !bytes.subarray(0, SIGNATURE.length).equals(Buffer.from(SIGNATURE))) {
      warn(
        `${file} is not a postmortem-lint cache: ignored and left untouched. Delete it or choose another cache location.`,
      );
      return new LintCache(file, header, empty, false, warn);
    }
    let document: ReturnType<CacheScanner['document']>;
    try {
      document = new CacheScanner(bytes).document();
    } catch {
      warn(`Cache file ${file} is truncated or corrupt: ignored and rebuilt.`);
      return new LintCache(file, header, empty, true, warn);
    }
    const found = document.header;
    if (found.toolVersion !== header.toolVersion || found.formatVersion !== header.formatVersion) {
      warn(
        `Cache file ${file} was written by postmortem-lint ${String(found.toolVersion)} (format ${String(found.formatVersion)}), this is ${header.toolVersion} (format ${header.formatVersion}): rebuilt.`,
      );
      return new LintCache(file, header, empty, true, warn);
    }
    // A different configuration may model files differently: start afresh, as ESLint does.
    if (found.configHash !== header.configHash)
      return new LintCache(file, header, empty, true, warn);
    return new LintCache(file, header, { bytes, files: document.files }, true, warn, false);
  }

  private key(path: string): string {
    return relative(dirname(this.file), resolve(path));
  }

  /** The stored record of `path` when its content hash is still `hash`; keeps it for the next run. */
  lookup(path: string, hash: string): string | null {
    const key = this.key(path);
    const entry = this.previous.files.get(key);
    if (entry === undefined || entry.hash !== hash) return null;
    let record: unknown;
    try {
      record = JSON.parse(this.previous.bytes.toString('utf8', entry.start, entry.end));
    } catch {
      return null;
    }
    if (typeof record !== 'string') return null;
    this.kept.set(key, entry);
    return record;
  }

  /** Writes a fresh record to the temporary file (the run's first one creates it). */
  store(path: string, hash: string, record: string): void {
    const key = this.key(path);
    this.kept.delete(key);
    this.stored.add(key);
    this.changed = true;
    if (!this.writable || this.failure !== null) return;
    try {
      this.writer ??= CacheWriter.open(this.temporary, this.header);
      this.writer.add(key, hash, record);
    } catch (error) {
      this.failure = error;
      this.writer?.abandon();
    }
  }

  /** Completes the temporary file with the reused entries and renames it over the cache file. */
  async save(): Promise<void> {
    if (!this.writable) return;
    const pruned = [...this.previous.files.keys()].some(
      (key) => !this.kept.has(key) && !this.stored.has(key),
    );
    if (this.failure === null && !this.changed && !pruned) return;
    try {
      if (this.failure !== null) throw this.failure;
      const writer = (this.writer ??= CacheWriter.open(this.temporary, this.header));
      for (const [key, entry] of this.kept)
        writer.add(key, entry.hash, this.previous.bytes.subarray(entry.start, entry.end));
      this.writer = null;
      writer.finish();
      await rename(this.temporary, this.file);
    } catch (error) {
      this.abandon();
      this.warn(`Cache file ${this.file} could not be written (${errorCode(error)}).`);
    }
  }

  /** Drops the temporary file of a run that did not finish. */
  abandon(): void {
    this.writer?.abandon();
    this.writer = null;
    try {
      unlinkSync(this.temporary);
    } catch {
      // Never created, or already gone.
    }
  }
}
