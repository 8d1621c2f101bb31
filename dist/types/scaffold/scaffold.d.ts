import type { ResolvedConfig } from '../config/types.js';
/** A request the user made with `postmortem-lint new`. */
export interface ScaffoldRequest {
    /** The template text, LF line endings (the repository's TEMPLATE.md, or the built-in one). */
    template: string;
    title: string;
    /** Severity as typed (`SEV-2`, `sev2`, `P2`, or a configured alias). */
    severity: string;
    /** Incident date, ISO `YYYY-MM-DD`. */
    date: string;
    /** Texts of the postmortems already in the folder (their incident ids are taken). */
    existing: readonly string[];
    config: ResolvedConfig;
}
export interface Scaffolded {
    /** `YYYY-MM-DD-slug.md`. */
    fileName: string;
    text: string;
    /** The incident id written, or null when the configured id pattern is not INC-YYYY-MMDD-NNN. */
    id: string | null;
    severity: string;
    /** The last day the follow-up meeting may be held (the follow-up-meeting rule's window). */
    followUpDeadline: string;
}
/** A request that cannot be scaffolded (bad title, date or severity): the CLI exits 2. */
export declare class ScaffoldError extends Error {
    constructor(message: string);
}
/** `Checkout errors: TLS expiry!` → `checkout-errors-tls-expiry`. */
export declare function slugOf(title: string): string;
/** The next free `INC-YYYY-MMDD-NNN` for `date`, given every id already written in `texts`. */
export declare function nextIncidentId(date: string, texts: readonly string[]): string;
/** The follow-up meeting deadline for an incident: the date plus the configured window for the severity. */
export declare function configuredFollowUpDeadline(date: string, level: number, config: ResolvedConfig): string;
/** How a new postmortem states the meeting: still to be held, with the deadline (never a date held). */
export declare function pendingMeeting(deadline: string): string;
/**
 * Fills a template for a new incident: id, title, date, severity and the follow-up meeting
 * deadline. Pure (no clock, no files): the CLI reads the folder and writes the result.
 */
export declare function scaffoldPostmortem(request: ScaffoldRequest): Scaffolded;
