import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig as prettierConfig } from 'prettier';
import { RULE_HELP } from '../../src/reporters/rule-help.js';
import { RULES } from '../../src/rules/index.js';

const DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const MODULE_FILE = fileURLToPath(new URL('../../src/reporters/rule-help.ts', import.meta.url));

/**
 * A page's hand-written explanation: from the first `## ` heading (the generated header ends
 * there) down to `## Failing example`, without the test directives (`<!-- now: … -->`,
 * `<!-- options: … -->`) that stand on lines of their own outside code fences.
 */
function helpSections(page: string): string[] {
  const lines = page.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => line.startsWith('## '));
  const end = lines.findIndex((line) => /^## Failing example\s*$/.test(line));
  if (start === -1 || end === -1 || end < start) {
    throw new Error('expected "## Why" … "## Failing example" sections');
  }
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of lines.slice(start, end)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) fence = marker;
    else if (fence !== null && marker?.startsWith(fence)) fence = null;
    if (fence === null && /^\s*<!--.*-->\s*$/.test(line)) continue;
    kept.push(line.replace(/\s+$/, ''));
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.filter((line, index) => !(line === '' && kept[index - 1] === ''));
}

/** The module as committed: one entry per rule page, in the registry's order, Prettier-formatted. */
async function generatedModule(): Promise<string> {
  const entries = RULES.map((rule) => {
    const page = readFileSync(`${DOCS_DIR}${rule.meta.id}.md`, 'utf8');
    return `  ${JSON.stringify(rule.meta.id)}: ${JSON.stringify(helpSections(page))},`;
  });
  const source = [
    '// Generated from docs/rules/<id>.md by "npm run rule-help" (test/reporters/rule-help.test.ts).',
    '// Do not edit: change the rule page and regenerate.',
    '',
    '/**',
    " * Each rule page's hand-written sections (Why, What is checked, Options: everything between the",
    ' * generated header and the examples), as Markdown lines. Links are relative to docs/rules/. The',
    ' * SARIF reporter turns them into `help.markdown` / `help.text`, so the bundle needs no docs/.',
    ' */',
    'export const RULE_HELP: Readonly<Record<string, readonly string[]>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
  const options = (await prettierConfig(MODULE_FILE)) ?? {};
  return format(source, { ...options, parser: 'typescript' });
}

// `npm run rule-help` runs this file with UPDATE_RULE_HELP=1 to rewrite the generated module.
const updating = process.env.UPDATE_RULE_HELP === '1';

describe('src/reporters/rule-help.ts', () => {
  test('is generated from docs/rules/*.md (regenerate with: npm run rule-help)', async () => {
    const generated = await generatedModule();
    if (updating) writeFileSync(MODULE_FILE, generated);
    const committed = readFileSync(MODULE_FILE, 'utf8');
    if (committed !== generated) {
      throw new Error(
        'src/reporters/rule-help.ts is out of date with docs/rules/*.md (the sections between the header and "## Failing example"). Run "npm run rule-help" and commit the result.',
      );
    }
  });

  test('has the explanation of every rule, each starting with "## Why", and nothing else', () => {
    const pages = readdirSync(DOCS_DIR).filter((name) => name.endsWith('.md'));
    expect(Object.keys(RULE_HELP).sort()).toEqual(
      pages.map((name) => name.slice(0, -'.md'.length)).sort(),
    );
    for (const rule of RULES) {
      const lines = RULE_HELP[rule.meta.id];
      expect(lines[0]).toBe('## Why');
      expect(lines.join('\n')).not.toMatch(/<!--\s*(now|options|expect):/);
      expect(lines.join('\n')).not.toContain('## Failing example');
    }
  });
});

describe('helpSections', () => {
  const page = [
    '# made-up',
    '',
    'Generated header.',
    '',
    '## Why',
    '',
    'Because.   ',
    '',
    '',
    '```markdown',
    '<!-- kept: inside a fence -->',
    '```',
    '',
    '<!-- options: {"a": 1} -->',
    '',
    '## Failing example',
    '',
    '```markdown',
    '# x',
    '```',
  ].join('\r\n');

  test('keeps the sections between header and examples, drops directives and blank runs', () => {
    expect(helpSections(page)).toEqual([
      '## Why',
      '',
      'Because.',
      '',
      '```markdown',
      '<!-- kept: inside a fence -->',
      '```',
    ]);
  });

  test('a page without the expected sections is an error', () => {
    expect(() => helpSections('# x\n\nNo sections.\n')).toThrow('expected "## Why"');
  });
});
