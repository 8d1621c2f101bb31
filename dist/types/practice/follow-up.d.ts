/** The practice's follow-up window: a review meeting within a few days of the incident. */
export interface FollowUpOptions {
    /** Days allowed between the incident and its review meeting when no severity window applies. */
    defaultWindowDays: number;
    /** Severity level → days allowed (`{"1": 3, "2": 5}`). */
    windows: Record<string, number>;
    /** Count only Monday–Friday (PagerDuty's "5 business days for SEV-2"). */
    businessDays: boolean;
}
export declare const DEFAULT_FOLLOW_UP_OPTIONS: FollowUpOptions;
/** Days allowed for an incident of severity `level`: its own window, else the default. */
export declare function followUpWindowDays(options: FollowUpOptions, level: number | null | undefined): number;
/** The last day a review meeting may take place: the incident date plus the severity's window. */
export declare function followUpDeadline(incidentDate: string, level: number | null | undefined, options: FollowUpOptions): string;
