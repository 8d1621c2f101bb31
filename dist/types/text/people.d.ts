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
/**
 * compromise and its lexicon (word → tag or tags, read through its public `world()`), loaded on
 * first use: loading unpacks the lexicon (about 0.4 s of CPU and 20 MB), which a thread that only
 * indexes context files, or an Action run with nothing to lint, never needs. Its self-contained
 * CommonJS build is required synchronously, so the rules stay synchronous; the bundle carries that
 * file beside it (rollup.config.js, lazyCompromise).
 */
/** Loads compromise now rather than on the first sentence (see {@link compromise}). */
export declare function loadNameTagger(): void;
/** People named as the cause of a failure in `text` (or referred to as "he"/"she"), in text order. */
export declare function namedCauses(text: string, options: PeopleOptions): NamedCause[];
