import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, type LintError, type Rule } from 'markdownlint';
import { lint } from 'markdownlint/promise';
import rules, { postmortemLintRules } from '../../src/markdownlint/rule.js';
import { fixBytes } from '../../src/fix/fix-files.js';
import { RULES } from '../../src/rules/index.js';
import { BUILTIN_TEMPLATE } from '../../src/scaffold/builtin-template.js';
import { config as defaultConfig, lintOne, tempTree } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';

/** The custom rules in process, through markdownlint's own API (as markdownlint-cli2 calls it). */

const NOW = '2026-02-06';
const PATH = 'postmortems/a.md';
// The module's types are markdownlint's: the rules go where markdownlint takes rules.
const typed: Rule[] = postmortemLintRules({ now: NOW });

async function violations(
  files: Record<string, string>,
  custom: Rule[] = typed,
): Promise<Record<string, LintError[]>> {
  // A repository: without a .postmortemrc.*, the default globs are relative to its root.
  const root = tempTree({ 'package.json': '{}\n', ...files });
  const paths = Object.keys(files).filter((path) => path.endsWith('.md'));
  const results = await lint({
    files: paths.map((path) => join(root, path)),
    customRules: custom,
    // postmortem-lint's rules only: markdownlint's own are the template test's business.
    config: { default: false, 'postmortem-lint': true },
  });
  // markdownlint lists a file's violations rule by rule: by line, as the CLI does, here.
  const byLine = (errors: LintError[]): LintError[] =>
    [...errors].sort(
      (a, b) => a.lineNumber - b.lineNumber || (a.errorRange?.[0] ?? 0) - (b.errorRange?.[0] ?? 0),
    );
  return Object.fromEntries(paths.map((path) => [path, byLine(results[join(root, path)] ?? [])]));
}

const shown = (errors: readonly LintError[]): string[] =>
  errors.map(
    (e) => `${e.ruleNames[0]} ${e.lineNumber}${e.errorRange ? `:${e.errorRange[0]}` : ''}`,
  );

