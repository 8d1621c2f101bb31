export type UniqueIncidentIdOptions = Record<string, never>;
export declare const uniqueIncidentId: import("./types.js").Rule<Record<string, unknown>>;
