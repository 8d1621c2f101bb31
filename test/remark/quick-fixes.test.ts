import { describe, expect, test } from '@jest/globals';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import remarkPostmortemLint from '../../src/remark/plugin.js';
import { fixBytes } from '../../src/fix/fix-files.js';
import { BUILTIN_TEMPLATE } from '../../src/scaffold/builtin-template.js';
import { config as defaultConfig, tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';

/**
 * Quick fixes: a message that a fix resolves carries the replacement of its own range as
 * `expected` (unified-language-server's code actions); a `--fix` fix without a finding is an info
 * message at the text it changes.
 */

const NOW = '2026-02-06';
const PATH = 'postmortems/a.md';

async function messagesOf(text: string, files: Record<string, string> = {}) {
  const root = tempTree({ [PATH]: text, ...files });
  const file = new VFile({ path: PATH, cwd: root, value: text });
  const processor = unified().use(remarkParse).use(remarkPostmortemLint, { now: NOW });
  await processor.run(processor.parse(file), file);
  return file.messages;
}

/** Offset of a vfile point in a text (LF or CRLF: columns do not count the CR). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function range(text: string, message: VFileMessage): [number, number] {
  const place = message.place;
  if (!place || !('start' in place)) throw new Error(`no range: ${message.reason}`);
  return [
    offsetOf(text, place.start.line, place.start.column),
    offsetOf(text, place.end.line, place.end.column),
  ];
}

/** The text at a message's range (what unified-language-server replaces). */
const actual = (text: string, message: VFileMessage): string => text.slice(...range(text, message));

/** Applies one message's first `expected`, as the editor's code action does. */
function applyExpected(text: string, message: VFileMessage): string {
  const [start, end] = range(text, message);
  return text.slice(0, start) + (message.expected?.[0] ?? '') + text.slice(end);
}

/** Applies every message's fix, back to front (they do not overlap in these texts). */
function applyAll(text: string, messages: readonly VFileMessage[]): string {
  const fixable = messages
    .filter((m) => m.expected)
    .sort((a, b) => range(text, b)[0] - range(text, a)[0]);
  return fixable.reduce(applyExpected, text);
}

const shown = (messages: readonly VFileMessage[]) =>
  messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${String(m.fatal)}`);

describe('quick fixes of the remark plugin', () => {
  test('blameless-language: a counterfactual gets its direct rewording, a judgement only a note', async () => {
    const text = referenceText()
      .replace(
        'Fast Detection',
        'Fast Detection, although the on-call Should have known the limit and was careless',
      )
      .replace('\n## Impact', '\nThe release manager failed to notice the lag.\n\n## Impact');
    const messages = (await messagesOf(text)).filter((m) => m.ruleId === 'blameless-language');
    expect(messages.map((m) => [actual(text, m), m.expected, m.fatal])).toEqual([
      ['failed to notice', ['did not notice'], true],
      ['Should have known', ['Did not know'], true],
      ['careless', undefined, true],
    ]);
    expect(messages.every((m) => typeof m.note === 'string')).toBe(true);
    // Applied, the counterfactuals are gone; the judgement needs a person.
    const fixed = (await messagesOf(applyAll(text, messages))).filter(
      (m) => m.ruleId === 'blameless-language',
    );
    expect(fixed.map((m) => m.reason)).toEqual([expect.stringContaining('"careless"')]);
  });

  test("a date --fix rewrites is the finding's fix: the range stays the finding's", async () => {
    const text = referenceText().replace('**Date:** 2026-02-05', '**Date:** Feb 5, 2026');
    const [date] = (await messagesOf(text)).filter((m) => m.ruleId === 'required-metadata');
    expect([date.fatal, actual(text, date), date.expected, date.actual]).toEqual([
      true,
      'Feb 5, 2026',
      ['2026-02-05'],
      'Feb 5, 2026',
    ]);
    expect(await messagesOf(applyExpected(text, date))).toEqual([]);
  });

  test('spellings the linter accepts and --fix rewrites (sev1, completed) are info messages with the fix', async () => {
    const text = referenceText()
      .replace('**Severity:** SEV-1 (Critical)', '**Severity:** sev1 (Critical)')
      .replace('**Status:** Completed', '**Status:** completed');
    const messages = await messagesOf(text);
    expect(
      messages.map((m) => [m.ruleId, m.line, m.fatal, actual(text, m), m.expected, m.reason]),
    ).toEqual([
      [
        'required-metadata',
        5,
        undefined,
        'sev1',
        ['SEV-1'],
        '"sev1" is written "SEV-1": the quick fix rewrites it, as --fix does.',
      ],
      [
        'required-metadata',
        7,
        undefined,
        'completed',
        ['Completed'],
        '"completed" is written "Completed": the quick fix rewrites it, as --fix does.',
      ],
    ]);
    expect(await messagesOf(applyAll(text, messages))).toEqual([]);
  });

  test('a missing section: the finding stays at the title, the insertion is an info message where it goes', async () => {
    const start = referenceText().indexOf('## Contributing Factors');
    const end = referenceText().indexOf('## What Went Well');
    const text = referenceText().slice(0, start) + referenceText().slice(end);
    const messages = await messagesOf(text);
    const sections = messages.filter((m) => m.ruleId === 'required-sections');
    expect(shown(sections)).toEqual([
      'required-sections 1:1 true',
      `required-sections ${text.slice(0, start).split('\n').length}:1 undefined`,
    ]);
    const [missing, insertion] = sections;
    expect(missing.expected).toBeUndefined();
    expect(insertion.reason).toBe(
      'The missing section "Contributing Factors" goes here: the quick fix inserts it from the template, as --fix does.',
    );
    // The same text as --fix writes (from the built-in template: no TEMPLATE.md beside the file).
    const fixed = applyExpected(text, insertion);
    const viaFix = fixBytes(
      PATH,
      new TextEncoder().encode(text),
      defaultConfig(),
      BUILTIN_TEMPLATE,
    );
    expect(fixed).toBe(new TextDecoder().decode(viaFix.bytes));
    const after = await messagesOf(fixed);
    expect(after.some((m) => m.ruleId === 'required-sections')).toBe(false);
    expect(after.some((m) => m.ruleId === 'no-placeholders')).toBe(true);
  });

  test('sections with sub-headings are named by their own heading; several places, several messages', async () => {
    const cut = (text: string, from: string, to: string): string =>
      text.slice(0, text.indexOf(from)) + text.slice(text.indexOf(to));
    const text = cut(
      cut(referenceText(), '## Root Cause Analysis', '## Contributing Factors'),
      '## Lessons Learned',
      '## Pattern Analysis',
    );
    const messages = await messagesOf(text);
    const insertions = messages.filter(
      (m) => m.ruleId === 'required-sections' && m.fatal === undefined,
    );
    expect(insertions.map((m) => m.reason)).toEqual([
      'The missing section "Root Cause Analysis (5-Whys)" goes here: the quick fix inserts it from the template, as --fix does.',
      'The missing section "Lessons Learned" goes here: the quick fix inserts it from the template, as --fix does.',
    ]);
    const viaFix = fixBytes(
      PATH,
      new TextEncoder().encode(text),
      defaultConfig(),
      BUILTIN_TEMPLATE,
    );
    expect(applyAll(text, insertions)).toBe(new TextDecoder().decode(viaFix.bytes));
  });

  test('inline controls that silence a rule also silence its fix-only messages', async () => {
    const text = referenceText().replace(
      '**Severity:** SEV-1 (Critical)',
      '<!-- postmortem-lint-disable-next-line required-metadata -->\n**Severity:** sev1 (Critical)',
    );
    expect(await messagesOf(text)).toEqual([]);
  });

  test('a CRLF file gets CRLF in a fix spanning lines', async () => {
    const start = referenceText().indexOf('## Contributing Factors');
    const end = referenceText().indexOf('## What Went Well');
    const text = (referenceText().slice(0, start) + referenceText().slice(end)).replace(
      /\n/g,
      '\r\n',
    );
    const insertion = (await messagesOf(text)).find(
      (m) => m.ruleId === 'required-sections' && m.fatal === undefined,
    );
    expect(insertion?.expected?.[0]).toContain('## Contributing Factors\r\n');
    expect(insertion?.expected?.[0]).not.toMatch(/[^\r]\n/);
  });
});
