import type { ActionItems } from '../types.js';
import type { ExtractContext } from './context.js';

export function extractActionItems(_context: ExtractContext): ActionItems | null {
  return null;
}
