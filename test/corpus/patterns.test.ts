import type { IndexEntry } from '../../src/corpus/index-entry.js';
import {
  DEFAULT_PATTERN_OPTIONS,
  earlierInWindow,
  groupedPatterns,
  monthsBefore,
  normaliseKey,
  patternsByEntry,
  recurringProblems,
  type Pattern,
  type PatternSource,
} from '../../src/corpus/patterns.js';
import { entry as emptyEntry } from '../support/generated-corpus.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

/** An index entry named `path`, dated `date`, its id the upper-cased path. */
function entry(path: string, date: string | null, fields: Partial<IndexEntry> = {}): IndexEntry {
  return emptyEntry({ path, id: path.toUpperCase(), date, ...fields });
}

const summary = (patterns: Pattern[]) =>
  patterns.map((p) => `${p.kind}:${p.key}=${p.incidents.map((i) => i.path).join(',')}`);

describe('pattern engine', () => {
  test('normalises keys: case, spaces and underscores as hyphens', () => {
    expect(normaliseKey('  Connection_Pool  exhaustion ')).toBe('connection-pool-exhaustion');
    expect(normaliseKey('-DNS-')).toBe('dns');
  });

  test('months before a date clamp the day to the month', () => {
    expect(monthsBefore('2026-02-05', 6)).toBe('2025-08-05');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  test('groups by category within the window, in date order; overlapping windows are one pattern', () => {
    const corpus = [
      entry('d', '2026-05-01', { rootCauseCategory: 'Pool' }),
      entry('a', '2025-10-01', { rootCauseCategory: 'pool' }),
      entry('c', '2026-02-01', { rootCauseCategory: 'POOL' }),
      entry('b', '2025-12-01', { rootCauseCategory: 'pool' }),
      entry('x', '2026-01-01', { rootCauseCategory: 'dns' }),
    ];
    // a–c and b–d are two 6-month windows of one problem: one pattern, spanning 7 months.
    expect(summary(groupedPatterns(corpus, DEFAULT_PATTERN_OPTIONS))).toEqual([
      'category:pool=a,b,c,d',
    ]);
  });

  test('windows that share no incident stay separate patterns', () => {
    const corpus = [
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
      '2025-06-01',
      '2025-07-01',
      '2025-08-01',
    ].map((date, i) => entry(`p${i}`, date, { rootCauseCategory: 'pool' }));
    expect(summary(groupedPatterns(corpus, DEFAULT_PATTERN_OPTIONS))).toEqual([
      'category:pool=p0,p1,p2',
      'category:pool=p3,p4,p5',
    ]);
  });

  test('keys with the same incidents are one recurring problem, their keys together', () => {
    const corpus = [
      entry('a', '2026-01-05', { rootCauseCategory: 'pool', services: ['checkout'], tags: ['db'] }),
      entry('b', '2026-02-10', { rootCauseCategory: 'pool', services: ['checkout'], tags: ['db'] }),
      entry('c', '2026-03-15', { rootCauseCategory: 'pool', services: ['checkout'], tags: ['db'] }),
      entry('d', '2026-03-20', { services: ['checkout'] }),
    ];
    const options = {
      ...DEFAULT_PATTERN_OPTIONS,
      groupBy: ['category', 'service', 'tag'] as Array<'category' | 'service' | 'tag'>,
    };
    const problems = recurringProblems(groupedPatterns(corpus, options));
    expect(
      problems.map((problem) => ({
        keys: problem.keys.map(({ kind, key }) => `${kind}:${key}`),
        incidents: problem.incidents.map((incident) => incident.path),
        from: problem.from,
        to: problem.to,
      })),
    ).toEqual([
      {
        keys: ['category:pool', 'tag:db'],
        incidents: ['a', 'b', 'c'],
        from: '2026-01-05',
        to: '2026-03-15',
      },
      {
        keys: ['service:checkout'],
        incidents: ['a', 'b', 'c', 'd'],
        from: '2026-01-05',
        to: '2026-03-20',
      },
    ]);
  });

  test('three incidents over eight months are no pattern', () => {
    const corpus = ['2025-01-10', '2025-05-01', '2025-09-01'].map((date, i) =>
      entry(`p${i}`, date, { rootCauseCategory: 'pool' }),
    );
    expect(groupedPatterns(corpus, DEFAULT_PATTERN_OPTIONS)).toEqual([]);
  });

  test('groups by service and tag; each entry counts once per key; undated entries are left out', () => {
    const corpus = [
      entry('a', '2026-01-01', { services: ['API', 'api'], tags: ['db'] }),
      entry('b', '2026-01-02', { services: ['Api'], tags: ['DB'] }),
      entry('c', null, { services: ['api'], tags: ['db'] }),
      entry('d', 'soon', { services: ['api'], tags: ['db'] }),
    ];
    const options = { groupBy: ['service', 'tag'] as const, minOccurrences: 2, windowMonths: 1 };
    expect(summary(groupedPatterns(corpus, { ...options, groupBy: [...options.groupBy] }))).toEqual(
      ['service:api=a,b', 'tag:db=a,b'],
    );
  });

  test('earlier incidents in the trailing window, from several sources', () => {
    const a = entry('a', '2025-07-01', { rootCauseCategory: 'pool' });
    const b = entry('b', '2025-10-01', { rootCauseCategory: 'pool' });
    const c = entry('c', '2026-02-01', { rootCauseCategory: 'pool' });
    const s = entry('s', '2026-01-15');
    const similarity: PatternSource = () => [
      { key: 'leaked connections', kind: 'similarity', incidents: [s, c] },
    ];
    const byEntry = patternsByEntry([a, b, c, s], { ...DEFAULT_PATTERN_OPTIONS, windowMonths: 8 }, [
      groupedPatterns,
      similarity,
    ]);
    expect((byEntry.get(c) ?? []).map((p) => p.kind)).toEqual(['category', 'similarity']);
    expect(earlierInWindow(c, byEntry.get(c) ?? [], 6).map((e) => e.path)).toEqual(['b', 's']);
    expect(earlierInWindow(a, byEntry.get(a) ?? [], 6)).toEqual([]);
  });

  test('scales: grouping time grows linearly with the corpus (20,000 entries)', () => {
    const corpus = (size: number) =>
      Array.from({ length: size }, (_, i) =>
        entry(
          `p${i}`,
          `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
          { rootCauseCategory: `cat-${i % 500}` },
        ),
      );
    expect(groupedPatterns(corpus(10_000), DEFAULT_PATTERN_OPTIONS).length).toBeGreaterThan(0);
    const group = (entries: IndexEntry[]): unknown =>
      groupedPatterns(entries, DEFAULT_PATTERN_OPTIONS);
    expect(growthRatio(corpus, group, 10_000, { samples: 3 })).toBeLessThan(LINEAR_GROWTH);
  });
});
