import type { Postmortem } from './types.js';
import type { ParseOptions } from './parse-options.js';
/**
 * Builds the Postmortem model from a file's text: one Markdown parse, one walk, then the
 * section extractors. Pure: text and options in, serialisable model out.
 */
export declare function buildPostmortem(path: string, text: string, options: ParseOptions): Postmortem;
