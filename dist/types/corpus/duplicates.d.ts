import type { IndexEntry } from './index-entry.js';
/** One incident id written in more than one postmortem. */
export interface DuplicateId {
    /** The id as the first postmortem writes it. */
    id: string;
    /** The postmortem that holds the id first: the earliest incident date, then path order. */
    first: IndexEntry;
    /** The later postmortems with the same id (compared case-insensitively), in that order. */
    duplicates: IndexEntry[];
}
/** Every incident id used by more than one postmortem, in order of the first's date and path. */
export declare function duplicateIds(entries: readonly IndexEntry[]): DuplicateId[];
/** The postmortems with each incident counted once: the later holders of a duplicated id left out. */
export declare function withoutDuplicates(entries: readonly IndexEntry[], duplicates: readonly DuplicateId[]): IndexEntry[];