describe('postmortem-lint/markdownlint in process', () => {
  test('one rule per per-file rule and per non-rule finding, each with its page and the tag', () => {
    expect(rules.map((rule) => rule.names)).toEqual([
      ...RULES.filter((rule) => rule.scope === 'file').map((rule) => [
        `postmortem-lint/${rule.meta.id}`,
      ]),
      ['postmortem-lint/invalid-file'],
      ['postmortem-lint/invalid-frontmatter'],
      ['postmortem-lint/unknown-rule'],
      ['postmortem-lint/rule-error'],
      ['postmortem-lint/invalid-config'],
    ]);
    const blameless = rules.find((rule) => rule.names[0] === 'postmortem-lint/blameless-language');
    expect(blameless?.information?.href).toMatch(/docs\/rules\/blameless-language\.md$/);
    expect(rules.every((rule) => rule.tags.includes('postmortem-lint'))).toBe(true);
    expect(() => postmortemLintRules({ now: 'tomorrow' })).toThrow(
      'postmortem-lint/markdownlint: option "now" is not a date: tomorrow',
    );
  });

  test("header-line metadata: the CLI's findings at the CLI's lines and columns", async () => {
    const text = referenceText()
      .replace('Fast Detection', 'Fast Detection despite human error')
      .replace('**Date:** 2026-02-05', '**Date:** 5 February 2026');
    const found = (await violations({ [PATH]: text }))[PATH];
    const cli = lintOne(text, { now: new Date(`${NOW}T12:00:00Z`) });
    expect(shown(found)).toEqual(
      cli.map((d) => `postmortem-lint/${d.ruleId} ${d.line}:${d.column}`),
    );
    expect(found.map((e) => e.errorDetail)).toEqual(
      cli.map((d) => (d.suggestion ? `${d.message} Suggestion: ${d.suggestion}` : d.message)),
    );
  });

  test('frontmatter findings go on the first line after the front matter, naming their own line', async () => {
    const text = referenceAsFrontmatter().replace(/^date: .*$/m, 'date: 5 February 2026');
    const found = (await violations({ [PATH]: text }))[PATH];
    const fence = text.split('\n').indexOf('---', 1) + 1;
    const dateLine = text.split('\n').findIndex((line) => line.startsWith('date:')) + 1;
    expect(found.map((e) => [e.ruleNames[0], e.lineNumber, e.errorDetail?.slice(-20)])).toEqual([
      ['postmortem-lint/required-metadata', fence + 1, `(frontmatter line ${dateLine})`],
    ]);
  });

  test("postmortem-lint's inline controls work although markdownlint hides comment text from rules", async () => {
    const lines = referenceText()
      .replace('Fast Detection', 'Fast Detection despite human error')
      .split('\n');
    const at = lines.findIndex((line) => line.includes('human error'));
    // A control over two lines (markdownlint hides both), before the blaming line.
    lines.splice(at, 0, '<!-- postmortem-lint-disable', '     blameless-language -->', '');
    // In a code block, a comment is code, not a control: its unknown id is nobody's business.
    lines.push('```html', '<!-- postmortem-lint-disable no-such-code -->', '```', '');
    lines.splice(2, 0, '<!-- postmortem-lint-disable no-such-rule -->', '');
    const found = (await violations({ [PATH]: lines.join('\n') }))[PATH];
    expect(shown(found)).toEqual(['postmortem-lint/unknown-rule 3']);
    expect(found[0].errorDetail).toBe(
      'Unknown rule "no-such-rule" in a postmortem-lint-disable comment: the comment does nothing for it.',
    );
  });

  test("fixes: --fix's mechanical fixes as fixInfo (markdownlint-cli2 --fix writes what --fix writes), no rewording", async () => {
    const start = referenceText().indexOf('## Contributing Factors');
    const end = referenceText().indexOf('## What Went Well');
    const text = (referenceText().slice(0, start) + referenceText().slice(end))
      .replace('**Date:** 2026-02-05', '**Date:** Feb 5, 2026')
      .replace('Fast Detection', 'Fast Detection, though the on-call should have known the limit');
    const found = (await violations({ [PATH]: text }))[PATH];
    expect(found.map((e) => [e.ruleNames[0], e.fixInfo !== null])).toEqual([
      ['postmortem-lint/required-sections', true],
      ['postmortem-lint/required-metadata', true],
      ['postmortem-lint/blameless-language', false],
    ]);
    const viaFix = fixBytes(
      PATH,
      new TextEncoder().encode(text),
      defaultConfig(),
      BUILTIN_TEMPLATE,
    );
    expect(applyFixes(text, found)).toBe(new TextDecoder().decode(viaFix.bytes));
  });

  test('only the files the configuration selects; an invalid configuration is one finding', async () => {
    const blaming = referenceText().replace('Fast Detection', 'Fast Detection despite human error');
    const selected = await violations({ 'postmortems/README.md': blaming, 'notes/a.md': blaming });
    expect(selected).toEqual({ 'postmortems/README.md': [], 'notes/a.md': [] });
    const invalid = await violations({ '.postmortemrc.yml': 'rules: 3\n', [PATH]: blaming });
    expect(shown(invalid[PATH])).toEqual(['postmortem-lint/invalid-config 1']);
    expect(invalid[PATH][0].errorDetail).toContain('rules');
  });

  test("the factory takes the remark plugin's options (now)", async () => {
    const text = readFileSync(join('test', 'fixtures', 'reference-postmortem.md'), 'utf8');
    const onTheDay = await violations({ [PATH]: text }, postmortemLintRules({ now: NOW }));
    const muchLater = await violations(
      { [PATH]: text },
      postmortemLintRules({ now: '2027-02-06' }),
    );
    expect(onTheDay[PATH]).toEqual([]);
    expect(muchLater[PATH].some((e) => e.ruleNames[0] === 'postmortem-lint/action-items')).toBe(
      true,
    );
  });
});
