import type { ParseProblem, Point } from './types.js';

export type Decoded = { ok: true; text: string } | { ok: false; problem: ParseProblem };

const START: Point = { line: 1, column: 1, offset: 0 };

/** The one builder of `invalid-file`: the file is not linted, the others are. */
export function invalidFile(message: string, at: Point = START): ParseProblem {
  return {
    ruleId: 'invalid-file',
    message,
    span: { start: at, end: { ...at, column: at.column + 1, offset: at.offset + 1 } },
    fatal: true,
  };
}

function fileProblem(message: string, at: Point = START): Decoded {
  return { ok: false, problem: invalidFile(message, at) };
}

/** Line and column of a byte offset, counting columns in bytes (the text is not decodable). */
function pointAtByte(bytes: Uint8Array, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Turns a file's bytes into the text the parser sees: UTF-8 with or without BOM, CRLF folded to
 * LF (so line and column numbers are those an editor shows, whatever the line endings).
 */
export function decodePostmortem(bytes: Uint8Array): Decoded {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0))
    return fileProblem('File is not text (it contains NUL bytes): not linted.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fileProblem(
      'File is not valid UTF-8: not linted. Save it as UTF-8.',
      pointAtByte(bytes, Math.max(at, 0)),
    );
  }
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

export function tooLargeProblem(size: number, limit: number): ParseProblem {
  return invalidFile(
    `File is ${size} bytes, over the ${limit}-byte limit (maxFileSize): not linted.`,
  );
}
