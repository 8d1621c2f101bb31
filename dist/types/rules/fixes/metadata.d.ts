import type { TextEdit } from '../../text/edits.js';
import type { FixContext } from '../types.js';
/** The required-metadata rule's fixes: spellings with one right form, dates with one reading. */
interface MetadataFixOptions {
    /** The configured spellings of the postmortem's status. */
    statuses: string[];
}
export declare function metadataFixes(context: FixContext<MetadataFixOptions>): TextEdit[];
export {};
