/** Levenshtein distance between two short strings (ids and keys), for "did you mean" hints. */
export declare function editDistance(a: string, b: string): number;
