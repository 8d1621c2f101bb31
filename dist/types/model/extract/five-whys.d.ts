import type { FiveWhys } from '../types.js';
import { type ExtractContext } from './context.js';
/**
 * The 5-Whys analysis of the Root Cause Analysis section (sub-sections included): problem
 * statement, why-questions with their answers, stated root cause. When several sections qualify,
 * the first one holding why-questions is used.
 */
export declare function extractFiveWhys(context: ExtractContext): FiveWhys | null;
