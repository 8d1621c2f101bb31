import type { IndexEntry, IndexedActionItem } from '../corpus/index-entry.js';
import { findDate } from '../model/dates.js';
import type { StatusReader } from '../practice/action-item-status.js';

function yearOf(entry: IndexEntry): number | null {
  return entry.date && /^\d{4}/.test(entry.date) ? Number(entry.date.slice(0, 4)) : null;
}

/** The deadline as an ISO date (dates without a year take the incident's year); null if none. */
export function actionItemDeadline(item: IndexedActionItem, entry: IndexEntry): string | null {
  return item.deadline === null ? null : (findDate(item.deadline, yearOf(entry))?.iso ?? null);
}

/** The date written in a done status (`Done 2026-02-07`), when there is one. */
export function actionItemClosedOn(
  item: IndexedActionItem,
  entry: IndexEntry,
  statuses: StatusReader,
): string | null {
  if (statuses.state(item.status) !== 'done') return null;
  return findDate(item.status ?? '', yearOf(entry))?.iso ?? null;
}
