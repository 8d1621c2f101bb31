import { inlineText, urlPath } from '../../text/markdown-escape.js';

// The Markdown escaping is shared with the action's comments and summaries
// (src/reporters/markdown-escape.ts): one definition of "safe", wherever a report goes.

/**
 * Text taken from postmortems, made safe for a Markdown table cell or line in a report, a job
 * summary or an issue (see `inlineText`: one line, no raw HTML, no table-breaking pipe, no
 * link, no `@mention` ping), shortened to `maxLength`. `mentions` lets `@owner` ping.
 */
export function escapeMarkdown(
  text: string,
  options: { mentions?: boolean; maxLength?: number } = {},
): string {
  const { mentions = false, maxLength = 160 } = options;
  let line = text.replace(/\s+/g, ' ').trim();
  if (line.length > maxLength) line = `${line.slice(0, maxLength - 1).trimEnd()}…`;
  const escaped = inlineText(line);
  return mentions ? escaped.replace(/@\u200D/g, '@') : escaped;
}

/** A relative link target to a file, or to one of its lines (`#L12`), path segments encoded. */
export function linkTarget(path: string, line: number | null): string {
  return line === null ? urlPath(path) : `${urlPath(path)}#L${line}`;
}
