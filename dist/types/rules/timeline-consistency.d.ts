export type TimelineConsistencyOptions = {
    /** Allowed difference between the stated duration and the timeline's start-to-resolution span. */
    toleranceMinutes: number;
};
export declare const timelineConsistency: import("./types.js").Rule<Record<string, unknown>>;
