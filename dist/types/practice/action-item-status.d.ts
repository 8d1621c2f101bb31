/**
 * What an action item's status means, for the lint and the reports alike: a status is one of the
 * configured `statuses` (or a synonym of one), and it is done when it is one of `doneStatuses`.
 * Nothing else decides whether an item is finished or overdue.
 */
export interface ActionItemStatusOptions {
    /** Accepted statuses (case-insensitive; emoji prefixes and trailing notes allowed). */
    statuses: string[];
    /** Statuses that close an item: closed items are never overdue. */
    doneStatuses: string[];
    /** Other spellings teams use, mapped to one of `statuses` (`Completed` → `Done`). */
    statusSynonyms: Record<string, string>;
}
export declare const DEFAULT_ACTION_ITEM_STATUS_OPTIONS: ActionItemStatusOptions;
/** `done`: finished (never overdue); `open`: still to do; `unknown`: no status, or none configured. */
export type ActionItemState = 'done' | 'open' | 'unknown';
export interface StatusReader {
    /** The configured status a cell states (emoji prefix and trailing note ignored), or null. */
    read(text: string): string | null;
    /** The state of a status as written (null when the item has none). */
    state(text: string | null): ActionItemState;
    /** What is written after the status (`Won't Do — replaced by AI-4` → `replaced by AI-4`), or ''. */
    note(text: string): string;
}
export declare function statusReader(options: ActionItemStatusOptions): StatusReader;
/**
 * An item is overdue on `today` (ISO day) when its deadline has passed and it is not done: an item
 * whose status is missing or unreadable has not been closed, so it counts as open here (the lint
 * also reports the status itself).
 */
export declare function isOverdue(deadline: string | null, state: ActionItemState, today: string): boolean;
