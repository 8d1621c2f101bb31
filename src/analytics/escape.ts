/**
 * Text taken from postmortems, made safe for a Markdown table cell or line in a report, a job
 * summary or an issue: one line, no table-breaking pipes, no raw HTML, no links or images, and no
 * `@mention` pings (a zero-width space after `@`) unless `mentions` is set.
 */
export function escapeMarkdown(
  text: string,
  options: { mentions?: boolean; maxLength?: number } = {},
): string {
  const { mentions = false, maxLength = 160 } = options;
  let line = text.replace(/\s+/g, ' ').trim();
  if (line.length > maxLength) line = `${line.slice(0, maxLength - 1).trimEnd()}…`;
  line = line
    .replace(/[\\`*_[\]|]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return mentions ? line : line.replace(/@(?=[\w-])/g, '@\u200b');
}

/** A relative link target: each path segment percent-encoded (spaces, parentheses, `#`). */
export function linkTarget(path: string, line: number | null): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return line === null ? encoded : `${encoded}#L${line}`;
}
