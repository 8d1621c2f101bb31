import { stemmer } from 'stemmer';
import type { IndexEntry } from './index-entry.js';
import { appendTo } from './group.js';
import { isIsoDate } from '../model/dates.js';
import { byDate, type PatternSource } from './patterns.js';

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
export const DEFAULT_SIMILARITY_OPTIONS: SimilarityOptions = {
  threshold: 0.13,
  maxDocumentShare: 0.05,
  candidateTerms: 12,
  topTerms: 5,
  maxNeighbours: 10,
  weights: { problemStatement: 0.5, rootCause: 2, contributingFactors: 1 },
};

/** Documents a term may appear in and still propose candidates, whatever the corpus size. */
const MIN_POSTING = 20;
/**
 * …and at most, however large the corpus: a term in more documents is not distinctive, and the
 * cap keeps the comparisons linear in the corpus size (at most candidateTerms × MAX_POSTING each).
 */
const MAX_POSTING = 200;

/** Longer runs of letters are not words (hashes, encoded data), and would only cost stemming time. */
const MAX_WORD_LENGTH = 30;

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on ' +
    'once only or other our ours out over own same she should so some such than that the their theirs them then ' +
    'there these they this those through to too under until up us very was we were what when where which while ' +
    'who whom why will with would you your yours via per within without across onto upon get got ' +
    'incident issue problem cause caused causing root factor factors due one two three ' +
    'postmortem outage'
  ).split(' '),
);

/** The Porter stem of a lower-case word: "leaks", "leaking", "leaked" → "leak". */
export function stem(word: string): string {
  return stemmer(word);
}

export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 3 || word.length > MAX_WORD_LENGTH) continue;
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

/** The texts compared, each with its field's weight. */
function weightedTexts(entry: IndexEntry, weights: FieldWeights): Array<[string, number]> {
  return [
    [entry.problemStatement ?? '', weights.problemStatement],
    [entry.rootCause ?? '', weights.rootCause],
    [entry.contributingFactors.join('\n'), weights.contributingFactors],
  ];
}

/** A document's L2-normalised TF-IDF weights, by ascending term id. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Cosine of two normalised vectors: one merge pass over their sorted term ids. */
function dot(a: Vector, b: Vector): number {
  let score = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    if (a.ids[i] === b.ids[j]) score += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return score;
}

/** Term ids both vectors hold, largest contribution to the cosine first. */
function sharedTerms(a: Vector, b: Vector, limit: number): number[] {
  const shared: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    if (a.ids[i] === b.ids[j]) shared.push([a.ids[i], a.weights[i++] * b.weights[j++]]);
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return shared
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, limit)
    .map(([id]) => id);
}

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

function normaliseCategory(category: string | null): string | null {
  const text =
    category
      ?.trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ') ?? '';
  return text === '' ? null : text;
}

/** Weighted occurrence counts of each document's terms, and the vocabulary they index. */
function termCounts(
  entries: readonly IndexEntry[],
  weights: FieldWeights,
): { counts: Array<Map<number, number>>; terms: string[] } {
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const counts = entries.map((entry) => {
    const tf = new Map<number, number>();
    for (const [text, weight] of weightedTexts(entry, weights)) {
      if (weight <= 0 || text === '') continue;
      for (const term of tokenize(text)) {
        let id = vocabulary.get(term);
        if (id === undefined) {
          id = terms.length;
          vocabulary.set(term, id);
          terms.push(term);
        }
        tf.set(id, (tf.get(id) ?? 0) + weight);
      }
    }
    return tf;
  });
  return { counts, terms };
}

