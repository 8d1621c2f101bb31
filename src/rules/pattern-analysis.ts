import type { IndexEntry } from '../corpus/index-entry.js';
import type { Span } from '../model/types.js';
import { defineRule, type CorpusRule } from './types.js';
import {
  earlierInWindow,
  groupedPatterns,
  patternsByEntry,
  type Pattern,
  type PatternOptions,
  type PatternSource,
} from '../corpus/patterns.js';
import { appendTo } from '../corpus/group.js';
import { excerpt } from './helpers/model.js';
import { DEFAULT_SIMILARITY_OPTIONS, similarityPatterns } from '../corpus/similarity.js';

export type PatternAnalysisOptions = PatternOptions & {
  /** Also count incidents with similar root-cause text whose categories differ or are missing. */
  similarity: { enabled: boolean; threshold: number };
};

/** Similarity candidates (analytics/similarity.ts) when the rule's `similarity.enabled` is on. */
const similarityWhenEnabled: PatternSource = (corpus, options) => {
  // The engine hands sources the rule's own options object, so its similarity settings are there.
  const { similarity } = options as PatternAnalysisOptions;
  if (!similarity?.enabled) return [];
  return similarityPatterns({ threshold: similarity.threshold })(corpus, options);
};

const KIND_LABELS: Record<Pattern['kind'], string> = {
  category: 'root-cause category',
  service: 'service',
  tag: 'tag',
  similarity: 'similar root cause',
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function lineSpan(line: number): Span {
  const point = { line, column: 1, offset: 0 };
  return { start: point, end: point };
}

function named(entry: IndexEntry): string {
  return entry.id ? `${entry.id} (${entry.date})` : `${entry.path} (${entry.date}, no incident id)`;
}

/**
 * Patterns are computed once per corpus (the engine calls the rule once per file with the same
 * corpus array and options object), so a run stays O(n log n) however many files it checks.
 */
function memoised(sources: readonly PatternSource[]) {
  const cache = new WeakMap<
    readonly IndexEntry[],
    WeakMap<PatternOptions, Map<IndexEntry, Pattern[]>>
  >();
  return (corpus: readonly IndexEntry[], options: PatternOptions): Map<IndexEntry, Pattern[]> => {
    let byOptions = cache.get(corpus);
    if (!byOptions) cache.set(corpus, (byOptions = new WeakMap()));
    let byEntry = byOptions.get(options);
    if (!byEntry) byOptions.set(options, (byEntry = patternsByEntry(corpus, options, sources)));
    return byEntry;
  };
}

/**
 * The rule over any pattern sources. `patternAnalysis` uses the grouped patterns, plus text-similarity
 * candidates when its `similarity.enabled` option is on.
 */
export function createPatternAnalysisRule(
  sources: readonly PatternSource[],
): CorpusRule<PatternAnalysisOptions> {
  const patternsOf = memoised(sources);
  return {
    scope: 'corpus',
    meta: {
      id: 'pattern-analysis',
      description:
        'When the same root-cause category (or service / tag) recurs in 3+ postmortems within 6 months, requires a Pattern Analysis section that cites the earlier incidents.',
      defaultSeverity: 'error',
      tags: ['patterns', 'cross-incident'],
      optionsSchema: {
        type: 'object',
        properties: {
          groupBy: {
            type: 'array',
            items: { enum: ['category', 'service', 'tag'] },
            minItems: 1,
            uniqueItems: true,
            description: 'Which fields group incidents into a recurring pattern.',
          },
          minOccurrences: {
            type: 'integer',
            minimum: 2,
            description: 'How many incidents within the window make a pattern.',
          },
          windowMonths: {
            type: 'integer',
            minimum: 1,
            description: 'Window length, in calendar months before each incident.',
          },
          similarity: {
            type: 'object',
            properties: {
              enabled: { type: 'boolean', description: 'Group incidents by similar text too.' },
              threshold: {
                type: 'number',
                exclusiveMinimum: 0,
                maximum: 1,
                description:
                  'Lowest cosine similarity (0–1, TF-IDF of Porter stems, root cause weighted most) that makes two incidents similar.',
              },
            },
            additionalProperties: false,
            description:
              'Also group incidents whose root cause, contributing factors and problem statement are similar (cosine ≥ `threshold`, 0–1; see "How similarity is measured") while their categories differ or are missing.',
          },
        },
        additionalProperties: false,
      },
      defaultOptions: {
        groupBy: ['category'],
        minOccurrences: 3,
        windowMonths: 6,
        similarity: { enabled: false, threshold: DEFAULT_SIMILARITY_OPTIONS.threshold },
      },
    },
    check(context) {
      const { entry, options } = context;
      const patterns = patternsOf(context.corpus, options).get(entry);
      if (!patterns) return;
      const byKey = new Map<string, Pattern[]>();
      for (const pattern of patterns)
        appendTo(byKey, `${KIND_LABELS[pattern.kind]} "${excerpt(pattern.key)}"`, pattern);

      const reasons: string[] = [];
      const earlier = new Set<IndexEntry>();
      let count = 0;
      for (const [label, keyed] of byKey) {
        const before = earlierInWindow(entry, keyed, options.windowMonths);
        if (before.length + 1 < options.minOccurrences) continue;
        reasons.push(label);
        before.forEach((incident) => earlier.add(incident));
        count = Math.max(count, before.length + 1);
      }
      if (reasons.length === 0) return;

      const required = [...earlier].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const cites = entry.patternAnalysisCites;
      const cited = new Set((cites ?? []).map((id) => id.toUpperCase()));
      const missing = required.filter(
        (incident) => incident.id !== null && !cited.has(incident.id.toUpperCase()),
      );
      if (cites !== null && missing.length === 0) return;

      const why = `This is the ${ordinal(count)} incident with ${reasons.join(' and ')} within ${options.windowMonths} months`;
      const ids = required.flatMap((incident) => (incident.id ? [incident.id] : []));
      const message =
        cites === null
          ? `${why} (after ${required.map(named).join(', ')}): add a Pattern Analysis section citing ${ids.length > 0 ? ids.join(', ') : 'the earlier postmortems'}.`
          : `${why}: the Pattern Analysis section does not cite ${missing.map(named).join(', ')} (cite ${ids.join(', ')}).`;
      context.report({
        message,
        span: lineSpan(entry.lines.patternAnalysis ?? entry.lines.title ?? 1),
        suggestion:
          'Recurring incidents are a systemic problem: say what they share and what will change.',
      });
    },
  };
}

export const patternAnalysis = defineRule(
  createPatternAnalysisRule([groupedPatterns, similarityWhenEnabled]),
);
