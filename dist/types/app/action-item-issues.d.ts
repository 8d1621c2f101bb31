import type { IndexEntry, IndexedActionItem } from '../corpus/index-entry.js';
import { type TrackerLinkOptions } from '../model/tracker-links.js';
import type { StatusReader } from '../practice/action-item-status.js';
/**
 * Issues opened for untracked action items (the Action's `create-issues`), and found again by a
 * hidden marker of incident id + item id, so that a rerun never opens a second one and
 * `postmortem-lint link` can write the reference back into the postmortem. The marker is trusted
 * only on issues the token's own identity wrote (anyone can paste it).
 */
/** The label every such issue gets (created when missing). */
export declare const ACTION_ITEM_LABEL = "postmortem-action-item";
export interface ItemKey {
    /** The incident id, else the postmortem's path. */
    incident: string;
    /** The item's id, else `text-` and a hash of its action text. */
    item: string;
}
export declare function itemKey(entry: IndexEntry, item: IndexedActionItem): ItemKey;
export declare function issueMarker(key: ItemKey): string;
/** The key of a marker in an issue body, or null when there is none. */
export declare function readMarker(body: string | null | undefined): ItemKey | null;
export declare function keyText(key: ItemKey): string;
export interface UntrackedItem {
    entry: IndexEntry;
    item: IndexedActionItem;
    key: ItemKey;
}
/**
 * The open action items with no tracker link (GitHub or another tracker), in path and line order:
 * those an issue may be opened for. An item done (per the configured statuses) needs none.
 */
export declare function untrackedItems(entries: readonly IndexEntry[], statuses: StatusReader, links: TrackerLinkOptions): UntrackedItem[];
/** A GitHub login an issue can be assigned to: `@alice` → `alice`; teams and names → null. */
export declare function assigneeOf(owner: string | null): string | null;
/** The issue title: the action's first line, within GitHub's 256 characters. */
export declare function issueTitleOf(item: IndexedActionItem): string;
