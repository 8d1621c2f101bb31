import type { Timeline } from '../types.js';
import type { ExtractContext } from './context.js';

export function extractTimeline(_context: ExtractContext): Timeline | null {
  return null;
}
