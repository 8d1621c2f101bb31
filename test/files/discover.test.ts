import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve.js';
import type { ConfigFile } from '../../src/config/types.js';
import { discoverFiles, NoFilesError } from '../../src/files/discover.js';
import { tempTree } from '../support/lint.js';

function tree(): string {
  return tempTree({
    'postmortems/b.md': '',
    'postmortems/a.md': '',
    'postmortems/2025/z.markdown': '',
    'postmortems/TEMPLATE.md': '',
    'postmortems/node_modules/pkg/README.md': '',
    'postmortems/drafts/d.md': '',
    'postmortems/notes.txt': '',
    'other/c.md': '',
  });
}

const configAt = (root: string, file: ConfigFile = {}) => resolveConfig(file, null, root);

describe('discoverFiles', () => {
  test('no target: the configured files relative to baseDir, ignores applied, sorted, relative to cwd', async () => {
    const root = tree();
    const files = await discoverFiles(
      [],
      configAt(root, { ignores: ['**/TEMPLATE.md', 'postmortems/drafts/**'] }),
      root,
    );
    expect(files).toEqual(['postmortems/2025/z.markdown', 'postmortems/a.md', 'postmortems/b.md']);
  });

  test('a directory gives its Markdown files (.md and .markdown), never node_modules', async () => {
    const root = tree();
    expect(await discoverFiles(['postmortems'], configAt(root), root)).toEqual([
      'postmortems/2025/z.markdown',
      'postmortems/a.md',
      'postmortems/b.md',
      'postmortems/drafts/d.md',
    ]);
  });

  test('paths outside the working directory stay absolute; duplicates collapse', async () => {
    const root = tree();
    const cwd = join(root, 'other');
    const files = await discoverFiles(
      ['../postmortems/a.md', join(root, 'postmortems/a.md'), 'c.md'],
      configAt(root),
      cwd,
    );
    expect(files).toEqual([join(root, 'postmortems/a.md'), 'c.md']);
  });

  test('an explicitly named file is linted even when ignored, whatever its extension', async () => {
    const root = tree();
    expect(
      await discoverFiles(
        ['postmortems/TEMPLATE.md', 'postmortems/notes.txt'],
        configAt(root),
        root,
      ),
    ).toEqual(['postmortems/TEMPLATE.md', 'postmortems/notes.txt']);
  });

  test('ignores are relative to the config directory, not to the working directory', async () => {
    const root = tree();
    const config = configAt(root, { ignores: ['postmortems/drafts/**'] });
    expect(
      await discoverFiles(['*.md', 'drafts/*.md'], config, join(root, 'postmortems')).catch(
        (error: Error) => error.message,
      ),
    ).toBe('All files matched by "drafts/*.md" are ignored (see "ignores" in the configuration).');
    expect(await discoverFiles(['*.md'], config, join(root, 'postmortems'))).toEqual([
      'TEMPLATE.md',
      'a.md',
      'b.md',
    ]);
  });

  test('a target that gives nothing throws NoFilesError naming it', async () => {
    const root = tree();
    await expect(discoverFiles(['missing/*.md'], configAt(root), root)).rejects.toThrow(
      NoFilesError,
    );
    await expect(discoverFiles(['missing.md'], configAt(root), root)).rejects.toThrow(
      'No files matching the pattern "missing.md" were found.',
    );
    await expect(
      discoverFiles([], configAt(join(root, 'other'), { files: ['postmortems/**/*.md'] }), root),
    ).rejects.toMatchObject({
      pattern: 'postmortems/**/*.md',
      allIgnored: false,
    });
  });
});

describe('Markdown extensions in any spelling (issue 13)', () => {
  const spellings = (): string =>
    tempTree({
      'postmortems/a.md': '',
      'postmortems/b.MD': '',
      'postmortems/2025/c.markdown': '',
      'postmortems/2025/d.Markdown': '',
      'postmortems/README.MD': '',
      'postmortems/TEMPLATE.markdown': '',
      'postmortems/notes.txt': '',
      'postmortems/md': '',
    });

  test('the default files take .md and .markdown in any case; the default ignores match them too', async () => {
    const root = spellings();
    expect(await discoverFiles([], configAt(root), root)).toEqual([
      'postmortems/2025/c.markdown',
      'postmortems/2025/d.Markdown',
      'postmortems/a.md',
      'postmortems/b.MD',
    ]);
  });

  test('a directory gives its Markdown files in any case', async () => {
    const root = spellings();
    expect(await discoverFiles(['postmortems/2025', 'postmortems'], configAt(root), root)).toEqual([
      'postmortems/2025/c.markdown',
      'postmortems/2025/d.Markdown',
      'postmortems/a.md',
      'postmortems/b.MD',
    ]);
  });

  test('globs the user writes match as written', async () => {
    const root = spellings();
    expect(await discoverFiles(['postmortems/*.md'], configAt(root), root)).toEqual([
      'postmortems/a.md',
    ]);
    const config = configAt(root, { files: ['postmortems/**/*.markdown'] });
    expect(await discoverFiles([], config, root)).toEqual(['postmortems/2025/c.markdown']);
  });
});

describe('symlinks (issue 13)', () => {
  test('a symlinked directory loop lists each file once, under its shortest path', async () => {
    const root = tempTree({ 'postmortems/a.md': '', 'postmortems/sub/b.md': '' });
    const directory = join(root, 'postmortems');
    symlinkSync(directory, join(directory, 'loop'), 'dir');
    symlinkSync(directory, join(directory, 'sub', 'up'), 'dir');
    const expected = ['postmortems/a.md', 'postmortems/sub/b.md'];
    expect(await discoverFiles([], configAt(root), root)).toEqual(expected);
    expect(await discoverFiles(['postmortems'], configAt(root), root)).toEqual(expected);
    expect(await discoverFiles(['postmortems/**/*.md'], configAt(root), root)).toEqual(expected);
  });

  test('a file reached through a symlinked directory and its own path is linted once', async () => {
    const root = tempTree({ 'incidents/a.md': '' });
    mkdirSync(join(root, 'postmortems'));
    symlinkSync(join(root, 'incidents'), join(root, 'postmortems', 'linked'), 'dir');
    expect(await discoverFiles(['postmortems', 'incidents/a.md'], configAt(root), root)).toEqual([
      'incidents/a.md',
    ]);
  });
});
