import { describe, expect, test } from '@jest/globals';
import {
  DEFAULT_FOLLOW_UP_OPTIONS,
  followUpDeadline,
  followUpWindowDays,
} from '../../src/practice/follow-up.js';

describe('the follow-up window', () => {
  test('three calendar days by default', () => {
    expect(followUpWindowDays(DEFAULT_FOLLOW_UP_OPTIONS, 1)).toBe(3);
    expect(followUpDeadline('2026-02-05', 1, DEFAULT_FOLLOW_UP_OPTIONS)).toBe('2026-02-08');
  });

  test('a severity window wins over the default; an unknown severity takes the default', () => {
    const options = { defaultWindowDays: 3, windows: { '2': 5 }, businessDays: false };
    expect(followUpWindowDays(options, 2)).toBe(5);
    expect(followUpWindowDays(options, null)).toBe(3);
    expect(followUpDeadline('2026-02-05', 2, options)).toBe('2026-02-10');
  });

  test('business days skip the weekend', () => {
    const options = { ...DEFAULT_FOLLOW_UP_OPTIONS, businessDays: true };
    // Thursday + 3 business days: Friday, Monday, Tuesday.
    expect(followUpDeadline('2026-02-05', 1, options)).toBe('2026-02-10');
  });
});
