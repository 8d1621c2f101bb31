import type { Point, Span } from './types.js';
import type { Node } from 'unist';
/** Maps 0-based offsets of one text to 1-based line/column points. */
export type PointAt = (offset: number) => Point;
export declare function createPointAt(text: string): PointAt;
/** The span of a unist node (remark always sets positions on parsed nodes). */
export declare function spanOf(node: Node): Span;
/** The point `index` characters into a text that starts at `start` (newlines honoured). */
export declare function advance(start: Point, text: string, index: number): Point;
