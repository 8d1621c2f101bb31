import type { Rule } from '../rules/types.js';
import { type TextEdit } from '../text/edits.js';
export interface EditorLintOptions {
    /** A config file to use instead of searching for `.postmortemrc.*` from each file's folder. */
    config?: string;
    /**
     * Reference date for date checks: an ISO date (noon UTC that day) or an ISO date-time with its
     * zone, as the CLI's `--now`; default: the clock.
     */
    now?: string | Date;
    /**
     * For tests and embedders, not for `.remarkrc`: the rules to run instead of the built-in ones
     * (the configuration still decides which run and with what options).
     */
    rules?: readonly Rule[];
}
export interface EditorPoint {
    /** 1-based. */
    line: number;
    /** 1-based, in UTF-16 code units (unist's and LSP's unit). */
    column: number;
}
/** One message for an editor: a finding of the CLI, or a fix `--fix` makes that no finding reports. */
export interface EditorMessage {
    ruleId: string;
    /**
     * `error` and `warning` are the CLI's findings. `info` stands for a fix `--fix` applies without
     * a finding (a spelling the linter accepts but writes canonically, `sev1` → `SEV-1`) or for the
     * place a missing section goes: it carries the quick fix and is no finding of the CLI.
     */
    severity: 'error' | 'warning' | 'info';
    message: string;
    suggestion?: string;
    start: EditorPoint;
    /** Exclusive. */
    end: EditorPoint;
    /** The text that replaces `start`–`end` to resolve the message (LF line ends): the quick fix. */
    expected?: string;
    /** With `expected`: the text at `start`–`end` now. */
    actual?: string;
    /** The same fix as the minimal edits of the file's text (offsets of the LF text, no BOM). */
    edits?: TextEdit[];
    /**
     * With `expected`: true when the fix is one `--fix` applies (a spelling, a date, a missing
     * section), false for a rewording a person should choose to apply (blameless-language's). Faces
     * whose fixes are applied in bulk (`markdownlint-cli2 --fix`) offer only the mechanical ones.
     */
    mechanical?: boolean;
    /**
     * For a file-level finding (missing sections): the `--fix` insertions elsewhere in the file that
     * resolve it, each also an `info` message where it goes.
     */
    insertions?: TextEdit[];
}
export interface EditorOutcome {
    /** The text the linter read (LF line ends, no BOM), or null when the file could not be decoded. */
    text: string | null;
    /** In the order an editor lists them (line, column, rule id). */
    messages: EditorMessage[];
}
export interface EditorFile {
    /** The file's path (absolute, or relative to `cwd`), or null for a text without a file (stdin). */
    path: string | null;
    cwd: string;
    value: string | Uint8Array;
}
/** The `now` option as a date (the clock when absent); throws on a value that is not a date. */
export declare function referenceDate(now: EditorLintOptions['now'], face: string): Date;
export interface EditorLinter {
    /**
     * One file's messages, or null when its configuration does not select it (a README beside the
     * postmortems). Throws ConfigError when the configuration is invalid.
     */
    lint(file: EditorFile): Promise<EditorOutcome | null>;
}
/**
 * A linter for one editor session or one run of an editor face: configurations (by folder) and
 * templates (by folder) are read once per linter, so a long-lived host should make a new one per
 * run to see edited configuration files.
 */
export declare function createEditorLinter(options: EditorLintOptions, face: string): EditorLinter;
