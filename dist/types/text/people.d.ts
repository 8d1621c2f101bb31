/** How a person is tied to the failure. */
export type CauseForm = 'subject' | 'possessive' | 'agent';
export interface NamedCause {
    /** Offset and length of the name (or handle) in the text; a possessive "'s" is left out. */
    index: number;
    length: number;
    name: string;
    /** The failure phrase as written ("forgot", "didn't check", "caused by"). */
    failure: string;
    form: CauseForm;
}
export interface PeopleOptions {
    /** Capitalised names that are systems here (a database called "Cassandra"), compared case-blind. */
    notPeople: ReadonlySet<string>;
    /**
     * Sentences the tagger may still read, shared by the texts of one file and counted down. Past
     * it the rest is skipped: a hostile file of nothing but "Dana forgot." stays a few seconds.
     */
    budget: {
        sentences: number;
    };
}
/** The tagger's share of one file: about two seconds; real postmortems need a handful. */
export declare const SENTENCE_BUDGET = 1000;
/** `@sre-team`, `@org/team`, `@payments-oncall`, `@dependabot[bot]`: a role, not a person. */
export declare function isRoleHandle(handle: string): boolean;
/** People named as the cause of a failure in `text`, in text order. */
export declare function namedCauses(text: string, options: PeopleOptions): NamedCause[];
