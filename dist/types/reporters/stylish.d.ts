import type { LintRun } from '../engine/types.js';
export interface StylishOptions {
    /** ANSI colours (the CLI enables them on a terminal only). */
    color?: boolean;
    /** Print nothing at all for a run without problems (`--quiet`), instead of the one line. */
    quiet?: boolean;
}
/**
 * ESLint's "stylish" look, grouped by file: one row per finding,
 * `file:line:col  severity  message  rule-id` (the location first, so terminals make it a link),
 * then `✖ N problems (E errors, W warnings)`. Without a finding, one line saying how many files
 * were checked (`✔ 16 postmortems checked, no problems`), so that a clean run is seen to have found
 * the files; nothing with `quiet`.
 *
 * File paths, messages and suggestions come from the documents (a YAML value, a heading, a file
 * name), so each goes through `terminalSafe`: no finding can start a log line of its own (which a
 * CI runner would read as a workflow command such as `::error::` or `::add-mask::`) or carry a
 * terminal escape; only the reporter's own colour codes are written raw. Every row starts with the
 * location, so a message beginning with `::` never begins a line; a path that would (a file named
 * `::error::x.md`) is written `./::error::x.md`.
 */
export declare function formatStylish(run: LintRun, options?: StylishOptions): string;
