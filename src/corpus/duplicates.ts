import type { IndexEntry } from './index-entry.js';
import { appendTo } from './group.js';
import { isIsoDate } from '../model/dates.js';

/** One incident id written in more than one postmortem. */
export interface DuplicateId {
  /** The id as the first postmortem writes it. */
  id: string;
  /** The postmortem that holds the id first: the earliest incident date, then path order. */
  first: IndexEntry;
  /** The later postmortems with the same id (compared case-insensitively), in that order. */
  duplicates: IndexEntry[];
}

/** Dated postmortems first, by date, then path: the first of a duplicated id is its original. */
function byDateThenPath(a: IndexEntry, b: IndexEntry): number {
  const da = a.date !== null && isIsoDate(a.date) ? a.date : null;
  const db = b.date !== null && isIsoDate(b.date) ? b.date : null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Every incident id used by more than one postmortem, in order of the first's date and path. */
export function duplicateIds(entries: readonly IndexEntry[]): DuplicateId[] {
  const byId = new Map<string, IndexEntry[]>();
  for (const entry of entries) {
    if (entry.id !== null) appendTo(byId, entry.id.trim().toUpperCase(), entry);
  }
  const found: DuplicateId[] = [];
  for (const holders of byId.values()) {
    if (holders.length < 2) continue;
    const [first, ...duplicates] = holders.sort(byDateThenPath);
    found.push({ id: first.id as string, first, duplicates });
  }
  return found.sort((a, b) => byDateThenPath(a.first, b.first));
}

/** The postmortems with each incident counted once: the later holders of a duplicated id left out. */
export function withoutDuplicates(
  entries: readonly IndexEntry[],
  duplicates: readonly DuplicateId[],
): IndexEntry[] {
  const later = new Set(duplicates.flatMap((duplicate) => duplicate.duplicates));
  return entries.filter((entry) => !later.has(entry));
}
