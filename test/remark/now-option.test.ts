import { describe, expect, test } from '@jest/globals';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkPostmortemLint from '../../src/remark/plugin.js';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';

/** The plugin's `now` reads as the CLI's `--now` does (one reading: readInstant in model/dates). */

const PATH = 'postmortems/a.md';

async function overdue(now: string | Date): Promise<number> {
  const text = referenceText();
  const root = tempTree({ [PATH]: text });
  const file = new VFile({ path: PATH, cwd: root, value: text });
  const processor = unified().use(remarkParse).use(remarkPostmortemLint, { now });
  await processor.run(processor.parse(file), file);
  return file.messages.filter((m) => m.ruleId === 'action-items').length;
}

const setUp = (now: string) => () =>
  unified().use(remarkParse).use(remarkPostmortemLint, { now }).freeze();

describe('remark plugin option "now"', () => {
  test('a date is noon UTC that day; a date-time with its zone is that instant; a Date as is', async () => {
    // AI-006 (deadline 2026-02-09) is overdue on the 10th, not on the 9th.
    const on9th = await overdue('2026-02-09');
    expect(await overdue('2026-02-10')).toBeGreaterThan(on9th);
    expect(await overdue('2026-02-09T23:59:00Z')).toBe(on9th);
    expect(await overdue('2026-02-10T01:00:00+02:00')).toBe(on9th);
    expect(await overdue('2026-02-10T00:30:00Z')).toBe(await overdue('2026-02-10'));
    expect(await overdue(new Date('2026-02-10T12:00:00Z'))).toBe(await overdue('2026-02-10'));
  });

  test.each(['tomorrow', '2026-02-30', '2026-02-06T14:00', 'Feb 6 2026', ''])(
    '%p is refused when the plugin is set up, with the option named',
    (now) => {
      expect(setUp(now)).toThrow(`postmortem-lint/remark: option "now" is not a date: ${now}`);
    },
  );
});
