import { type CorpusRule } from './types.js';
import { type PatternOptions, type PatternSource } from '../corpus/patterns.js';
export type PatternAnalysisOptions = PatternOptions & {
    /** Also count incidents with similar root-cause text whose categories differ or are missing. */
    similarity: {
        enabled: boolean;
        threshold: number;
    };
};
/**
 * The rule over any pattern sources. `patternAnalysis` uses the grouped patterns, plus text-similarity
 * candidates when its `similarity.enabled` option is on.
 */
export declare function createPatternAnalysisRule(sources: readonly PatternSource[]): CorpusRule<PatternAnalysisOptions>;
export declare const patternAnalysis: import("./types.js").Rule<Record<string, unknown>>;
