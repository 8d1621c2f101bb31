import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexEntry } from '../../src/corpus/index-entry.js';
import {
  buildSimilarityIndex,
  DEFAULT_SIMILARITY_OPTIONS,
  similarityClusters,
} from '../../src/corpus/similarity.js';
import { SIMILARITY_CASES, type SimilarityCase } from './fixtures/similarity-cases.js';
import { entry } from '../support/generated-corpus.js';

function asEntry(
  incident: SimilarityCase,
  i: number,
  category: string | null = null,
  date = '2026-01-10',
): IndexEntry {
  return entry({
    path: `${String(i).padStart(2, '0')}-${incident.cause}.md`,
    id: `INC-${i}`,
    date,
    title: incident.title,
    problemStatement: incident.problem,
    rootCause: incident.rootCause,
    contributingFactors: incident.factors,
    rootCauseCategory: category,
  });
}

/** Same-cause pairs found / all found (precision) and found / all same-cause pairs (recall). */
function measure(): { found: number; correct: number; positives: number } {
  // No categories: every pair is compared, as for incidents filed under different ones.
  const entries = SIMILARITY_CASES.map((incident, i) => asEntry(incident, i));
  const cause = new Map(entries.map((e, i) => [e, SIMILARITY_CASES[i].cause]));
  let positives = 0;
  SIMILARITY_CASES.forEach((x, i) =>
    SIMILARITY_CASES.slice(i + 1).forEach((y) => (positives += x.cause === y.cause ? 1 : 0)),
  );
  const { pairs } = buildSimilarityIndex(entries);
  const correct = pairs.filter((pair) => cause.get(pair.a) === cause.get(pair.b)).length;
  return { found: pairs.length, correct, positives };
}

describe('the default similarity threshold, on same-cause and different-cause pairs', () => {
  test('gives the precision and recall the pattern-analysis page states', () => {
    const { found, correct, positives } = measure();
    const precision = (correct / found).toFixed(2);
    const recall = (correct / positives).toFixed(2);
    const pairs = (SIMILARITY_CASES.length * (SIMILARITY_CASES.length - 1)) / 2;
    const stated = `On them the default threshold ${DEFAULT_SIMILARITY_OPTIONS.threshold} gives a precision of ${precision} (${correct} of the ${found} pairs found share a cause) and a recall of ${recall} (${correct} of the ${positives} same-cause pairs among all ${pairs} are found).`;
    const page = readFileSync(join(process.cwd(), 'docs/rules/pattern-analysis.md'), 'utf8');
    expect(page.replace(/\s+/g, ' ')).toContain(stated);
    expect(correct / found).toBeGreaterThanOrEqual(0.9);
    expect(correct / positives).toBeGreaterThanOrEqual(0.65);
  });

  test('a repeat filed under another category is found beside the four it repeats', () => {
    // A team repository of 16: four pool exhaustions filed as such, a fifth filed under "deploy"
    // (the release that leaked connections), and eleven incidents of other causes.
    const pool = SIMILARITY_CASES.filter((incident) => incident.cause === 'pool');
    const others = SIMILARITY_CASES.filter((incident) => incident.cause !== 'pool')
      .filter((incident, i, all) => all.findIndex((x) => x.cause === incident.cause) === i)
      .slice(0, 11);
    const repository = [
      ...pool.slice(0, 4).map((incident, i) => asEntry(incident, i, 'connection-pool')),
      asEntry(pool[4], 4, 'deploy'),
      ...others.map((incident, i) => asEntry(incident, 5 + i, incident.cause)),
    ];
    expect(repository).toHaveLength(16);
    const index = buildSimilarityIndex(repository);
    const misfiled = repository[4];
    const matched = index
      .similarTo(misfiled)
      .map((pair) => (pair.a === misfiled ? pair.b : pair.a));
    expect(matched.length).toBeGreaterThanOrEqual(2);
    expect(matched.every((e) => e.rootCauseCategory === 'connection-pool')).toBe(true);
    const [cluster] = similarityClusters(index);
    expect(cluster.entries).toEqual(expect.arrayContaining([misfiled, ...matched]));
    expect(cluster.sharedTerms).toEqual(expect.arrayContaining(['connect', 'pool']));
  });
});
