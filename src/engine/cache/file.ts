// The cache file's format: a JSON document (header, then path → [hash, tag, record]) read as bytes
// without decoding the records, and written in chunks to a temporary file.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Default cache file name (in the working directory, or inside a directory given as location). */
export const CACHE_FILE_NAME = '.postmortem-lint-cache';

/** Bumped whenever the record encoding (record.ts) changes, independently of the package version. */
export const FORMAT_VERSION = 6;
export const FORMAT = 'postmortem-lint-cache';
/** Every cache file starts with this, so a foreign file is never mistaken for a damaged cache. */
export const SIGNATURE = `{"format":"${FORMAT}"`;
/** Characters written per call when saving (bounded memory, few system calls). */
const WRITE_CHUNK = 1 << 20;
/** A cache file larger than this is never read (treated as empty, with a warning). */
export const MAX_CACHE_FILE_BYTES = 256 * 1024 * 1024;
/**
 * A record larger than this (four times the default `maxFileSize`) is never decoded nor stored:
 * the file is modelled afresh.
 */
export const MAX_RECORD_BYTES = 20 * 1024 * 1024;

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
export async function cacheFilePath(
  location: string | undefined,
  cwd: string = process.cwd(),
): Promise<string> {
  if (location === undefined) return resolve(cwd, CACHE_FILE_NAME);
  const target = resolve(cwd, location);
  const isDirectory =
    /[\\/]$/.test(location) || (await stat(target).catch(() => null))?.isDirectory() === true;
  return isDirectory ? join(target, CACHE_FILE_NAME) : target;
}

