import { describe, expect, test } from '@jest/globals';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { RULE_ERROR } from '../../src/engine/pipeline.js';
import remarkPostmortemLint, { type RemarkPostmortemLintOptions } from '../../src/remark/plugin.js';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { registryWithThrowing } from '../support/throwing-rule.js';

/**
 * A rule that throws must never crash remark (remark-cli, the editor): the file gets one fatal
 * `rule-error` message naming the rule, and every other rule's messages are still there.
 */

/** Blaming language (an error) and, on 2026-03-01, overdue action items (warnings). */
const BLAMING = referenceText().replace('Fast Detection', 'Fast Detection despite human error');
const PATH = 'postmortems/a.md';

async function messagesOf(root: string, options: RemarkPostmortemLintOptions) {
  const file = new VFile({ path: PATH, cwd: root, value: BLAMING });
  const processor = unified().use(remarkParse).use(remarkPostmortemLint, options);
  await processor.run(processor.parse(file), file);
  return file.messages;
}

const shown = (messages: Awaited<ReturnType<typeof messagesOf>>): string[] =>
  messages.map(
    (m) => `${m.ruleId} ${m.line}:${m.column} ${m.fatal ? 'fatal' : 'warning'} ${m.reason}`,
  );

describe('a rule that throws (remark plugin)', () => {
  test('one fatal rule-error message naming the rule; the other messages kept', async () => {
    const root = tempTree({ [PATH]: BLAMING });
    const normal = await messagesOf(root, { now: '2026-03-01' });
    expect(normal.some((m) => m.ruleId === 'blameless-language')).toBe(true);
    expect(normal.some((m) => m.ruleId === 'action-items')).toBe(true);

    const broken = await messagesOf(root, {
      now: '2026-03-01',
      rules: registryWithThrowing('blameless-language'),
    });
    const errors = broken.filter((m) => m.ruleId === RULE_ERROR);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ fatal: true, source: 'postmortem-lint' });
    expect(errors[0].reason).toContain('Rule blameless-language failed on this file');
    expect(errors[0].reason).toContain('boom in blameless-language');
    // rule-error is not a rule: no documentation page to link.
    expect(errors[0].url).toBeUndefined();
    expect(shown(broken.filter((m) => m.ruleId !== RULE_ERROR))).toEqual(
      shown(normal.filter((m) => m.ruleId !== 'blameless-language')),
    );
  });

  test('the rule-error is fatal (remark-cli exits 1) where the rest are warnings', async () => {
    const text = referenceText();
    const root = tempTree({ [PATH]: text });
    const run = async (options: RemarkPostmortemLintOptions) => {
      const file = new VFile({ path: PATH, cwd: root, value: text });
      const processor = unified().use(remarkParse).use(remarkPostmortemLint, options);
      await processor.run(processor.parse(file), file);
      return file.messages;
    };
    const normal = await run({ now: '2026-03-01' });
    expect(normal.length).toBeGreaterThan(0);
    expect(normal.some((m) => m.fatal)).toBe(false);
    const broken = await run({ now: '2026-03-01', rules: registryWithThrowing('five-whys') });
    expect(broken.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual([RULE_ERROR]);
  });
});
