import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { runCli } from '../cli/run-cli.js';
import { tempTree } from '../support/lint.js';
import type { TrendReport } from '../../src/trends/report.js';
import type { CorpusIndex } from '../../src/corpus/corpus-index.js';
import { TEAM, teamPostmortem, teamTree } from './fixtures/team-repository.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const NOW = ['--now', '2026-12-01'];

async function indexOf(files: Record<string, string>, repository: string): Promise<string> {
  const root = tempTree(files);
  const outcome = await runCli(
    ['index', 'postmortems', ...NOW, '--repository', repository, '--out', 'index.json'],
    root,
  );
  expect(outcome.code).toBe(0);
  return join(root, 'index.json');
}

describe('a team repository, figures computed by hand (report on 2026-12-01)', () => {
  let report: TrendReport;
  let markdown: string;
  beforeAll(async () => {
    const index = await indexOf(teamTree(), 'acme/checkout');
    const json = await runCli(['report', '--index', index, '--format', 'json', ...NOW], '/');
    report = JSON.parse(json.stdout) as TrendReport;
    markdown = (await runCli(['report', '--index', index, ...NOW], '/')).stdout;
  });

  it('matches the schema', () => {
    expect(validate(report) ? [] : validate.errors).toEqual([]);
  });

  it('covers whole UTC days: the 12 months before today, exactly 12 months in the table', () => {
    expect(report.window).toEqual({
      since: '2025-12-01T00:00:00.000Z',
      until: '2026-12-01T00:00:00.000Z',
    });
    expect(report.current.months.map((month) => month.month)).toEqual([
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    // T-01…T-09 (T-10 is today's, the T-02 copy is a duplicate): 9 over 12 months.
    expect(report.current.incidents.total).toBe(9);
    expect(report.current.incidents.perMonth).toBe(0.75);
    expect(markdown).toContain('from 2025-12-01 to 2026-12-01 (whole UTC days, end exclusive)');
  });

  it('restore, mitigate and detect without the excluded false alarm', () => {
    // Restore 20 30 45 60 90 120 180 240 (T-06's 480 left out): median 75, p90 240.
    expect(report.current.mttrMinutes).toMatchObject({
      n: 8,
      median: 75,
      p90: 240,
      mean: 98.13,
      unknown: 0,
    });
    expect(report.current.timeToMitigateMinutes).toMatchObject({ n: 8, median: 35, p90: 60 });
    expect(report.current.timeToDetectMinutes).toMatchObject({ n: 8, median: 12.5, p90: 30 });
    const [low, high] = report.current.mttrMinutes.medianCi as [number, number];
    expect(low).toBeLessThanOrEqual(75);
    expect(high).toBeGreaterThanOrEqual(75);
    expect(report.current.excludedFromTiming).toBe(1);
    expect(report.excluded).toEqual([
      {
        incident: expect.objectContaining({ id: 'T-06', repository: 'acme/checkout' }),
        reason: 'false alarm from a synthetic probe',
      },
    ]);
    expect(markdown).toContain('### Excluded from the timing measures');
    expect(markdown).toMatch(/\| \[T-06\]\([^)]+\) \| false alarm from a synthetic probe \|/);
  });

  it('has the deployment-triggered subset with its own restore times', () => {
    // T-01 60, T-03 45, T-07 90.
    expect(report.current.deployTriggered).toMatchObject({
      incidents: 3,
      restoreMinutes: { n: 3, median: 60, p90: 90, unknown: 0 },
    });
    expect(markdown).toContain('Time to restore, deployment-triggered (3 incidents)');
  });

  it('counts a duplicated id once and lists it', () => {
    expect(report.duplicates).toEqual([
      {
        id: 'T-02',
        first: expect.objectContaining({ path: 'postmortems/2026-02-10-api-db.md' }),
        duplicates: [expect.objectContaining({ path: 'postmortems/2026-02-11-api-db-copy.md' })],
      },
    ]);
    expect(markdown).toContain('## Duplicate incident ids');
  });

  it('shows the hotspots: services and owners with incidents, open and overdue items', () => {
    expect(report.current.hotspots.services).toEqual([
      { key: 'api', incidents: 5, openItems: 2, overdueItems: 2 },
      { key: 'db', incidents: 3, openItems: 0, overdueItems: 0 },
      { key: 'web', incidents: 2, openItems: 1, overdueItems: 0 },
    ]);
    expect(report.current.hotspots.owners).toEqual([
      { key: '@ana', incidents: 3, openItems: 3, overdueItems: 2 },
      { key: '@ben', incidents: 1, openItems: 0, overdueItems: 0 },
    ]);
    expect(markdown).toContain('| api | 5 | 2 | 2 |');
    // 2026-02-01 → 2026-12-01 is 303 days; 2026-05-01 → 214.
    expect(report.overdueActionItems.map((item) => [item.incidentId, item.daysOverdue])).toEqual([
      ['T-01', 303],
      ['T-04', 214],
    ]);
  });

  it('merges overlapping windows into one row per problem', () => {
    expect(
      report.patterns.map((pattern) => [
        pattern.keys.map((key) => `${key.kind} ${key.key}`).join(' + '),
        pattern.incidents.map((ref) => ref.id).join(','),
        `${pattern.from}..${pattern.to}`,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['category config-push', 'T-01,T-04,T-05', '2026-01-05..2026-06-01'],
        ['service api', 'T-01,T-02,T-04,T-07', '2026-01-05..2026-08-08'],
      ]),
    );
    expect(report.patterns).toHaveLength(2);
  });

  it('says no similar incidents above the threshold rather than leaving the section out', () => {
    expect(report.similar).toEqual([]);
    expect(markdown).toMatch(/No similar incidents above 0\.\d\d/);
  });

  it('judges the change in incidents against noise and states the smallest it could show', () => {
    // 9 against 2: 7 > 1.96 × √11 = 6.5.
    expect(report.changes.find((change) => change.metric === 'incidents')).toMatchObject({
      current: 9,
      previous: 2,
      delta: 7,
      distinguishable: true,
      smallestDetectable: 6.5,
    });
    // 8 restore times against 2: no bootstrap interval excludes 0 from such a sample.
    expect(markdown).toContain('| Incidents | 2 | 9 | +7 | **Distinguishable from noise.**');
  });

  it('draws a restore-time distribution with the median and p90 ranges marked', () => {
    // 75 min is in 1–2 h; 240 in ≥ 4 h … 4–8 h.
    expect(report.restoreDistribution.medianBucket).toBe(3);
    expect(report.restoreDistribution.p90Bucket).toBe(5);
    expect(markdown).toContain('"1–2 h ◆ median"');
    expect(markdown).toContain('"4–8 h ◆ p90"');
  });
});

describe('organisation reports: several indexes', () => {
  it('merges indexes, keeps ids unique per repository and breaks down by repository', async () => {
    const team = await indexOf(teamTree(), 'acme/checkout');
    const other = TEAM.find((incident) => incident.id === 'T-02')!;
    const payments = await indexOf(
      {
        'postmortems/2026-03-03.md': teamPostmortem({
          ...other,
          date: '2026-03-03',
          services: ['ledger'],
        }),
      },
      'acme/payments',
    );
    const recorded = JSON.parse(readFileSync(payments, 'utf8')) as CorpusIndex;
    expect(recorded.repository).toBe('acme/payments');
    const outcome = await runCli(
      ['report', '--index', team, '--index', payments, '--format', 'json', ...NOW],
      '/',
    );
    const report = JSON.parse(outcome.stdout) as TrendReport;
    // Same id, another repository: another incident, not a duplicate.
    expect(report.current.incidents.total).toBe(10);
    expect(report.duplicates.map((duplicate) => duplicate.id)).toEqual(['T-02']);
    expect(report.repositories).toEqual([
      {
        repository: 'acme/checkout',
        postmortems: 12,
        incidents: 9,
        mttrMedianMinutes: 75,
        openItems: 3,
        overdueItems: 2,
      },
      {
        repository: 'acme/payments',
        postmortems: 1,
        incidents: 1,
        mttrMedianMinutes: 120,
        openItems: 0,
        overdueItems: 0,
      },
    ]);
    const markdown = (await runCli(['report', '--index', team, '--index', payments, ...NOW], '/'))
      .stdout;
    expect(markdown).toContain('## By repository');
    expect(markdown).toContain(
      '[acme/checkout: T-01](https://github.com/acme/checkout/blob/HEAD/postmortems/2026-01-05-api.md#L',
    );
  });

  it('rejects a repository that is not owner/name', async () => {
    const root = tempTree(teamTree());
    expect((await runCli(['index', 'postmortems', '--repository', 'nope'], root)).code).toBe(2);
  });
});

describe('bounded reports', () => {
  it('a window of many years never fails, and tables keep at most --max-rows rows', async () => {
    const index = await indexOf(teamTree(), 'acme/checkout');
    const outcome = await runCli(
      [
        'report',
        '--index',
        index,
        ...NOW,
        '--since',
        '0001-01-01',
        '--until',
        '9999-12-31',
        '--max-rows',
        '3',
      ],
      '/',
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('## Incidents per year');
    expect(outcome.stdout).toMatch(/…and \d+ more years \(see the JSON report\)/);
    const json = await runCli(
      ['report', '--index', index, ...NOW, '--since', '0001-01-01', '--format', 'json'],
      '/',
    );
    expect(json.code).toBe(0);
    // Every dated incident but the duplicate and today's.
    expect((JSON.parse(json.stdout) as TrendReport).current.incidents.total).toBe(11);
  });
});
