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
/** Applies edits to the parsed text (LF, no BOM), back to front so offsets stay valid. */
export declare function applyEdits(text: string, edits: readonly TextEdit[]): string;
/**
 * Applies edits (offsets of the parsed text) to the file's original bytes. Inserted line breaks
 * follow the file's convention (CRLF when the file uses CRLF). The bytes must be valid UTF-8, as
 * they are for any file the linter could model.
 */
export declare function applyEditsToBytes(bytes: Uint8Array, edits: readonly TextEdit[]): Uint8Array;
