import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { tempTree, lintOne } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import remarkPostmortemLint from '../../src/remark/plugin.js';
import { ruleDocsUrl } from '../../src/rules/docs-url.js';

const NOW = '2026-02-06';
const BLAMING = referenceText().replace('Fast Detection', 'Fast Detection despite human error');

async function messagesOf(
  file: VFile,
  options: Parameters<typeof remarkPostmortemLint>[0] = { now: NOW },
) {
  const processor = unified().use(remarkParse).use(remarkPostmortemLint, options);
  await processor.run(processor.parse(file), file);
  return file.messages;
}

describe('remark plugin (in process)', () => {
  test('vfile messages carry place, ruleId, source, url, fatal and the suggestion as note', async () => {
    const root = tempTree({ 'postmortems/a.md': BLAMING });
    const messages = await messagesOf(
      new VFile({ path: 'postmortems/a.md', cwd: root, value: BLAMING }),
    );
    const expected = lintOne(BLAMING, { now: new Date(`${NOW}T12:00:00Z`) });
    expect(
      messages.map(
        (m) =>
          `${m.ruleId} ${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : ''}`,
      ),
    ).toEqual(expected.map((d) => `${d.ruleId} ${d.line}:${d.column}`));
    const blame = messages.find((m) => m.ruleId === 'blameless-language');
    expect(blame).toMatchObject({
      source: 'postmortem-lint',
      fatal: true,
      url: ruleDocsUrl('blameless-language'),
    });
    expect(blame?.note).toEqual(
      expected.find((d) => d.ruleId === 'blameless-language')?.suggestion,
    );
  });

  test('warnings are not fatal', async () => {
    const overdue = referenceText();
    const root = tempTree({ 'postmortems/a.md': overdue });
    const messages = await messagesOf(
      new VFile({ path: 'postmortems/a.md', cwd: root, value: overdue }),
      { now: '2026-03-01' },
    );
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.fatal === false)).toBe(true);
  });

  test("only the configuration's postmortems are linted (README.md, TEMPLATE.md and files outside are not)", async () => {
    const root = tempTree({ '.postmortemrc.yml': 'files: ["incidents/**/*.md"]\n' });
    const lint = (path: string) => messagesOf(new VFile({ path, cwd: root, value: BLAMING }));
    expect((await lint('incidents/2026/a.md')).length).toBeGreaterThan(0);
    expect(await lint('incidents/README.md')).toEqual([]);
    expect(await lint('incidents/TEMPLATE.md')).toEqual([]);
    expect(await lint('docs/a.md')).toEqual([]);
  });

  test('a text without a path (stdin) is linted; the config option names the config file', async () => {
    const root = tempTree({ 'custom.yml': 'rules:\n  blameless-language: off\n' });
    const file = (): VFile => new VFile({ cwd: root, value: BLAMING });
    expect((await messagesOf(file())).some((m) => m.ruleId === 'blameless-language')).toBe(true);
    const configured = await messagesOf(file(), { now: NOW, config: join(root, 'custom.yml') });
    expect(configured.some((m) => m.ruleId === 'blameless-language')).toBe(false);
  });

  test('a parse problem is reported without a rule page link', async () => {
    const text = '---\ntitle: [unclosed\n---\n# T\n';
    const root = tempTree({});
    const messages = await messagesOf(
      new VFile({ path: 'postmortems/a.md', cwd: root, value: text }),
    );
    const problem = messages.find((m) => m.ruleId === 'invalid-frontmatter');
    expect(problem).toMatchObject({ fatal: true, line: 2 });
    expect(problem?.url).toBeUndefined();
  });

  test('an invalid configuration is one fatal message, not a crash', async () => {
    const root = tempTree({ '.postmortemrc.yml': 'rules:\n  no-such-rule: error\n' });
    const messages = await messagesOf(
      new VFile({ path: 'postmortems/a.md', cwd: root, value: BLAMING }),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'invalid-config', fatal: true });
    expect(messages[0].reason).toContain('no-such-rule');
  });

  test('a bad "now" option is reported when the plugin is set up', () => {
    expect(() =>
      unified().use(remarkParse).use(remarkPostmortemLint, { now: 'tomorrow' }).freeze(),
    ).toThrow(/option "now"/);
  });
});
