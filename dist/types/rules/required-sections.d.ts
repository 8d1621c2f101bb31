export type RequiredSectionsOptions = {
    /** Required sections in template order: a heading name, or a list of accepted names (first is shown). */
    sections: Array<string | string[]>;
    /** More accepted names per required section, keyed by the section's first name. */
    synonyms: Record<string, string[]>;
    /** Whether a label naming a section (`**What went well**` over its list) counts as the section. */
    acceptLabels: boolean;
};
export declare const requiredSections: import("./types.js").Rule<Record<string, unknown>>;
