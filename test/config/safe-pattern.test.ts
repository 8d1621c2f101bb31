import { DEFAULT_INCIDENT_ID_PATTERN } from '../../src/model/parse-options.js';
import { DEFAULT_PLACEHOLDER_PATTERNS } from '../../src/rules/no-placeholders.js';
import { MAX_PATTERN_LENGTH, unsafePatternReason } from '../../src/config/safe-pattern.js';

describe('unsafePatternReason', () => {
  test.each([
    DEFAULT_INCIDENT_ID_PATTERN,
    ...DEFAULT_PLACEHOLDER_PATTERNS,
    '^INC-\\d{4}-\\d{4}-\\d{3}$',
    '^[A-Z]{2,5}-\\d+$',
    '^(?:INC|SEC)-\\d{4,}$',
    '^PM-(\\d{4})-(\\d{2})-(\\d{2})-\\d+$',
    '^\\d{1,3}(?:\\.\\d{1,3}){3}$',
    '^[a-z]+(?:-[a-z0-9]+)*$',
    '\\bXXX\\b',
    '<[^<>\\n]{1,80}>',
    '(?<![\\w-])INC-\\d+(?![\\w-])',
    '^(?<year>\\d{4})-\\d+$',
    '(?:ab|cd)+',
    '^INC(?:-\\d+)+$',
    '^[\\p{Lu}]{3}-\\d+$',
  ])('accepts %s', (pattern) => {
    expect(unsafePatternReason(pattern)).toBeNull();
  });

  test.each([
    ['(a+)+', /nested quantifiers/],
    ['^(a+)+$', /nested quantifiers/],
    ['(a*)*', /nested quantifiers/],
    ['(\\w+\\s?)*', /nested quantifiers/],
    ['^(?:[a-z]+-?)+$', /nested quantifiers/],
    ['(.*a){12}', /nested quantifiers/],
    ['(?:(?:a)+)+', /nested quantifiers/],
    ['(a|aa)+', /several ways/],
    ['(?:a+-a+){3}', /nested quantifiers/],
    ['(\\d|\\w)+$', /several ways/],
    ['(a{1,3})+', /several ways/],
    ['(?:a?b?)+c', /several ways/],
    ['(\\w)\\1', /backreferences/],
    ['(?<x>a)\\k<x>', /backreferences/],
    ['(?<=a+)b', /lookbehind/],
    ['(?<!\\d{1,3})b', /lookbehind/],
  ])('refuses %s', (pattern, reason) => {
    expect(unsafePatternReason(pattern)).toMatch(reason);
  });

  test('refuses a pattern over the length limit', () => {
    expect(unsafePatternReason('a'.repeat(MAX_PATTERN_LENGTH + 1))).toMatch(/longer than 200/);
    expect(unsafePatternReason('a'.repeat(MAX_PATTERN_LENGTH))).toBeNull();
  });
});
