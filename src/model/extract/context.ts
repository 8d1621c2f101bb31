import type { Nodes, RootContent } from 'mdast';
import type { Located, Metadata, Section } from '../types.js';
import type { ParseOptions } from '../parse-options.js';
import type { PointAt } from '../../parse/positions.js';

/** A top-level section with the nodes under its heading (sub-sections included). */
export interface SectionContent {
  section: Section;
  nodes: RootContent[];
}

/** A `**Label:** value` line of the classic template. */
export interface FieldLine {
  label: string;
  value: Located;
}

/** What every extractor receives: the parsed file, read-only. */
export interface ExtractContext {
  source: string;
  pointAt: PointAt;
  options: ParseOptions;
  sections: SectionContent[];
  /** The nodes before the first heading (all of a file without headings). */
  preamble: RootContent[];
  fieldLines: FieldLine[];
  metadata: Metadata;
  /** Incident date (ISO) from the metadata, when valid. */
  incidentDate: string | null;
}

/** An HTML comment (`<!-- list the actions -->`): a template's note, never content. */
export function isComment(node: Nodes | undefined): boolean {
  return node?.type === 'html' && /^\s*<!--/.test(node.value);
}

/** Plain text of a node, gathered without recursion (deeply nested input must not overflow). */
export function nodeText(node: Nodes): string {
  let text = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    if (
      'value' in current &&
      typeof current.value === 'string' &&
      current.type !== 'html' &&
      current.type !== 'yaml'
    ) {
      text += current.value;
    } else if (current.type === 'break') {
      text += '\n';
    }
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--)
        stack.push(current.children[i] as Nodes);
    }
  }
  return text;
}

/** Removes Markdown emphasis and code markers from a short value such as a table cell. */
export function plainValue(text: string): string {
  return text
    .replace(/\*\*|__|`/g, '')
    .replace(/\\$/, '')
    .trim();
}
