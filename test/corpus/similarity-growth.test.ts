import { buildSimilarityIndex, similarityClusters } from '../../src/corpus/similarity.js';
import { entry } from '../support/generated-corpus.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

/** Templated root causes, as a large organisation's postmortems are: most pairs look alike. */
function alike(count: number) {
  const causes = ['pool exhaustion', 'disk full', 'expired certificate', 'bad deploy', 'dns'];
  return Array.from({ length: count }, (_, i) =>
    entry({
      path: `postmortems/${i}.md`,
      date: '2026-01-01',
      rootCauseCategory: `category-${i % 97}`,
      rootCause: `The ${causes[i % causes.length]} on the ${['api', 'db', 'queue'][i % 3]} service after change ${i % 13}.`,
    }),
  );
}

/** Building the index and its clusters: the work of a trend report on these causes. */
function cluster(entries: ReturnType<typeof alike>): number {
  const index = buildSimilarityIndex(entries);
  similarityClusters(index);
  return index.pairs.length;
}

test('similarity of alike texts grows linearly: pairs are bounded per document', () => {
  expect(cluster(alike(8000))).toBeLessThanOrEqual(8000 * 10);
  expect(growthRatio(alike, cluster, 4000, { samples: 3, warmSize: 500 })).toBeLessThan(
    LINEAR_GROWTH,
  );
});
