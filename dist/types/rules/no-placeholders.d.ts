export type NoPlaceholdersOptions = {
    /** Regular expressions (JavaScript syntax, case-sensitive) for the to-do words of a draft. */
    patterns: string[];
    /** Exact matches that are real content, never placeholders (e.g. `[Draft Notes]`). */
    allow: string[];
};
/** The to-do words (`TBD`, `TODO`): the default of the `patterns` option. */
export declare const DEFAULT_PLACEHOLDER_PATTERNS: string[];
export declare const noPlaceholders: import("./types.js").Rule<Record<string, unknown>>;