/** Builds TF-IDF vectors and finds the similar pairs (only those whose categories disagree). */
export function buildSimilarityIndex(
  given: readonly IndexEntry[],
  options: Partial<SimilarityOptions> = {},
): SimilarityIndex {
  const settings = { ...DEFAULT_SIMILARITY_OPTIONS, ...options };
  // In path order, so the pairs kept (maxNeighbours) do not depend on the order files were read.
  const entries = [...given].sort((x, y) => x.path.localeCompare(y.path));
  const { counts, terms } = termCounts(entries, settings.weights);
  const documentFrequency = new Array<number>(terms.length).fill(0);
  for (const tf of counts) for (const id of tf.keys()) documentFrequency[id]++;
  const n = entries.length;
  const vectors: Vector[] = counts.map((tf) => {
    // Sorted by term id, so two vectors meet in one merge pass.
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      // Sublinear in the weighted count; smoothed idf keeps a term shared by all above zero.
      weights[i] = Math.log(1 + (tf.get(id) as number)) * Math.log(1 + n / documentFrequency[id]);
      norm += weights[i] * weights[i];
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { ids, weights };
  });
  const categories = entries.map((entry) => normaliseCategory(entry.rootCauseCategory));

  // Inverted index over distinctive terms only: common terms would propose every pair. A small
  // corpus keeps every term (MIN_POSTING pairs are cheap), so its recurring words still count.
  const maxDf = Math.min(
    MAX_POSTING,
    Math.max(MIN_POSTING, Math.floor(n * settings.maxDocumentShare)),
  );
  const postings = new Map<number, number[]>();
  const proposers = vectors.map((vector) =>
    [...vector.ids.keys()]
      .filter(
        (i) => documentFrequency[vector.ids[i]] >= 2 && documentFrequency[vector.ids[i]] <= maxDf,
      )
      .sort((x, y) => vector.weights[y] - vector.weights[x])
      .slice(0, settings.candidateTerms)
      .map((i) => vector.ids[i]),
  );
  proposers.forEach((ids, doc) => {
    for (const id of ids) appendTo(postings, id, doc);
  });

  const pair = (doc: number, other: number, score: number): SimilarPair => ({
    a: entries[doc],
    b: entries[other],
    score: Math.round(score * 1000) / 1000,
    sharedTerms: sharedTerms(vectors[doc], vectors[other], settings.topTerms).map(
      (id) => terms[id],
    ),
  });
  const pairs: SimilarPair[] = [];
  // The highest score compared so far, and its documents.
  const best = { doc: -1, other: -1, score: -1 };
  const seenBy = new Int32Array(n).fill(-1);
  let comparisons = 0;
  proposers.forEach((ids, doc) => {
    // A mark per document instead of a Set: each candidate is taken once, without hashing.
    const candidates: number[] = [];
    for (const id of ids) {
      const posting = postings.get(id) as number[];
      for (let k = 0; k < posting.length; k++) {
        const other = posting[k];
        if (other <= doc || seenBy[other] === doc) continue;
        seenBy[other] = doc;
        candidates.push(other);
      }
    }
    const similar: Array<[number, number]> = [];
    for (const other of candidates) {
      if (categories[doc] !== null && categories[doc] === categories[other]) continue;
      comparisons++;
      const score = dot(vectors[doc], vectors[other]);
      if (score > best.score) Object.assign(best, { doc, other, score });
      if (score >= settings.threshold) similar.push([other, score]);
    }
    similar.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const [other, score] of similar.slice(0, settings.maxNeighbours))
      pairs.push(pair(doc, other, score));
  });
  pairs.sort(
    (x, y) =>
      y.score - x.score || x.a.path.localeCompare(y.a.path) || x.b.path.localeCompare(y.b.path),
  );

  const byEntry = new Map<IndexEntry, SimilarPair[]>();
  for (const found of pairs) {
    appendTo(byEntry, found.a, found);
    appendTo(byEntry, found.b, found);
  }
  const closest = best.doc === -1 ? null : pair(best.doc, best.other, best.score);
  return {
    entries: given,
    threshold: settings.threshold,
    pairs,
    closest,
    similarTo: (entry) => byEntry.get(entry) ?? [],
    comparisons,
  };
}

export interface SimilarityCluster {
  /** Member postmortems, oldest path order. */
  entries: IndexEntry[];
  /** Highest pair score inside the cluster. */
  score: number;
  /** Terms most shared by the cluster's pairs. */
  sharedTerms: string[];
}

/** Groups similar pairs into candidate patterns (connected components), largest first. */
export function similarityClusters(
  index: SimilarityIndex,
  topTerms = DEFAULT_SIMILARITY_OPTIONS.topTerms,
): SimilarityCluster[] {
  const parent = new Map<IndexEntry, IndexEntry>();
  const find = (entry: IndexEntry): IndexEntry => {
    let root = entry;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) as IndexEntry;
    // Path compression: every entry on the way points at the root, so chains stay short.
    for (let next = entry; next !== root;) {
      const up = parent.get(next) as IndexEntry;
      parent.set(next, root);
      next = up;
    }
    return root;
  };
  for (const pair of index.pairs) {
    if (!parent.has(pair.a)) parent.set(pair.a, pair.a);
    if (!parent.has(pair.b)) parent.set(pair.b, pair.b);
    parent.set(find(pair.a), find(pair.b));
  }
  const groups = new Map<
    IndexEntry,
    { entries: Set<IndexEntry>; score: number; terms: Map<string, number> }
  >();
  for (const pair of index.pairs) {
    const root = find(pair.a);
    const group = groups.get(root) ?? { entries: new Set(), score: 0, terms: new Map() };
    group.entries.add(pair.a).add(pair.b);
    group.score = Math.max(group.score, pair.score);
    pair.sharedTerms.forEach((term, rank) =>
      group.terms.set(term, (group.terms.get(term) ?? 0) + (pair.sharedTerms.length - rank)),
    );
    groups.set(root, group);
  }
  return [...groups.values()]
    .map((group) => ({
      entries: [...group.entries].sort(
        (x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.path.localeCompare(y.path),
      ),
      score: group.score,
      sharedTerms: [...group.terms]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, topTerms)
        .map(([term]) => term),
    }))
    .sort((x, y) => y.entries.length - x.entries.length || y.score - x.score);
}

/**
 * Similarity candidates as a pattern source for the pattern-analysis rule: one pattern per
 * cluster of similar, differently categorised incidents, keyed by its shared terms. Only dated
 * postmortems take part (patterns are placed in time).
 */
export function similarityPatterns(options: Partial<SimilarityOptions> = {}): PatternSource {
  return (corpus) => {
    const dated = corpus.filter((entry) => entry.date !== null && isIsoDate(entry.date));
    return similarityClusters(buildSimilarityIndex(dated, options), options.topTerms).map(
      (cluster) => ({
        kind: 'similarity',
        key: cluster.sharedTerms.join(', '),
        incidents: [...cluster.entries].sort(byDate),
      }),
    );
  };
}
