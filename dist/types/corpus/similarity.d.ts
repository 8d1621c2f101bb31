import type { IndexEntry } from './index-entry.js';
import { type PatternSource } from './patterns.js';
/**
 * Similar incidents by TF-IDF cosine similarity of their text, each field weighted (the root cause
 * counts most), words reduced to their Porter stems: recurring problems that the root-cause
 * categories do not reveal because they differ or are missing.
 *
 * Not all pairs are compared: an inverted index over terms proposes, for each document, only the
 * documents that share one of its most distinctive terms (a term in at most `maxDocumentShare` of
 * the corpus, among the document's `candidateTerms` heaviest ones). Cosine is then computed for
 * those candidate pairs only, so 2,000 documents take milliseconds.
 */
export interface SimilarityOptions {
    /** Cosine similarity (0..1) at or above which two incidents are reported as similar. */
    threshold: number;
    /** A term in more than this share of documents is too common to propose candidates. */
    maxDocumentShare: number;
    /** How many of a document's heaviest terms propose candidates. */
    candidateTerms: number;
    /** Shared terms listed per pair / candidate pattern. */
    topTerms: number;
    /**
     * The most similar pairs kept per document: bounds the pairs (and the report) to a multiple of
     * the corpus size when many texts are alike, as templated ones are.
     */
    maxNeighbours: number;
    /** How much an occurrence of a word counts, by the field it is in. */
    weights: FieldWeights;
}
/**
 * Weight of a word's occurrence by field: what caused an incident says more than how it looked
 * (the title and the symptom share words across unrelated causes: "errors", "slow", "timed out").
 */
export interface FieldWeights {
    problemStatement: number;
    rootCause: number;
    contributingFactors: number;
}
/**
 * Tuned on test/corpus/fixtures/similarity-cases.ts (same-cause and different-cause pairs); the
 * precision and recall they give are stated in docs/rules/pattern-analysis.md and checked by
 * test/corpus/similarity-tuning.test.ts.
 */
export declare const DEFAULT_SIMILARITY_OPTIONS: SimilarityOptions;
/** The Porter stem of a lower-case word: "leaks", "leaking", "leaked" → "leak". */
export declare function stem(word: string): string;
export declare function tokenize(text: string): string[];
export interface SimilarPair {
    a: IndexEntry;
    b: IndexEntry;
    score: number;
    /** Terms both share, heaviest contribution first. */
    sharedTerms: string[];
}
export interface SimilarityIndex {
    entries: readonly IndexEntry[];
    /** The threshold pairs were kept at: a report with no pair says "none above" this. */
    threshold: number;
    /** Every pair at or above the threshold, highest score first. */
    pairs: SimilarPair[];
    /**
     * The highest-scoring pair compared, above the threshold or not (null when none was compared):
     * how close the nearest candidates came when no pair is similar enough.
     */
    closest: SimilarPair | null;
    /** Pairs involving `entry`. */
    similarTo(entry: IndexEntry): SimilarPair[];
    /** How many pairs had their cosine computed (the pruning keeps this far below n²/2). */
    comparisons: number;
}
/** Builds TF-IDF vectors and finds the similar pairs (only those whose categories disagree). */
export declare function buildSimilarityIndex(given: readonly IndexEntry[], options?: Partial<SimilarityOptions>): SimilarityIndex;
export interface SimilarityCluster {
    /** Member postmortems, oldest path order. */
    entries: IndexEntry[];
    /** Highest pair score inside the cluster. */
    score: number;
    /** Terms most shared by the cluster's pairs. */
    sharedTerms: string[];
}
/** Groups similar pairs into candidate patterns (connected components), largest first. */
export declare function similarityClusters(index: SimilarityIndex, topTerms?: number): SimilarityCluster[];
/**
 * Similarity candidates as a pattern source for the pattern-analysis rule: one pattern per
 * cluster of similar, differently categorised incidents, keyed by its shared terms. Only dated
 * postmortems take part (patterns are placed in time).
 */
export declare function similarityPatterns(options?: Partial<SimilarityOptions>): PatternSource;
