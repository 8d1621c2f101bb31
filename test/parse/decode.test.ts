import { describe, expect, test } from '@jest/globals';
import { decodePostmortem, invalidFile, tooLargeProblem } from '../../src/parse/decode.js';

describe('decoding a file', () => {
  test('UTF-8 with a BOM and CRLF line endings becomes LF text without the BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFF# Title\r\n\r\nBody\r\n');
    expect(decodePostmortem(bytes)).toEqual({ ok: true, text: '# Title\n\nBody\n' });
  });

  test('NUL bytes mean the file is not text', () => {
    const decoded = decodePostmortem(new Uint8Array([0x23, 0x20, 0x00]));
    expect(decoded.ok ? null : decoded.problem.message).toBe(
      'File is not text (it contains NUL bytes): not linted.',
    );
  });

  test('invalid UTF-8 is reported where it is', () => {
    const decoded = decodePostmortem(new Uint8Array([0x23, 0x0a, 0x61, 0xe9, 0x0a]));
    expect(decoded.ok ? null : decoded.problem.span.start).toEqual({
      line: 2,
      column: 2,
      offset: 3,
    });
  });

  test('every invalid-file problem has the same shape: fatal, one character at its place', () => {
    expect(invalidFile('Broken.')).toEqual({
      ruleId: 'invalid-file',
      message: 'Broken.',
      span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
      fatal: true,
    });
    expect(tooLargeProblem(10, 5)).toEqual(
      invalidFile('File is 10 bytes, over the 5-byte limit (maxFileSize): not linted.'),
    );
  });
});
