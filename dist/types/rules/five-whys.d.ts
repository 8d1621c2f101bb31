export type FiveWhysOptions = {
    /** Fewest why-questions the analysis must go through. */
    minDepth: number;
};
export declare const fiveWhys: import("./types.js").Rule<Record<string, unknown>>;
