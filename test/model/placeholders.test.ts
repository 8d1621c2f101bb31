import { findPlaceholders, isPlaceholderValue } from '../../src/model/placeholders.js';
import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

const texts = (text: string): string[] => findPlaceholders(text).map((match) => match.text);

describe('template placeholders', () => {
  test('what a template leaves', () => {
    expect(texts('[Incident Title] on YYYY-MM-DD at HH:mm, id INC-YYYY-MMDD-NNN')).toEqual([
      '[Incident Title]',
      'YYYY-MM-DD',
      'HH:mm',
      'INC-YYYY-MMDD-NNN',
    ]);
    expect(texts('[e.g. SEV-2], [Duration, e.g. 90 min], [Because ...], [@owner-handle]')).toEqual([
      '[e.g. SEV-2]',
      '[Duration, e.g. 90 min]',
      '[Because ...]',
      '[@owner-handle]',
    ]);
    expect(texts('Why did [Symptom] happen? See [describe the impact] in <Month>.')).toEqual([
      '[Symptom]',
      '[describe the impact]',
      '<Month>',
    ]);
  });

  test('tags, names and partial dates are content', () => {
    expect(
      texts(
        '[Public] Owner [Jerry], with [Ana Lima]; [Redacted]; [... omitted ...]; [+2 hrs]; 2023-MM-DD; DNS/SSH; <END OF OUTAGE>',
      ),
    ).toEqual([]);
    expect(texts('[Postmortem] Search outage')).toEqual([]);
    expect(texts('[Postmortem]')).toEqual([]);
  });

  test('isPlaceholderValue: a value that is only placeholders', () => {
    expect(isPlaceholderValue('[Incident Title]')).toBe(true);
    expect(isPlaceholderValue('YYYY-MM-DD HH:MM')).toBe(true);
    expect(isPlaceholderValue(' TBD ')).toBe(true);
    expect(isPlaceholderValue('<service name>')).toBe(true);
    expect(isPlaceholderValue('Checkout outage (TBD)')).toBe(false);
    expect(isPlaceholderValue('2026-03-11')).toBe(false);
    expect(isPlaceholderValue('')).toBe(false);
    expect(isPlaceholderValue('[Public] Search outage')).toBe(false);
  });

  test('the model keeps masks in inline code and angle labels read as HTML', () => {
    const model = buildPostmortem(
      'p.md',
      '# X\n\nOn `YYYY-MM-DD`, in <Month>, not `date +%F` or <br> or <!-- <Month> -->.\n\n> `HH:MM` quoted\n',
      DEFAULT_PARSE_OPTIONS,
    );
    expect(model.placeholderLiterals.map((literal) => literal.text)).toEqual([
      'YYYY-MM-DD',
      '<Month>',
    ]);
  });

  test('finding is linear in the input', () => {
    const text = (size: number): string =>
      `${'[A'.repeat(size)} ${'YY-'.repeat(size)} ${'<a '.repeat(size)}`;
    expect(growthRatio(text, findPlaceholders, 20_000, { samples: 7 })).toBeLessThan(LINEAR_GROWTH);
  });
});
