import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/** The one Markdown parser of the project: CommonMark + GFM tables + YAML frontmatter. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Block quotes and list items opened on one line beyond this depth are refused before parsing:
 * micromark's time grows with the square of the depth (10,000 `>` take minutes), and no
 * postmortem nests that deep.
 */
export const MAX_LINE_NESTING = 100;

const CONTAINER_MARKER = /[ \t]{0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t\n]|$))[ \t]?/y;

/** The first line (1-based) opening more than MAX_LINE_NESTING containers, or 0. */
function overNestedLine(text: string): number {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    CONTAINER_MARKER.lastIndex = start;
    let depth = 0;
    while (CONTAINER_MARKER.exec(text) !== null) if (++depth > MAX_LINE_NESTING) return line;
    const end = text.indexOf('\n', start);
    if (end === -1) break;
    start = end + 1;
  }
  return 0;
}

/** Parses Markdown; throws a RangeError (reported as "nested too deeply") for absurd nesting. */
export function parseMarkdown(text: string): Root {
  const line = overNestedLine(text);
  if (line !== 0)
    throw new RangeError(
      `line ${line} nests more than ${MAX_LINE_NESTING} block quotes or list items`,
    );
  return processor.parse(text);
}
