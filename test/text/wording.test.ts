import { describe, expect, test } from '@jest/globals';
import { formatMinutes, plural } from '../../src/text/wording.js';

describe('wording', () => {
  test.each([
    [0, '0 min'],
    [45, '45 min'],
    [59.6, '1 h'],
    [60, '1 h'],
    [125, '2 h 5 min'],
    [1440, '1 day'],
    [3010, '2 days 2 h'],
  ])('%d minutes read "%s"', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  test('plural', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(2, 'error')).toBe('2 errors');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});
