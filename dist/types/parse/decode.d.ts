import type { ParseProblem, Point } from './types.js';
export type Decoded = {
    ok: true;
    text: string;
} | {
    ok: false;
    problem: ParseProblem;
};
/** The one builder of `invalid-file`: the file is not linted, the others are. */
export declare function invalidFile(message: string, at?: Point): ParseProblem;
/**
 * Turns a file's bytes into the text the parser sees: UTF-8 with or without BOM, CRLF folded to
 * LF (so line and column numbers are those an editor shows, whatever the line endings).
 */
export declare function decodePostmortem(bytes: Uint8Array): Decoded;
export declare function tooLargeProblem(size: number, limit: number): ParseProblem;
