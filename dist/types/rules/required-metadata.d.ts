export type MetadataFieldName = 'id' | 'title' | 'date' | 'severity' | 'status' | 'author';
export type RequiredMetadataOptions = {
    /** Fields that must be present (and valid). */
    required: MetadataFieldName[];
    /** Accepted statuses (compared case-insensitively, emoji and markup stripped). */
    statuses: string[];
    /** Other words for an accepted status, each mapped to the status it means (`Resolved: Closed`). */
    statusAliases: Record<string, string>;
};
export declare const requiredMetadata: import("./types.js").Rule<Record<string, unknown>>;
