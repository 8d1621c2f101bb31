export type BlamelessLanguageOptions = {
    /** Extra phrases (phrase → suggested rewording); `null` switches a built-in phrase off. */
    lexicon: Record<string, string | null>;
    /** False: use only `lexicon`, not the built-in phrases. */
    useDefaultLexicon: boolean;
    /** Phrases that contain a lexicon word but are not blame ("fault tolerance", "git blame"). */
    allow: string[];
    /** Flag a person named as the cause ("Dana forgot …", "@jsmith broke …", "<Name>'s mistake"). */
    flagNamedCause: boolean;
    /** Capitalised names that are systems, never read as a person ("Cassandra failed to compact"). */
    notPeople: string[];
};
export declare const blamelessLanguage: import("./types.js").Rule<Record<string, unknown>>;
