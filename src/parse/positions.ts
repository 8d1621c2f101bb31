import type { Point, Span } from './types.js';
import type { Node } from 'unist';

/** Maps 0-based offsets of one text to 1-based line/column points. */
export type PointAt = (offset: number) => Point;

export function createPointAt(text: string): PointAt {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
  };
}

/** The span of a unist node (remark always sets positions on parsed nodes). */
export function spanOf(node: Node): Span {
  const position = node.position;
  if (!position) throw new Error(`node of type ${node.type} has no position`);
  return {
    start: {
      line: position.start.line,
      column: position.start.column,
      offset: position.start.offset ?? 0,
    },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 },
  };
}

/** The point `index` characters into a text that starts at `start` (newlines honoured). */
export function advance(start: Point, text: string, index: number): Point {
  let { line, column } = start;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: start.offset + index };
}
