/** A frontmatter block at the top of a file, found without parsing its content. */
export interface FrontmatterBlock {
  /** `yaml` (`---`), `toml` (`+++`), or the language named after the opening fence (`---js`). */
  language: string;
  /** Offset of the opening fence. */
  start: number;
  /** Offsets of the content between the fences (the newline before the closing fence excluded). */
  valueStart: number;
  valueEnd: number;
  /** Offset just after the closing fence (before its newline). */
  end: number;
}

/** A line before the fence that keeps the block frontmatter: blank, or a one-line HTML comment. */
const PREFIX_LINE = /^[ \t]*(?:<!--(?:(?!-->).)*-->[ \t]*)?$/;
const OPEN_FENCE = /^(---|\+\+\+)[ \t]*([A-Za-z][\w+-]*)?[ \t]*$/;
/** Leading comment lines looked through: exporters add one (`<!-- source: … -->`), not a page. */
const MAX_PREFIX_LINES = 10;

/** The line of `text` starting at `from`, and the offset of the next line (or -1 at the end). */
function lineAt(text: string, from: number): { line: string; next: number } {
  const newline = text.indexOf('\n', from);
  return newline === -1
    ? { line: text.slice(from), next: -1 }
    : { line: text.slice(from, newline), next: newline + 1 };
}

/** Whether the line `[start, end)` of `text` closes a `fence` block: read in place, no copies. */
function isClosing(text: string, start: number, end: number, fence: string): boolean {
  if (!text.startsWith(fence, start) && !(fence === '---' && text.startsWith('...', start)))
    return false;
  for (let i = start + fence.length; i < end; i++)
    if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/**
 * The frontmatter block of `text`: `---` YAML (as remark-frontmatter reads it), `+++` TOML (as
 * Hugo and Zola write it) or `---lang`, at the top of the file or after blank lines and one-line
 * HTML comments (files exported from another site often start `<!-- source: … -->`). One pass over
 * the lines, so linear in the file size; null when there is none or it is never closed.
 */
export function findFrontmatterBlock(text: string): FrontmatterBlock | null {
  let offset = 0;
  for (let skipped = 0; ; skipped++) {
    const { line, next } = lineAt(text, offset);
    const open = OPEN_FENCE.exec(line);
    if (open) {
      if (next === -1) return null;
      const fence = open[1];
      const language = open[2] ?? (fence === '---' ? 'yaml' : 'toml');
      for (let at = next; at !== -1;) {
        const newline = text.indexOf('\n', at);
        if (isClosing(text, at, newline === -1 ? text.length : newline, fence))
          return {
            language,
            start: offset,
            valueStart: next,
            valueEnd: Math.max(next, at - 1),
            end: at + fence.length,
          };
        at = newline === -1 ? -1 : newline + 1;
      }
      return null;
    }
    if (skipped >= MAX_PREFIX_LINES || next === -1 || !PREFIX_LINE.test(line)) return null;
    offset = next;
  }
}

/** Blanks `[start, end)` of `text` keeping every newline, so positions after it are unchanged. */
export function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}
