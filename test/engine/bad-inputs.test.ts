import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/lint.js';
import { runCli } from '../cli/run-cli.js';
import { GOOD, NOW } from '../cli/fixtures.js';
import type { EslintFileResult, EslintMessage } from '../../src/reporters/json.js';

/** Lints a tree through the CLI (JSON format); findings by file name. */
async function lintTree(files: Record<string, string | Uint8Array>, argv: string[] = []) {
  const root = tempTree(files);
  const outcome = await runCli(['--now', NOW, '-f', 'json', ...argv, 'postmortems'], root);
  expect(outcome.stderr).toBe('');
  const results = JSON.parse(outcome.stdout) as EslintFileResult[];
  const byFile = new Map<string, EslintMessage[]>(
    results.map((result) => [
      result.filePath.slice(join(root, 'postmortems').length + 1),
      result.messages,
    ]),
  );
  return { root, code: outcome.code, byFile };
}

function only(messages: EslintMessage[] | undefined, ruleId: string): EslintMessage[] {
  return (messages ?? []).filter((message) => message.ruleId === ruleId);
}

describe('frontmatter in another language is never run', () => {
  const payload = (marker: string): string =>
    `{ title: (globalThis.__pmlPwned = true, require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'x') }`;

  test.each(['---js', '---javascript', '--- JavaScript'])(
    '%s frontmatter: invalid-frontmatter, no side effect',
    async (fence) => {
      const marker = join(tempTree({}), 'marker');
      const text = `${fence}\n${payload(marker)}\n---\n${GOOD.split('\n').slice(1).join('\n')}`;
      const { byFile } = await lintTree({ 'postmortems/a.md': text });
      const findings = only(byFile.get('a.md'), 'invalid-frontmatter');
      expect(findings).toEqual([expect.objectContaining({ line: 1, severity: 2 })]);
      expect(findings[0].message).toMatch(/never evaluated/);
      expect(existsSync(marker)).toBe(false);
      expect((globalThis as Record<string, unknown>).__pmlPwned).toBeUndefined();
    },
  );
});

describe('each bad file gets a diagnostic naming it, and the run goes on', () => {
  const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    aliasBomb.push(
      `${name}: &${name} [${Array(10)
        .fill(`*${String.fromCharCode(96 + level)}`)
        .join(', ')}]`,
    );
  }
  const invalidUtf8 = new Uint8Array([
    ...Buffer.from('# Title\n\nfine line\nbad \xff byte\n', 'latin1'),
  ]);

  const files: Record<string, string | Uint8Array> = {
    'postmortems/good.md': GOOD,
    'postmortems/bad-yaml.md': `---\ntitle: [unclosed\nseverity: SEV-2\n---\n# Title\n`,
    'postmortems/alias-bomb.md': `---\n${aliasBomb.join('\n')}\n---\n# Title\n`,
    'postmortems/empty.md': '',
    'postmortems/binary.md': new Uint8Array([0x23, 0x20, 0x41, 0x00, 0x01, 0x02, 0x0a]),
    'postmortems/invalid-utf8.md': invalidUtf8,
  };

  test('one run over all of them', async () => {
    const { code, byFile } = await lintTree(files);
    expect(code).toBe(1);
    expect([...byFile.keys()].sort()).toEqual([
      'alias-bomb.md',
      'bad-yaml.md',
      'binary.md',
      'empty.md',
      'good.md',
      'invalid-utf8.md',
    ]);
    expect(byFile.get('good.md')?.filter((message) => message.severity === 2)).toEqual([]);

    expect(only(byFile.get('bad-yaml.md'), 'invalid-frontmatter')[0]).toMatchObject({ line: 3 });
    expect(only(byFile.get('bad-yaml.md'), 'invalid-frontmatter')[0].message).toMatch(
      /not valid YAML/,
    );

    const bomb = only(byFile.get('alias-bomb.md'), 'invalid-frontmatter');
    expect(bomb).toHaveLength(1);
    expect(bomb[0].message).toMatch(/alias/i);

    expect(byFile.get('empty.md')?.length).toBeGreaterThan(0);
    expect(only(byFile.get('empty.md'), 'invalid-file')).toEqual([]);

    expect(byFile.get('binary.md')).toEqual([
      expect.objectContaining({
        ruleId: 'invalid-file',
        fatal: true,
        message: expect.stringMatching(/NUL/),
      }),
    ]);
    expect(byFile.get('invalid-utf8.md')).toEqual([
      expect.objectContaining({
        ruleId: 'invalid-file',
        fatal: true,
        line: 4,
        column: 5,
        message: expect.stringMatching(/UTF-8/),
      }),
    ]);
  });
});

describe('pathological sizes and shapes', () => {
  test('10,000 nested block quotes and 10,000 nested list levels do not stop the run', async () => {
    const quotes = `# Deep\n\n${'>'.repeat(10_000)} text\n`;
    const lists = `# Deep\n\n${'- '.repeat(10_000)}item\n`;
    const { byFile } = await lintTree({
      'postmortems/quotes.md': quotes,
      'postmortems/lists.md': lists,
      'postmortems/good.md': GOOD,
    });
    for (const name of ['quotes.md', 'lists.md']) {
      const messages = byFile.get(name) ?? [];
      expect(messages.length).toBeGreaterThan(0);
      // Either linted, or one clear fatal finding; never a crash of the run.
      for (const message of only(messages, 'invalid-file'))
        expect(message.message).toMatch(/could not be parsed|nested too deeply/);
    }
    expect(byFile.get('good.md')?.filter((message) => message.severity === 2)).toEqual([]);
  });

  test('a 3 MB single line is linted', async () => {
    const line = 'the queue grew without bound '.repeat(Math.ceil((3 * 1024 * 1024) / 29));
    const { byFile } = await lintTree({ 'postmortems/long.md': `# Long\n\n${line}\n` });
    expect(only(byFile.get('long.md'), 'invalid-file')).toEqual([]);
    expect(byFile.get('long.md')?.length).toBeGreaterThan(0);
  }, 120_000);

  // GFM's bare-URL autolinking is super-linear in paragraph size (minutes for this one); the parser
  // leaves it out, so this stays a few seconds.
  test('a 3 MB paragraph of short lines is linted', async () => {
    const lines = 'the queue grew without bound\n'.repeat(Math.ceil((3 * 1024 * 1024) / 29));
    const { byFile } = await lintTree({ 'postmortems/tall.md': `# Tall\n\n${lines}` });
    expect(only(byFile.get('tall.md'), 'invalid-file')).toEqual([]);
    expect(byFile.get('tall.md')?.length).toBeGreaterThan(0);
  }, 120_000);

  test('a file over maxFileSize is one fatal finding naming the limit; the others are linted', async () => {
    const { byFile } = await lintTree({
      '.postmortemrc.yml': 'maxFileSize: 20000\n',
      'postmortems/big.md': `# Big\n\n${'x'.repeat(30_000)}\n`,
      'postmortems/good.md': GOOD,
    });
    expect(byFile.get('big.md')).toEqual([
      expect.objectContaining({
        ruleId: 'invalid-file',
        fatal: true,
        message: expect.stringMatching(/over the 20000-byte limit/),
      }),
    ]);
    expect(byFile.get('good.md')?.filter((message) => message.severity === 2)).toEqual([]);
  });
});