/** A temporary file name next to `file`, unpredictable so it cannot be planted in advance. */
export function temporaryPath(file: string): string {
  return `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

export type CacheRead =
  | { kind: 'missing' }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; error: unknown }
  | { kind: 'read'; bytes: Buffer };

/**
 * Reads the cache file, refusing (without reading) a symlink, anything that is not a regular file
 * (FIFO, device such as /dev/zero, directory) and a file over MAX_CACHE_FILE_BYTES.
 */
export async function readCacheFile(file: string): Promise<CacheRead> {
  let before;
  try {
    before = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'failed', error };
  }
  if (before.isSymbolicLink()) return { kind: 'refused', reason: 'is a symbolic link' };
  if (!before.isFile()) return { kind: 'refused', reason: 'is not a regular file' };
  if (before.size > MAX_CACHE_FILE_BYTES)
    return { kind: 'refused', reason: `is larger than ${MAX_CACHE_FILE_BYTES} bytes` };
  let handle;
  try {
    // O_NONBLOCK: should a FIFO replace the file meanwhile, opening it does not wait for a writer.
    handle = await open(
      file,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      return { kind: 'refused', reason: 'is a symbolic link' };
    return { kind: 'failed', error };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.ino !== before.ino || stats.dev !== before.dev)
      return { kind: 'refused', reason: 'was replaced while being read' };
    if (stats.size > MAX_CACHE_FILE_BYTES)
      return { kind: 'refused', reason: `is larger than ${MAX_CACHE_FILE_BYTES} bytes` };
    // Never more than the size seen: a file growing meanwhile reads as truncated, hence rebuilt.
    const bytes = Buffer.alloc(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { kind: 'read', bytes: bytes.subarray(0, filled) };
  } catch (error) {
    return { kind: 'failed', error };
  } finally {
    await handle.close();
  }
}

/** Where one entry's record sits in the cache file: its JSON string literal, quotes included. */
export interface StoredEntry {
  hash: string;
  tag: string;
  start: number;
  end: number;
}

const BYTE = {
  quote: 0x22,
  backslash: 0x5c,
  comma: 0x2c,
  colon: 0x3a,
  openBrace: 0x7b,
  closeBrace: 0x7d,
  openBracket: 0x5b,
  closeBracket: 0x5d,
} as const;

const isJsonSpace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Reads a cache document from its bytes without decoding the records: each stays a range of the
 * file (its string literal) until it is looked up, so the file is never held twice as text and as
 * parsed strings. Throws on anything that is not one complete cache document.
 */
export class CacheScanner {
  private position = 0;

  constructor(private readonly bytes: Buffer) {}

  private fail(): never {
    throw new SyntaxError(`unexpected input at byte ${this.position}`);
  }

  private peek(): number | undefined {
    const { bytes } = this;
    while (this.position < bytes.length && isJsonSpace(bytes[this.position])) this.position++;
    return bytes[this.position];
  }

  private expect(byte: number): void {
    if (this.peek() !== byte) this.fail();
    this.position++;
  }

  /** Calls `each` per member of the object opening here; moves past its end. */
  private object(each: () => void): void {
    this.expect(BYTE.openBrace);
    if (this.peek() === BYTE.closeBrace) {
      this.position++;
      return;
    }
    for (;;) {
      each();
      if (this.peek() !== BYTE.comma) break;
      this.position++;
    }
    this.expect(BYTE.closeBrace);
  }

  /** The range of the string literal here (quotes included). Hot: a plain byte loop. */
  private literal(): [number, number] {
    const { bytes } = this;
    if (this.peek() !== BYTE.quote) this.fail();
    const start = this.position;
    let i = start + 1;
    while (i < bytes.length && bytes[i] !== BYTE.quote) i += bytes[i] === BYTE.backslash ? 2 : 1;
    if (i >= bytes.length) this.fail();
    this.position = i + 1;
    return [start, i + 1];
  }

  private string(): string {
    const [start, end] = this.literal();
    return JSON.parse(this.bytes.toString('utf8', start, end)) as string;
  }

  /** A header value: a string, number, boolean or null. */
  private scalar(): unknown {
    if (this.peek() === BYTE.quote) return this.string();
    const start = this.position;
    const { bytes } = this;
    while (
      this.position < bytes.length &&
      bytes[this.position] !== BYTE.comma &&
      bytes[this.position] !== BYTE.closeBrace
    )
      this.position++;
    return JSON.parse(bytes.toString('utf8', start, this.position)) as unknown;
  }

  private files(): Map<string, StoredEntry> {
    const files = new Map<string, StoredEntry>();
    this.object(() => {
      const key = this.string();
      this.expect(BYTE.colon);
      this.expect(BYTE.openBracket);
      const hash = this.string();
      this.expect(BYTE.comma);
      const tag = this.string();
      this.expect(BYTE.comma);
      const [start, end] = this.literal();
      this.expect(BYTE.closeBracket);
      files.set(key, { hash, tag, start, end });
    });
    return files;
  }

  document(): { header: Record<string, unknown>; files: Map<string, StoredEntry> } {
    const header: Record<string, unknown> = {};
    let files: Map<string, StoredEntry> | null = null;
    this.object(() => {
      const name = this.string();
      this.expect(BYTE.colon);
      if (name === 'files') files = this.files();
      else header[name] = this.scalar();
    });
    if (files === null || this.peek() !== undefined) this.fail();
    return { header, files };
  }
}

/**
 * Writes a cache document entry by entry into a temporary file, as records arrive, so the main
 * thread never holds the records of a whole run. Synchronous: records arrive in callbacks.
 */
export class CacheWriter {
  private chunk: string;
  private separator = '';

  private constructor(
    private readonly descriptor: number,
    header: Omit<CacheDocument, 'files'>,
  ) {
    this.chunk = JSON.stringify({ ...header, files: {} } satisfies CacheDocument).slice(0, -2);
  }

  /** Creates `path`, which must not exist yet (never writes through a planted symlink). */
  static open(path: string, header: Omit<CacheDocument, 'files'>): CacheWriter {
    mkdirSync(dirname(path), { recursive: true });
    return new CacheWriter(openSync(path, 'wx', 0o644), header);
  }

  /** Adds one entry; the record as the JSON string literal, as text or as its bytes. */
  add(key: string, hash: string, tag: string, literal: string | Uint8Array): void {
    this.chunk += `${this.separator}${JSON.stringify(key)}:[${JSON.stringify(hash)},${JSON.stringify(tag)},`;
    this.separator = ',';
    if (typeof literal === 'string') this.chunk += `${literal}]`;
    else {
      this.flush();
      writeSync(this.descriptor, literal);
      this.chunk = ']';
    }
    if (this.chunk.length > WRITE_CHUNK) this.flush();
  }

  private flush(): void {
    if (this.chunk !== '') writeSync(this.descriptor, this.chunk);
    this.chunk = '';
  }

  /** Ends the document and closes the file. */
  finish(): void {
    try {
      this.chunk += '}}';
      this.flush();
    } finally {
      closeSync(this.descriptor);
    }
  }

  /** Closes the file without completing it (it is then deleted). */
  abandon(): void {
    try {
      closeSync(this.descriptor);
    } catch {
      // Already closed.
    }
  }
}
