/**
 * What a template leaves for its author to fill in, defined once: the no-placeholders rule reports
 * it and the corpus index counts such a value as unknown.
 *
 * A placeholder is template text: a bracketed label that names a field or gives guidance
 * (`[Incident Title]`, `[Duration, e.g. 1 hour]`, `[@owner-handle]`, `[Because ...]`), a to-do word
 * (`TBD`), a date or time mask (`YYYY-MM-DD`, `HH:mm`, `INC-YYYY-MMDD-NNN`) or an angle-bracket
 * label (`<Month>`, `<service name>`). A bracketed tag or name is content: `[Public]`,
 * `[Postmortem] Database outage`, an owner `[Jerry]`, a redaction `[Redacted]`, an elision
 * `[... omitted ...]`; so is a date the author knows only in part (`2023-MM-DD`).
 */
export interface PlaceholderMatch {
    text: string;
    /** Offset of the match in the text searched. */
    index: number;
}
/**
 * The to-do words, as regular-expression sources: the one part of the definition that teams tune
 * (the no-placeholders `patterns` option replaces it), while the template shapes stay fixed.
 */
export declare const DEFAULT_TODO_PATTERNS: readonly string[];
/**
 * Every placeholder in a run of text, earliest first, overlaps dropped (longest wins). `todo`
 * replaces the to-do word patterns (global regular expressions).
 */
export declare function findPlaceholders(text: string, todo?: readonly RegExp[]): PlaceholderMatch[];
/**
 * Whether a value is nothing but placeholders (`[Incident Title]`, `YYYY-MM-DD HH:MM`, `TBD`):
 * what remains once they are removed holds no letter or digit. An empty value is not a
 * placeholder (it is missing); a value with real content beside a placeholder is not one either.
 */
export declare function isPlaceholderValue(value: string): boolean;
/** Whether inline code holds only a mask (`` `YYYY-MM-DD` ``, `` `HH:MM` ``): a blank, not code. */
export declare function isMaskCode(code: string): boolean;
/**
 * Whether raw inline HTML is an angle-bracket placeholder: Markdown reads `<Month>` or
 * `<service name>` as an HTML tag, but no HTML element has that name.
 */
export declare function isAngleHtml(html: string): boolean;
