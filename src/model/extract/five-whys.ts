import type { FiveWhys } from '../types.js';
import type { ExtractContext } from './context.js';

export function extractFiveWhys(_context: ExtractContext): FiveWhys | null {
  return null;
}
