/**
 * Markdown for GitHub comments and job summaries built from text we do not control (rule messages
 * quote postmortems; file names come from the repository). The rendered text must look like the
 * source text and must not act: no raw HTML, no broken table, no notification.
 */
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
export declare function inlineText(text: string): string;
/** A URL path from repository path segments (`a b/(c).md` → `a%20b/%28c%29.md`). */
export declare function urlPath(path: string): string;
/**
 * A link whose visible text is `text` (escaped). `url` is one we built (its path segments already
 * percent-encoded); characters that would end a Markdown link destination are encoded too.
 */
export declare function link(text: string, url: string): string;
/** A GitHub-flavoured Markdown table; cells must already be inline Markdown. */
export declare function table(header: string[], rows: string[][]): string;
