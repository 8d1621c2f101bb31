/**
 * Text taken from a postmortem, made safe for a one-line terminal or CI-log report.
 *
 * A postmortem is untrusted input: a YAML value such as `"x\n::error::pwned"` or a heading holding
 * an ANSI escape would otherwise start a new log line (which a CI runner may read as a workflow
 * command, `::error …`, `::add-mask::…`) or drive the terminal. Every C0 and C1 control character
 * (TAB, LF, CR, ESC, BEL, backspace, NUL, …, DEL, U+0080–U+009F), the Unicode line and paragraph
 * separators and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
 * replaced by a visible escape (`\n`, `\x1b`, `\u202e`): the result is one line, carries no escape
 * sequence and cannot reorder what the terminal shows. Everything else, backslashes included, is
 * kept as written.
 */
export declare function terminalSafe(text: string): string;
