import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import type { Root } from 'mdast';

/**
 * GFM as remark-gfm has it (tables, task lists, strikethrough, footnotes) minus bare-URL
 * autolinking: that extension's time grows faster than linear with paragraph size (a 400 KB
 * paragraph: 4.4 s against 0.6 s without it; a 3 MB one: minutes), which would let one pull request
 * stall the check. No rule needs bare URLs as link nodes; extractors read URLs from the text.
 */
function gfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    gfmTable(),
    gfmStrikethrough(),
    gfmFootnote(),
    gfmTaskListItem(),
  );
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

/**
 * The one Markdown parser of the project: CommonMark + GFM (see above). Frontmatter (YAML, TOML,
 * after a leading comment) is found by `findFrontmatterBlock` and blanked before parsing.
 */
const processor = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals);

/**
 * Block quotes and list items opened on one line beyond this depth are refused before parsing:
 * micromark's time grows with the square of the depth (10,000 `>` take minutes), and no
 * postmortem nests that deep.
 */
const MAX_LINE_NESTING = 100;

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
