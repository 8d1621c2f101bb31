// The cache's secret key: random bytes kept outside any repository, per user and machine, so that
// only runs on this machine can write records that a later run accepts. A cache file committed in
// a pull request, copied from elsewhere or forged therefore never matches and is rebuilt.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const KEY_BYTES = 32;
/** Records are authenticated with HMAC-SHA256, stored as base64. */
const TAG_ALGORITHM = 'sha256';

const currentUid = (): number | null =>
  typeof process.getuid === 'function' ? process.getuid() : null;

function userName(): string {
  const uid = currentUid();
  if (uid !== null) return String(uid);
  try {
    return userInfo().username.replace(/[^\w.-]/g, '_') || 'user';
  } catch {
    return 'user';
  }
}

/**
 * Where this user's key lives: `<tmpdir>/postmortem-lint-<uid>/cache-key`, or `cache-key` in the
 * directory named by POSTMORTEM_LINT_CACHE_KEY_DIR (set by the environment, never by the
 * repository; it must be private to this user too).
 */
export function cacheKeyPath(): string {
  const directory = process.env.POSTMORTEM_LINT_CACHE_KEY_DIR;
  if (directory) return join(directory, 'cache-key');
  return join(tmpdir(), `postmortem-lint-${userName()}`, 'cache-key');
}

/** Throws unless `stats` is owned by this user and neither group- nor world-accessible. */
function checkPrivate(stats: { uid: number; mode: number }, what: string): void {
  const uid = currentUid();
  if (uid === null) return; // Windows: no owner or mode bits to check.
  if (stats.uid !== uid) throw new Error(`${what} is owned by another user`);
  if ((stats.mode & 0o077) !== 0) throw new Error(`${what} is accessible to other users`);
}

function readKey(path: string): Buffer | null {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new Error(`${path} is not a regular file`);
    checkPrivate(stats, path);
    if (stats.size !== KEY_BYTES) throw new Error(`${path} is not a ${KEY_BYTES}-byte key`);
    const key = Buffer.alloc(KEY_BYTES);
    if (readSync(descriptor, key, 0, KEY_BYTES, 0) !== KEY_BYTES)
      throw new Error(`${path} is not a ${KEY_BYTES}-byte key`);
    return key;
  } finally {
    closeSync(descriptor);
  }
}

const keys = new Map<string, Buffer>();

/**
 * This user's cache key, created on first use (mode 0600, in a 0700 directory, published with
 * `link` so concurrent first runs agree on one key). Throws when the key or its directory is not
 * private to this user (someone else could then read or plant it): the cache is then not used.
 */
export function cacheKey(path: string = cacheKeyPath()): Buffer {
  const known = keys.get(path);
  if (known) return known;
  const directory = join(path, '..');
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const stats = lstatSync(directory);
  if (!stats.isDirectory()) throw new Error(`${directory} is not a directory`);
  checkPrivate(stats, directory);
  let key = readKey(path);
  if (key === null) {
    const fresh = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
    writeFileSync(fresh, randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
    try {
      linkSync(fresh, path);
    } catch (error) {
      // Another run created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(fresh);
    }
    key = readKey(path);
    if (key === null) throw new Error(`${path} could not be created`);
  }
  keys.set(path, key);
  return key;
}

/** What a record's tag covers, besides the record: the run it is valid for and the file's bytes. */
export interface TagContext {
  formatVersion: number;
  toolVersion: string;
  configHash: string;
}

/** Length-prefixed, so no two different field lists feed the HMAC the same bytes. */
function field(hmac: ReturnType<typeof createHmac>, value: string | Uint8Array): void {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(bytes.length));
  hmac.update(length).update(bytes);
}

/**
 * The tag of one entry: HMAC-SHA256 over the format and tool versions, the configuration hash,
 * the entry's path, the file's content hash and the record's stored bytes (its JSON literal).
 */
export function recordTag(
  key: Uint8Array,
  context: TagContext,
  path: string,
  hash: string,
  literal: Uint8Array,
): string {
  const hmac = createHmac(TAG_ALGORITHM, key);
  for (const value of [
    'postmortem-lint-cache-record',
    String(context.formatVersion),
    context.toolVersion,
    context.configHash,
    path,
    hash,
  ])
    field(hmac, value);
  field(hmac, literal);
  return hmac.digest('base64');
}

/** Whether `tag` is the tag of that entry (constant-time comparison). */
export function verifyTag(
  key: Uint8Array,
  context: TagContext,
  path: string,
  hash: string,
  literal: Uint8Array,
  tag: string,
): boolean {
  const expected = Buffer.from(recordTag(key, context, path, hash, literal), 'base64');
  const found = Buffer.from(tag, 'base64');
  return found.length === expected.length && timingSafeEqual(found, expected);
}

/** A short public fingerprint of the key, stored in the header to tell another machine's cache. */
export function keyId(key: Uint8Array): string {
  return createHmac(TAG_ALGORITHM, key)
    .update('postmortem-lint-cache-key-id')
    .digest('base64')
    .slice(0, 16);
}
