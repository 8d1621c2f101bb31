/**
 * Reading and writing the files `--fix` and `new` touch, safely: reads are bounded by the size
 * limit, writes go to a temporary file in the same folder that is then renamed over (or linked to)
 * the target, so a crash leaves the old bytes or the new ones, never a truncated file. A write is
 * refused when the target is a symbolic link, not a regular file, or outside the configuration's
 * root.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, open, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** A write (or read for writing) refused for safety: the file is left as it is. */
export class UnsafeWriteError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path} ${reason}`);
    this.name = 'UnsafeWriteError';
  }
}

/** Whether `path` (already resolved through symlinks) is `root` or inside it. */
function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real path of `dir` (every symlink resolved), after checking it lies inside the real path of
 * `root`. A folder that does not exist yet is judged by its nearest existing ancestor, so that
 * `mkdir` never creates folders outside the root either.
 */
export async function realDirInside(dir: string, root: string, named = dir): Promise<string> {
  const realRoot = await realpath(resolve(root));
  let existing = resolve(dir);
  const missing: string[] = [];
  for (;;) {
    try {
      const real = join(await realpath(existing), ...missing);
      if (!isInside(real, realRoot))
        throw new UnsafeWriteError(
          named,
          `${named === dir ? 'resolves to' : 'is in'} ${real}, outside the configuration's root (${realRoot})`,
        );
      return real;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = dirname(existing);
      if (parent === existing) throw error;
      missing.unshift(basename(existing));
      existing = parent;
    }
  }
}

/** Test seam: the file-system calls a write makes last, where a crash would hurt. */
export interface WriteOps {
  rename: (from: string, to: string) => Promise<void>;
  link: (existing: string, created: string) => Promise<void>;
}

const DEFAULT_OPS: WriteOps = { rename, link };

export interface SafeWriteOptions {
  /** The configuration's root (`config.baseDir`): nothing is written outside it. */
  root: string;
  /**
   * `replace` (the default): the target must be an existing regular file, replaced atomically and
   * keeping its mode. `create`: the target must not exist (never overwritten, as the `wx` flag).
   */
  mode?: 'replace' | 'create';
  ops?: Partial<WriteOps>;
}

/**
 * Checks that `path` may be written: its folder resolves inside `root`, and it is not a symbolic
 * link; for `replace`, it is an existing regular file (its mode is returned); for `create`, nothing
 * is there. Returns the target's real path (its folder resolved) and the mode to write with.
 */
export async function checkTarget(
  path: string,
  root: string,
  mode: 'replace' | 'create' = 'replace',
): Promise<{ target: string; fileMode: number | undefined }> {
  const dir = await realDirInside(dirname(path), root, path);
  const target = join(dir, basename(path));
  let stats;
  try {
    stats = await lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && mode === 'create')
      return { target, fileMode: undefined };
    throw error;
  }
  if (stats.isSymbolicLink()) throw new UnsafeWriteError(path, 'is a symbolic link');
  if (mode === 'create') {
    const error = new Error(`${path} already exists`) as NodeJS.ErrnoException;
    error.code = 'EEXIST';
    throw error;
  }
  if (!stats.isFile()) throw new UnsafeWriteError(path, 'is not a regular file');
  return { target, fileMode: stats.mode & 0o7777 };
}

/**
 * Writes `bytes` to `path` atomically: a temporary file beside it (unique name, `wx`, the
 * original's mode), flushed to disk, then renamed over the target (`replace`) or hard-linked to
 * it (`create`, which fails with `EEXIST` rather than overwrite). On any error the temporary file
 * is removed and the target is as it was. Throws `UnsafeWriteError` for a refused target.
 */
export async function safeWrite(
  path: string,
  bytes: Uint8Array | string,
  options: SafeWriteOptions,
): Promise<void> {
  const mode = options.mode ?? 'replace';
  const ops = { ...DEFAULT_OPS, ...options.ops };
  const { target, fileMode } = await checkTarget(path, options.root, mode);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', fileMode ?? 0o666);
  let renamed = false;
  try {
    try {
      // The umask applied at creation: give a replaced file exactly its old mode back.
      if (fileMode !== undefined) await handle.chmod(fileMode);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode === 'replace') {
      await ops.rename(temp, target);
      renamed = true;
      return;
    }
    try {
      await ops.link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A file system without hard links: create in place, still never overwriting.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      await writeFile(target, bytes, { flag: 'wx' });
    }
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/**
 * Reads a regular file without ever holding more than `limit` bytes: its size is checked on the
 * open descriptor first. `noFollow` refuses a symbolic link (for a file about to be rewritten).
 * Returns the bytes, or the size of a file over the limit. Throws for anything but a regular file.
 */
export async function readBounded(
  path: string,
  limit: number,
  noFollow = false,
): Promise<{ bytes: Uint8Array } | { size: number }> {
  // O_NONBLOCK: opening a FIFO must not hang; it has no effect on regular files.
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0);
  let handle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    if (noFollow && (error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UnsafeWriteError(path, 'is a symbolic link');
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UnsafeWriteError(path, 'is not a regular file');
    if (stats.size > limit) return { size: stats.size };
    const bytes = new Uint8Array(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    await handle.close();
  }
}
