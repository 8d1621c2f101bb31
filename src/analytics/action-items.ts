import type { IndexEntry, IndexedActionItem } from '../model/index-entry.js';
import { findDate } from '../model/dates.js';

/** Status words (and emoji / checkbox) that mean an action item is finished. */
const DONE =
  /(✅|☑|✔|\[x\]|\b(done|complete|completed|closed|fixed|resolved|shipped|merged|finished|implemented)\b)/i;
/** Qualifiers that undo a done word ("not done", "partially fixed", "in progress"). */
const NOT_DONE = /\b(not|partially|partly|in progress|incomplete|unresolved)\b/i;

export function isActionItemDone(status: string | null): boolean {
  return status !== null && DONE.test(status) && !NOT_DONE.test(status);
}

function yearOf(entry: IndexEntry): number | null {
  return entry.date && /^\d{4}/.test(entry.date) ? Number(entry.date.slice(0, 4)) : null;
}

/** The deadline as an ISO date (dates without a year take the incident's year); null if none. */
export function actionItemDeadline(item: IndexedActionItem, entry: IndexEntry): string | null {
  return item.deadline === null ? null : (findDate(item.deadline, yearOf(entry))?.iso ?? null);
}

/** The date written in a done status (`Done 2026-02-07`), when there is one. */
export function actionItemClosedOn(item: IndexedActionItem, entry: IndexEntry): string | null {
  if (!isActionItemDone(item.status)) return null;
  return findDate(item.status ?? '', yearOf(entry))?.iso ?? null;
}
