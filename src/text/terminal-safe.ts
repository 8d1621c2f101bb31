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
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = {
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}
