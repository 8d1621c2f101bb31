import {
  buildSimilarityIndex,
  similarityClusters,
  similarityPatterns,
  stem,
  tokenize,
} from '../../src/corpus/similarity.js';
import { DEFAULT_PATTERN_OPTIONS } from '../../src/corpus/patterns.js';
import { entry } from '../support/generated-corpus.js';
import { seededRandom } from '../../src/trends/stats.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

describe('tokenize and stem', () => {
  it('joins word forms on one Porter stem and drops stop words, short words and numbers', () => {
    expect(['leak', 'leaks', 'leaking', 'leaked'].map(stem)).toEqual([
      'leak',
      'leak',
      'leak',
      'leak',
    ]);
    expect(['expire', 'expires', 'expired', 'expiry'].map(stem)).toEqual([
      'expir',
      'expir',
      'expir',
      'expiri',
    ]);
    expect(['connections', 'connected', 'running', 'exhaustion', 'exhausted'].map(stem)).toEqual([
      'connect',
      'connect',
      'run',
      'exhaust',
      'exhaust',
    ]);
    expect(tokenize('The pool was exhausted by 100 leaking connections')).toEqual([
      'pool',
      'exhaust',
      'leak',
      'connect',
    ]);
  });

  it('skips runs of letters too long to be words, in linear time', () => {
    expect(tokenize(`pool ${'x'.repeat(31)} leak`)).toEqual(['pool', 'leak']);
    const text = (size: number): string =>
      `${'ab'.repeat(size)} ${'pool leaked '.repeat(size / 8)}`;
    expect(growthRatio(text, tokenize, 100_000, { samples: 3 })).toBeLessThan(LINEAR_GROWTH);
  });
});

const topic = (path: string, category: string | null, text: string, date = '2026-01-10') =>
  entry({ path, date, rootCauseCategory: category, rootCause: text });

describe('similar incidents', () => {
  const a = topic(
    'a.md',
    'database',
    'Connection pool exhausted because a query leaked connections under load',
  );
  const b = topic(
    'b.md',
    null,
    'Leaking connections exhausted the connection pool during peak load',
  );
  const c = topic(
    'c.md',
    'network',
    'Certificate expired on the load balancer and TLS handshakes failed',
  );
  const d = topic(
    'd.md',
    'tls',
    'Expired TLS certificate on the ingress: handshakes failed for all clients',
  );
  const e = topic(
    'e.md',
    'database',
    'Connection pool exhausted after connections leaked from a batch job',
  );
  const filler = Array.from({ length: 20 }, (_, i) =>
    topic(
      `f${i}.md`,
      `other-${i}`,
      `Unrelated subject number ${i}: disk quota on volume${i} reached, rotation job misconfigured${i}`,
    ),
  );
  const index = buildSimilarityIndex([a, b, c, d, e, ...filler], { threshold: 0.3 });

  it('pairs incidents whose categories differ or are missing, with their shared terms', () => {
    const pairs = index.pairs.map((pair) => `${pair.a.path}-${pair.b.path}`);
    expect(pairs).toContain('a.md-b.md');
    expect(pairs).toContain('c.md-d.md');
    expect(pairs).toContain('b.md-e.md');
    const ab = index.pairs.find((pair) => pair.a === a && pair.b === b);
    expect(ab?.sharedTerms).toEqual(expect.arrayContaining(['pool', 'leak', 'connect']));
  });

  it('skips pairs that the same category already groups', () => {
    expect(index.pairs.some((pair) => pair.a === a && pair.b === e)).toBe(false);
  });

  it('groups pairs into candidate patterns', () => {
    const clusters = similarityClusters(index);
    expect(clusters.map((cluster) => cluster.entries.map((x) => x.path))).toEqual([
      ['a.md', 'b.md', 'e.md'],
      ['c.md', 'd.md'],
    ]);
  });

  it('the threshold is configurable', () => {
    expect(buildSimilarityIndex([a, b, c, d], { threshold: 0.99 }).pairs).toEqual([]);
  });

  it('is a pattern source for the pattern-analysis rule', () => {
    const patterns = similarityPatterns({ threshold: 0.3 })(
      [a, b, c, d, ...filler],
      DEFAULT_PATTERN_OPTIONS,
    );
    expect(patterns.every((pattern) => pattern.kind === 'similarity')).toBe(true);
    expect(patterns.map((pattern) => pattern.incidents.map((x) => x.path))).toEqual([
      ['a.md', 'b.md'],
      ['c.md', 'd.md'],
    ]);
  });

  it('says how close the nearest pair came when none reaches the threshold', () => {
    const strict = buildSimilarityIndex([a, b, c, d, e, ...filler], { threshold: 0.99 });
    expect(strict.pairs).toEqual([]);
    expect(strict.threshold).toBe(0.99);
    const best = index.pairs[0];
    expect(strict.closest).toMatchObject({ a: best.a, b: best.b, score: best.score });
    expect(strict.closest?.score).toBeLessThan(0.99);
  });

  it('handles empty and text-less corpora', () => {
    expect(buildSimilarityIndex([]).closest).toBeNull();
    expect(buildSimilarityIndex([]).pairs).toEqual([]);
    expect(buildSimilarityIndex([entry({ path: 'x.md' }), entry({ path: 'y.md' })]).pairs).toEqual(
      [],
    );
  });
});

describe('scale', () => {
  it('2,000 documents: planted pairs found, far fewer comparisons than all pairs', () => {
    const random = seededRandom(11);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}x`);
    const docs = Array.from({ length: 2000 }, (_, i) =>
      topic(
        `d${i}.md`,
        `cat-${i % 40}`,
        Array.from({ length: 25 }, () => words[Math.floor(random() ** 2 * words.length)]).join(' '),
      ),
    );
    // Ten planted near-duplicates with a different category.
    for (let k = 0; k < 10; k++) {
      const source = docs[k * 150];
      docs.push(topic(`twin${k}.md`, null, `${source.rootCause} extra`));
    }
    const index = buildSimilarityIndex(docs);
    for (let k = 0; k < 10; k++) {
      expect(
        index
          .similarTo(docs[2000 + k])
          .map((pair) => (pair.a === docs[2000 + k] ? pair.b : pair.a).path),
      ).toContain(`d${k * 150}.md`);
    }
    const allPairs = (docs.length * (docs.length - 1)) / 2;
    expect(index.comparisons).toBeLessThan(allPairs / 10);
  });
});
