import { describe, expect, test } from '@jest/globals';
import { terminalSafe } from '../../src/text/terminal-safe.js';

describe('terminalSafe', () => {
  test('plain text, Unicode and backslashes are kept as written', () => {
    const text = 'Status "In Review" — café 🔥 C:\\temp\\x ::not-at-a-line-start';
    expect(terminalSafe(text)).toBe(text);
  });

  test.each([
    ['\n', '\\n'],
    ['\r', '\\r'],
    ['\t', '\\t'],
    ['\u0000', '\\x00'],
    ['\u0007', '\\x07'],
    ['\b', '\\x08'],
    ['\u001b', '\\x1b'],
    ['\u007f', '\\x7f'],
    ['\u0085', '\\x85'],
    ['\u009b', '\\x9b'],
    ['\u2028', '\\u2028'],
    ['\u2029', '\\u2029'],
    ['\u202a', '\\u202a'],
    ['\u202e', '\\u202e'],
    ['\u2066', '\\u2066'],
    ['\u2069', '\\u2069'],
  ])('%j is written %s', (char, escaped) => {
    expect(terminalSafe(`a${char}b`)).toBe(`a${escaped}b`);
  });

  test('every C0 and C1 control character is escaped: the result is one line without escapes', () => {
    const all = Array.from({ length: 0xa0 }, (_, code) => String.fromCharCode(code)).join('');
    const safe = terminalSafe(all);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(safe).toContain(' !"#');
  });

  test('workflow commands and ANSI sequences in a value cannot start a line or reach the terminal', () => {
    const safe = terminalSafe(
      'x\n::error::pwned\r\n::add-mask::secret\u001b[2J\u001b]8;;https://e.test\u0007',
    );
    expect(safe).toBe(
      'x\\n::error::pwned\\r\\n::add-mask::secret\\x1b[2J\\x1b]8;;https://e.test\\x07',
    );
    expect(safe.split('\n')).toHaveLength(1);
  });
});
