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
    expect(files).toEqual(['postmortems/a.md', 'postmortems/b.md']);
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
