import { type ActionItemStatusOptions } from '../practice/action-item-status.js';
export type ActionItemsOptions = ActionItemStatusOptions & {
    /** Owner values that name nobody. */
    placeholderOwners: string[];
    /** Report action items written as a list instead of a table. */
    requireTable: boolean;
    /** Accepted priorities; an item's priority is optional. */
    priorities: string[];
    /** Days after the incident by which an open item of each priority must be due. */
    deadlineByPriority: Record<string, number>;
    /** Accepted action types; empty accepts any. */
    types: string[];
    /** A `Won't Do` item must say why. */
    requireReasonForWontDo: boolean;
};
export declare const actionItems: import("./types.js").Rule<Record<string, unknown>>;
