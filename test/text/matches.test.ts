import { allMatches } from '../../src/text/matches.js';

describe('allMatches', () => {
  const sameAsMatchAll = (pattern: RegExp, text: string): void => {
    const expected = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => [
      match.index,
      [...match],
    ]);
    expect(allMatches(pattern, text).map((match) => [match.index, [...match]])).toEqual(expected);
  };

  test('gives the matches matchAll gives, groups and indices included', () => {
    sameAsMatchAll(/(\d{2}):(\d{2})/g, 'At 10:40 the alert fired; at 11:05 it cleared.');
    sameAsMatchAll(/\bback online\b/gi, 'Back online at 12:00, back ONLINE again.');
    sameAsMatchAll(/x/g, 'no match here');
  });

  test('steps over empty matches, by code point with the u flag', () => {
    sameAsMatchAll(/a*/g, 'baaac');
    sameAsMatchAll(/(?:)/gu, 'a😀b');
    sameAsMatchAll(/(?:)/g, 'a😀b');
  });

  test('starts from the beginning whatever the pattern was used for before', () => {
    const pattern = /\d+/g;
    pattern.exec('12 34');
    expect(allMatches(pattern, '5 6').map((match) => match[0])).toEqual(['5', '6']);
    expect(pattern.lastIndex).toBe(0);
  });

  test('can search with the same pattern inside its own loop', () => {
    const pattern = /\w+/g;
    const pairs = allMatches(pattern, 'a b').flatMap((outer) =>
      allMatches(pattern, 'x y').map((inner) => outer[0] + inner[0]),
    );
    expect(pairs).toEqual(['ax', 'ay', 'bx', 'by']);
  });

  test('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
