import {
  findDurations,
  findProseDuration,
  isDurationNote,
  parseDurationMinutes,
} from '../../src/model/durations.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

describe('durations', () => {
  test('the forms a Duration field is written in', () => {
    const read = (text: string) => parseDurationMinutes(text);
    expect(read('2 hours 15 minutes')).toBe(135);
    expect(read('2h 15m')).toBe(135);
    expect(read('1h30m')).toBe(90);
    expect(read('1h 30m')).toBe(90);
    expect(read('90 min')).toBe(90);
    expect(read('90min')).toBe(90);
    expect(read('1.5 hours')).toBe(90);
    expect(read('1 day 3 hours')).toBe(1620);
    expect(read('45s')).toBe(0.75);
    expect(read('approximately nine hours')).toBe(540);
    expect(read('twenty-five minutes')).toBe(25);
    expect(read('about an hour')).toBe(60);
    expect(read('half an hour')).toBe(30);
    expect(read('an hour and a half')).toBe(90);
    expect(read('2 hours and 5 minutes (14:00 to 16:05)')).toBe(125);
  });

  test('text without a duration reads as none', () => {
    for (const text of ['a good while', 'TBD', '14:00 to 16:15', '', 'nine']) {
      expect(parseDurationMinutes(text)).toBeNull();
    }
  });

  test('a duration stated in a sentence, hedged or not', () => {
    expect(findProseDuration('In total the outage lasted about 2 hours.')).toEqual({
      minutes: 120,
      index: 33,
      end: 40,
      approximate: true,
    });
    expect(findProseDuration('Checkout was down for a total of 95 minutes.')).toMatchObject({
      minutes: 95,
      approximate: false,
    });
    // A duration that is not the incident's: no phrase introduces it.
    expect(findProseDuration('We waited 10 minutes for the cache to warm.')).toBeNull();
  });

  test('reading is linear in the input (digits with no unit after them)', () => {
    const text = (size: number): string => `${'9'.repeat(size)}x ${'1 '.repeat(size)}`;
    expect(growthRatio(text, parseDurationMinutes, 20_000, { repeat: 3 })).toBeLessThan(
      LINEAR_GROWTH,
    );
  });
});

describe('isDurationNote', () => {
  test('a line that only tells how long something lasted', () => {
    for (const text of [
      'Outage of 7 hours 27 minutes',
      'Outage of ~ 10 minutes',
      '**Total downtime:** 2h 5m',
      '~45 min',
    ])
      expect(isDurationNote(text)).toBe(true);
  });

  test('an event that mentions a duration is no note', () => {
    for (const text of [
      'Rollback took 10 minutes',
      'Outage of the API',
      '10 minutes later the queue drained',
      'Outage of 2 hours; paging starts',
    ])
      expect(isDurationNote(text)).toBe(false);
  });
});

describe('findDurations', () => {
  test('every duration a text writes, in order', () => {
    expect(
      findDurations('Dark for 8 hours, degraded for 2 days 8 h, about 68 hours in all.').map(
        (found) => found.minutes,
      ),
    ).toEqual([480, 3360, 4080]);
  });

  test('linear in the number of durations', () => {
    const text = (n: number): string => '1 hour then '.repeat(n);
    expect(growthRatio(text, findDurations, 20_000)).toBeLessThan(LINEAR_GROWTH);
  });
});
