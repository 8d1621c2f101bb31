import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/lint.js';
import {
  readBounded,
  realDirInside,
  safeWrite,
  UnsafeWriteError,
} from '../../src/files/safe-write.js';

/** A repository root and, beside it (outside), a file that must never change. */
function roots(): { root: string; outside: string; victim: string } {
  const base = tempTree({ 'repo/pm.md': 'old\n', 'outside/victim.md': 'precious\n' });
  return {
    root: join(base, 'repo'),
    outside: join(base, 'outside'),
    victim: join(base, 'outside', 'victim.md'),
  };
}

describe('safeWrite', () => {
  test('replaces the bytes, keeps the mode, leaves no temporary file', async () => {
    const { root } = roots();
    const path = join(root, 'pm.md');
    chmodSync(path, 0o640);
    await safeWrite(path, 'new\n', { root });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(root)).toEqual(['pm.md']);
  });

  test('refuses a symbolic link to a file outside the root: the outside bytes are unchanged', async () => {
    const { root, victim } = roots();
    symlinkSync(victim, join(root, 'link.md'));
    await expect(safeWrite(join(root, 'link.md'), 'x', { root })).rejects.toThrow(UnsafeWriteError);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  test('refuses a symbolic link even to a file inside the root', async () => {
    const { root } = roots();
    symlinkSync(join(root, 'pm.md'), join(root, 'link.md'));
    await expect(safeWrite(join(root, 'link.md'), 'x', { root })).rejects.toThrow(
      'is a symbolic link',
    );
    expect(readFileSync(join(root, 'pm.md'), 'utf8')).toBe('old\n');
  });

  test('refuses an absolute path outside the root', async () => {
    const { root, victim } = roots();
    await expect(safeWrite(victim, 'x', { root })).rejects.toThrow(
      "outside the configuration's root",
    );
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  test('does not write through a folder symlink inside the root that points outside', async () => {
    const { root, outside, victim } = roots();
    symlinkSync(outside, join(root, 'linked-dir'));
    await expect(safeWrite(join(root, 'linked-dir', 'victim.md'), 'x', { root })).rejects.toThrow(
      "outside the configuration's root",
    );
    await expect(
      safeWrite(join(root, 'linked-dir', 'new.md'), 'x', { root, mode: 'create' }),
    ).rejects.toThrow(UnsafeWriteError);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readdirSync(outside)).toEqual(['victim.md']);
  });

  test('refuses what is not a regular file', async () => {
    const { root } = roots();
    mkdirSync(join(root, 'dir.md'));
    await expect(safeWrite(join(root, 'dir.md'), 'x', { root })).rejects.toThrow(
      'is not a regular file',
    );
  });

  test('a crash before the rename leaves the original intact and no temporary file', async () => {
    const { root } = roots();
    const path = join(root, 'pm.md');
    const crash = (): Promise<void> => Promise.reject(new Error('simulated crash'));
    await expect(safeWrite(path, 'new\n', { root, ops: { rename: crash } })).rejects.toThrow(
      'simulated crash',
    );
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(root)).toEqual(['pm.md']);
  });

  test('create: writes a new file, never overwrites one, never through a dangling link', async () => {
    const { root, outside } = roots();
    await safeWrite(join(root, 'fresh.md'), 'fresh\n', { root, mode: 'create' });
    expect(readFileSync(join(root, 'fresh.md'), 'utf8')).toBe('fresh\n');
    await expect(
      safeWrite(join(root, 'pm.md'), 'x', { root, mode: 'create' }),
    ).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(root, 'pm.md'), 'utf8')).toBe('old\n');
    symlinkSync(join(outside, 'planted.md'), join(root, 'dangling.md'));
    await expect(
      safeWrite(join(root, 'dangling.md'), 'x', { root, mode: 'create' }),
    ).rejects.toThrow('is a symbolic link');
    expect(existsSync(join(outside, 'planted.md'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['dangling.md', 'fresh.md', 'pm.md']);
  });

  test('create: a failed link leaves nothing behind', async () => {
    const { root } = roots();
    const crash = (): Promise<void> => Promise.reject(new Error('simulated crash'));
    await expect(
      safeWrite(join(root, 'fresh.md'), 'x', { root, mode: 'create', ops: { link: crash } }),
    ).rejects.toThrow('simulated crash');
    expect(readdirSync(root)).toEqual(['pm.md']);
  });
});

describe('realDirInside', () => {
  test('judges a folder that does not exist yet by its nearest existing ancestor', async () => {
    const { root, outside } = roots();
    await expect(realDirInside(join(root, 'a', 'b'), root)).resolves.toMatch(/repo[/\\]a[/\\]b$/);
    symlinkSync(outside, join(root, 'out'));
    await expect(realDirInside(join(root, 'out', 'a', 'b'), root)).rejects.toThrow(
      UnsafeWriteError,
    );
  });
});

describe('readBounded', () => {
  test('a file over the limit is not read: only its size is returned', async () => {
    const { root } = roots();
    writeFileSync(join(root, 'big.md'), 'x'.repeat(100));
    await expect(readBounded(join(root, 'big.md'), 99)).resolves.toEqual({ size: 100 });
    const read = await readBounded(join(root, 'big.md'), 100);
    expect('bytes' in read && read.bytes.length).toBe(100);
  });

  test('noFollow refuses a symbolic link; without it the link is read', async () => {
    const { root, victim } = roots();
    symlinkSync(victim, join(root, 'link.md'));
    await expect(readBounded(join(root, 'link.md'), 100, true)).rejects.toThrow(UnsafeWriteError);
    await expect(readBounded(join(root, 'link.md'), 100)).resolves.toHaveProperty('bytes');
  });
});
