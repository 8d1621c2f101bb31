export type NoPlaceholdersOptions = {
    /** Regular expressions (JavaScript syntax, case-sensitive) that mark unfilled template text. */
    patterns: string[];
    /** Exact matches that are real content, never placeholders (e.g. `[Redacted]`). */
    allow: string[];
};
/**
 * The template's placeholder shapes: a bracketed label starting with a capital or `@`
 * (`[Incident Title]`, `[@owner]`), the usual to-do words, and date or id masks
 * (`YYYY-MM-DD`, `HH:MM`, `INC-YYYY-MMDD-NNN`). Links, task boxes (`[ ]`, `[x]`) and footnotes
 * never reach these patterns: the parser has already turned them into other nodes.
 */
export declare const DEFAULT_PLACEHOLDER_PATTERNS: string[];
export declare const noPlaceholders: import("./types.js").Rule<Record<string, unknown>>;
