export type DistributionOptions = {
    /** Audience → words that name it in a distribution list (whole words, case-insensitive). */
    audiences: Record<string, string[]>;
};
export declare const distribution: import("./types.js").Rule<Record<string, unknown>>;
