import type { IndexEntry, IndexedActionItem } from '../corpus/index-entry.js';
import type { StatusReader } from '../practice/action-item-status.js';
/** The deadline as an ISO date (dates without a year take the incident's year); null if none. */
export declare function actionItemDeadline(item: IndexedActionItem, entry: IndexEntry): string | null;
/** The date written in a done status (`Done 2026-02-07`), when there is one. */
export declare function actionItemClosedOn(item: IndexedActionItem, entry: IndexEntry, statuses: StatusReader): string | null;
