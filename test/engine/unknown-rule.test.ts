import { describe, expect, test } from '@jest/globals';
import { UNKNOWN_RULE } from '../../src/engine/pipeline.js';
import { config, lintOne } from '../support/lint.js';
import { referenceText } from '../support/reference.js';

/**
 * An inline control naming a rule id that does not exist is an `unknown-rule` error at the
 * comment's line: a typo in `disable` silences nothing, one in `enable` would leave the rule off
 * for the rest of the file without anyone noticing.
 */

const NOW = new Date('2026-02-06T12:00:00Z');

/** The reference postmortem (no findings) with a comment inserted before its second section. */
function withComment(comment: string): { text: string; line: number } {
  const text = referenceText().replace('\n## Impact', `\n${comment}\n\n## Impact`);
  return { text, line: text.split('\n').indexOf(comment) + 1 };
}

const shown = (text: string) =>
  lintOne(text, { now: NOW }).map((d) =>
    `${d.ruleId} ${d.severity} ${d.line}:${d.column} ${d.message} ${d.suggestion ?? ''}`.trim(),
  );

describe('unknown rule ids in inline controls', () => {
  test.each(['disable', 'enable', 'disable-next-line'])(
    'postmortem-lint-%s with a typo: one error at its line, with the id it resembles',
    (kind) => {
      const { text, line } = withComment(`<!-- postmortem-lint-${kind} blameless-langauge -->`);
      expect(shown(text)).toEqual([
        `${UNKNOWN_RULE} error ${line}:1 Unknown rule "blameless-langauge" in a postmortem-lint-${kind} comment: the comment does nothing for it. Did you mean "blameless-language"?`,
      ]);
    },
  );

  test('each unknown id once per comment; known ids, rules switched off and finding ids are fine', () => {
    const { text, line } = withComment(
      '<!-- postmortem-lint-disable no-such-rule, blameless-language no-such-rule invalid-frontmatter rule-error pattern-analysis -->',
    );
    expect(shown(text)).toEqual([
      `${UNKNOWN_RULE} error ${line}:1 Unknown rule "no-such-rule" in a postmortem-lint-disable comment: the comment does nothing for it.`,
    ]);
    const off = config({ rules: { 'blameless-language': 'off' } });
    const named = withComment('<!-- postmortem-lint-disable blameless-language -->').text;
    expect(lintOne(named, { config: off, now: NOW })).toEqual([]);
  });

  test('a comment without ids applies to every rule, so it names none that could be unknown', () => {
    expect(shown(withComment('<!-- postmortem-lint-disable -->').text)).toEqual([]);
  });

  test('the finding can itself be silenced, as any finding', () => {
    const { text } = withComment(
      '<!-- postmortem-lint-disable-next-line unknown-rule -->\n<!-- postmortem-lint-disable no-such-rule -->',
    );
    expect(shown(text)).toEqual([]);
  });
});
