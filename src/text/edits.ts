/**
 * Text edits computed from model positions and applied back to the original bytes. Offsets are
 * those of the text the parser saw (BOM removed, CRLF folded to LF); applying maps them back, so
 * a file keeps its BOM and line endings and every byte outside the edits stays as it was.
 */
export interface TextEdit {
  /** Start offset in the parsed text (inclusive). */
  start: number;
  /** End offset in the parsed text (exclusive); equal to `start` for an insertion. */
  end: number;
  /** Replacement, with LF line endings. */
  text: string;
}

/** Edits sorted front to back; an edit overlapping an earlier one is dropped (first wins). */
function orderedEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (last && (edit.start < last.end || (edit.start === last.start && edit.end === last.end)))
      continue;
    kept.push(edit);
  }
  return kept;
}

/** Applies edits to the parsed text (LF, no BOM), back to front so offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of orderedEdits(edits).reverse()) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/**
 * Offsets of the raw text (BOM kept, CR kept) for each offset of the parsed text, plus one for
 * the end. `\r\n` is one parsed character spanning two raw ones; a lone `\r` is one for one.
 */
function rawOffsets(raw: string): number[] {
  const offsets: number[] = [];
  let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < raw.length) {
    offsets.push(i);
    i += raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  offsets.push(raw.length);
  return offsets;
}

/**
 * Applies edits (offsets of the parsed text) to the file's original bytes. Inserted line breaks
 * follow the file's convention (CRLF when the file uses CRLF). The bytes must be valid UTF-8, as
 * they are for any file the linter could model.
 */
export function applyEditsToBytes(bytes: Uint8Array, edits: readonly TextEdit[]): Uint8Array {
  if (edits.length === 0) return bytes;
  const raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const map = rawOffsets(raw);
  const newline = raw.includes('\r\n') ? '\r\n' : '\n';
  let result = raw;
  for (const edit of orderedEdits(edits).reverse()) {
    const start = map[edit.start];
    const end = map[edit.end];
    result = result.slice(0, start) + edit.text.replace(/\n/g, newline) + result.slice(end);
  }
  return new TextEncoder().encode(result);
}
