import { performance } from 'node:perf_hooks';
import { buildSimilarityIndex, similarityClusters } from '../../src/corpus/similarity.js';
import { entry } from '../support/generated-corpus.js';
import { LINEAR_GROWTH } from '../support/growth.js';

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

function fastest(count: number): { ms: number; pairs: number } {
  const entries = alike(count);
  let ms = Infinity;
  let pairs = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const index = buildSimilarityIndex(entries);
    similarityClusters(index);
    ms = Math.min(ms, performance.now() - start);
    pairs = index.pairs.length;
  }
  return { ms, pairs };
}

test('similarity of alike texts grows linearly: pairs are bounded per document', () => {
  fastest(500);
  const small = fastest(4000);
  const large = fastest(8000);
  expect(large.pairs).toBeLessThanOrEqual(8000 * 10);
  expect(large.ms / small.ms).toBeLessThan(LINEAR_GROWTH);
});
