import type { Timeline } from '../types.js';
import type { ExtractContext } from './context.js';
/**
 * Every timeline of the file in document order: sections titled Timeline (or a synonym such as
 * "Chronology", "Sequence of events"), one per incident when there are several, and
 * `**Timeline:**` labelled blocks. Each is read on its own.
 */
export declare function extractTimelines(context: ExtractContext): Timeline[];
