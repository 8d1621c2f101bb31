import type { ActionItems } from '../types.js';
import { type ExtractContext } from './context.js';
/**
 * The Action Items section (sub-sections included): a table whose header maps to the configured
 * column synonyms, else its lists (checkbox, `Owner:`/`Due:` fields, issue links). Without such a
 * heading: a labelled list item (`- **Review actions**:`), else `Action point:` paragraphs.
 */
export declare function extractActionItems(context: ExtractContext): ActionItems | null;
