// The cache's reuse policy: which stored record may stand for a file in this run (same tool,
// format and configuration, same content hash, authenticated with this machine's key), and when
// the file is rewritten. The cache never changes a verdict: a record that is not exactly what a
// run here stored for these bytes is a miss, and the file is modelled afresh.
import { unlinkSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import {
  CacheScanner,
  CacheWriter,
  FORMAT,
  FORMAT_VERSION,
  MAX_RECORD_BYTES,
  SIGNATURE,
  readCacheFile,
  temporaryPath,
  type CacheDocument,
  type StoredEntry,
} from './file.js';
import { cacheKey, cacheKeyPath, keyId, recordTag, verifyTag } from './key.js';

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? String(error);

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
const CONTEXT_KEY_SUFFIX = '\u0000context';

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
    /** This machine's key; null when it is unusable (nothing is then reused nor written). */
    private readonly secret: Buffer | null,
    /** The previous cache file's bytes, and where its entries are in them. */
    private readonly previous: { bytes: Buffer; files: Map<string, StoredEntry> },
    /** False when the file is someone else's: it is then never overwritten. */
    private readonly writable: boolean,
    private readonly warn: (message: string) => void,
    /** Whether the file on disk must be rewritten even if every entry is reused. */
    private changed = true,
  ) {
    this.temporary = temporaryPath(file);
  }

  /** Reads the cache file; anything unusable is reported through `warn` and treated as empty. */
  static async open(
    file: string,
    versions: { toolVersion: string; configHash: string },
    warn: (message: string) => void,
  ): Promise<LintCache> {
    const empty: { bytes: Buffer; files: Map<string, StoredEntry> } = {
      bytes: Buffer.alloc(0),
      files: new Map(),
    };
    let secret: Buffer;
    try {
      secret = cacheKey();
    } catch (error) {
      warn(
        `Cache key ${cacheKeyPath()} is unusable (${error instanceof Error ? error.message : String(error)}): linting without the cache.`,
      );
      const header = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        ...versions,
        keyId: '',
      } as const;
      return new LintCache(file, header, null, empty, false, warn);
    }
    const header = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      ...versions,
      keyId: keyId(secret),
    } as const;
    const cache = (previous: typeof empty, writable: boolean, changed?: boolean): LintCache =>
      new LintCache(file, header, secret, previous, writable, warn, changed);

    const read = await readCacheFile(file);
    if (read.kind === 'missing') return cache(empty, true);
    if (read.kind === 'failed') {
      warn(`Cache file ${file} could not be read (${errorCode(read.error)}): linting without it.`);
      return cache(empty, false);
    }
    if (read.kind === 'refused') {
      warn(
        `Cache file ${file} ${read.reason}: refused (neither read nor overwritten), linting without it. Delete it or choose another cache location.`,
      );
      return cache(empty, false);
    }
    const { bytes } = read;
    if (bytes.length > 0 && !bytes.subarray(0, SIGNATURE.length).equals(Buffer.from(SIGNATURE))) {
      warn(
        `${file} is not a postmortem-lint cache: ignored and left untouched. Delete it or choose another cache location.`,
      );
      return cache(empty, false);
    }
    let document: ReturnType<CacheScanner['document']>;
    try {
      document = new CacheScanner(bytes).document();
    } catch {
      warn(`Cache file ${file} is truncated or corrupt: ignored and rebuilt.`);
      return cache(empty, true);
    }
    const found = document.header;
    if (found.toolVersion !== header.toolVersion || found.formatVersion !== header.formatVersion) {
      warn(
        `Cache file ${file} was written by postmortem-lint ${String(found.toolVersion)} (format ${String(found.formatVersion)}), this is ${header.toolVersion} (format ${header.formatVersion}): rebuilt.`,
      );
      return cache(empty, true);
    }
    if (found.keyId !== header.keyId) {
      warn(
        `Cache file ${file} was not written on this machine (copied, committed or forged): ignored and rebuilt.`,
      );
      return cache(empty, true);
    }
    // A different configuration may model files differently: start afresh, as ESLint does.
    if (found.configHash !== header.configHash) return cache(empty, true);
    return cache({ bytes, files: document.files }, true, false);
  }

  private key(path: string, kind: RecordKind): string {
    const key = relative(dirname(this.file), resolve(path));
    return kind === 'model' ? key : `${key}${CONTEXT_KEY_SUFFIX}`;
  }

  /**
   * The stored record of `path` when its content hash is still `hash`; keeps it for the next run,
   * with the file's record of the other kind when that is for the same bytes: a pull-request
   * check (context records) and a full lint (model records) may alternate without evicting each
   * other.
   */
  lookup(path: string, hash: string, kind: RecordKind = 'model'): string | null {
    const other = this.key(path, kind === 'model' ? 'context' : 'model');
    const sibling = this.previous.files.get(other);
    if (sibling?.hash === hash && !this.stored.has(other)) this.kept.set(other, sibling);
    const key = this.key(path, kind);
    const entry = this.previous.files.get(key);
    if (entry === undefined || entry.hash !== hash || this.secret === null) return null;
    if (entry.end - entry.start > MAX_RECORD_BYTES) {
      this.warn(
        `Cache record of ${path} is larger than ${MAX_RECORD_BYTES} bytes: ignored, the file is linted afresh.`,
      );
      return null;
    }
    const literal = this.previous.bytes.subarray(entry.start, entry.end);
    if (!verifyTag(this.secret, this.header, key, hash, literal, entry.tag)) return null;
    let record: unknown;
    try {
      record = JSON.parse(literal.toString('utf8'));
    } catch {
      return null;
    }
    if (typeof record !== 'string') return null;
    this.kept.set(key, entry);
    return record;
  }

  /** Writes a fresh record to the temporary file (the run's first one creates it). */
  store(path: string, hash: string, record: string, kind: RecordKind = 'model'): void {
    const key = this.key(path, kind);
    this.kept.delete(key);
    this.stored.add(key);
    this.changed = true;
    if (!this.writable || this.secret === null || this.failure !== null) return;
    const literal = JSON.stringify(record);
    // It would be refused when read back: not worth writing.
    if (literal.length > MAX_RECORD_BYTES) return;
    const tag = recordTag(this.secret, this.header, key, hash, Buffer.from(literal, 'utf8'));
    try {
      this.writer ??= CacheWriter.open(this.temporary, this.header);
      this.writer.add(key, hash, tag, literal);
    } catch (error) {
      this.failure = error;
      this.writer?.abandon();
    }
  }

  /** Completes the temporary file with the reused entries and renames it over the cache file. */
  async save(): Promise<void> {
    if (!this.writable || this.secret === null) return;
    const pruned = [...this.previous.files.keys()].some(
      (key) => !this.kept.has(key) && !this.stored.has(key),
    );
    if (this.failure === null && !this.changed && !pruned) return;
    try {
      if (this.failure !== null) throw this.failure;
      const writer = (this.writer ??= CacheWriter.open(this.temporary, this.header));
      for (const [key, entry] of this.kept)
        writer.add(
          key,
          entry.hash,
          entry.tag,
          this.previous.bytes.subarray(entry.start, entry.end),
        );
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
