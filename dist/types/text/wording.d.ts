/** How the project words counts and durations, in rule messages and reports alike. */
/** `1 error`, `2 errors`; `pluralForm` for irregular words. */
export declare function plural(count: number, singular: string, pluralForm?: string): string;
/** "45 min", "2 h 5 min", "3 days 2 h" (minutes are dropped once a duration runs into days). */
export declare function formatMinutes(total: number): string;
