/** True when one of the REACH words before `index`, in the same clause, negates it. */
export declare function negatedAt(text: string, index: number): boolean;
/** True when the sentence around `index` rejects blaming a person (REJECTS_BLAME, EASY_FRAMING). */
export declare function rejectedInSentence(text: string, index: number): boolean;
