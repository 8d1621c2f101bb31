import type { Timeline } from '../types.js';
import type { ExtractContext } from './context.js';
export declare function extractTimeline(context: ExtractContext): Timeline | null;
