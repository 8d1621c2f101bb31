/**
 * Markdown for GitHub comments and job summaries built from text we do not control (rule messages
 * quote postmortems; file names come from the repository). The rendered text must look like the
 * source text and must not act: no raw HTML, no broken table, no notification.
 */

/** Zero-width joiner: invisible, but GitHub's @mention and #reference matchers stop at it. */
const ZERO_WIDTH_JOINER = '\u200D';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * One line of inline Markdown showing `text` literally:
 * - `&`, `<`, `>` become entities, so no HTML tag or comment survives (`<script>` shows as text);
 * - Markdown punctuation (`\`, backticks, `*`, `_`, `[`, `]`, `~`, `|`) is backslash-escaped, so no
 *   emphasis, link or code span appears and a `|` never splits a table cell;
 * - line breaks become spaces (a table row is one line);
 * - `@name` and `@org/team` get a zero-width joiner after the `@`, so nobody is pinged;
 * - `#123`, `GH-123` and `owner/repo#123` get one after the `#` / `-`, so the comment does not add
 *   a cross-reference to the timeline of an unrelated issue or pull request every time it is
 *   updated (postmortems often cite tickets by number).
 */
export function inlineText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[&<>]/g, (character) => HTML_ENTITIES[character])
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_JOINER}`);
}

/** `%28` for `(`: for the few ASCII characters `encodeURIComponent` leaves alone or we must force. */
function percentEncoded(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** A URL path from repository path segments (`a b/(c).md` → `a%20b/%28c%29.md`). */
export function urlPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()!'*]/g, percentEncoded))
    .join('/');
}

/**
 * A link whose visible text is `text` (escaped). `url` is one we built (its path segments already
 * percent-encoded); characters that would end a Markdown link destination are encoded too.
 */
export function link(text: string, url: string): string {
  const destination = url.replace(/[()<>\s]/g, percentEncoded);
  return `[${inlineText(text)}](${destination})`;
}

/** A GitHub-flavoured Markdown table; cells must already be inline Markdown. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
