import { type ActionItemStatusOptions } from '../practice/action-item-status.js';
export type ActionItemsOptions = ActionItemStatusOptions & {
    /** Owner values that name nobody. */
    placeholderOwners: string[];
    /** Report action items written as a list instead of a table. */
    requireTable: boolean;
};
export declare const actionItems: import("./types.js").Rule<Record<string, unknown>>;
