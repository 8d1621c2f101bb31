import type { Root } from 'mdast';
/** Parses Markdown; throws a RangeError (reported as "nested too deeply") for absurd nesting. */
export declare function parseMarkdown(text: string): Root;
