import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from '../../../schemas/report.schema.json' with { type: 'json' };
import { runCli } from '../run-cli.js';
import { tempTree } from '../../support/lint.js';
import type { TrendReport } from '../../../src/trends/report.js';
import type { CorpusIndex } from '../../../src/corpus/corpus-index.js';
import { postmortem, SPECS } from '../../support/trend-postmortems.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function tree(): string {
  const files: Record<string, string | Uint8Array> = {};
  for (const spec of SPECS) files[`postmortems/${spec.date}.md`] = postmortem(spec);
  files['postmortems/broken.md'] = new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x0a]);
  return tempTree(files);
}

const NOW = ['--now', '2026-02-06'];

describe('postmortem-lint index', () => {
  it('writes every postmortem as an entry and lists the unreadable file under failed', async () => {
    const root = tree();
    const outcome = await runCli(['index', 'postmortems', ...NOW], root);
    expect(outcome.code).toBe(0);
    const index = JSON.parse(outcome.stdout) as CorpusIndex;
    expect(index.version).toBe(1);
    expect(index.entries.map((entry) => entry.path)).toEqual(
      SPECS.map((spec) => `postmortems/${spec.date}.md`).sort(),
    );
    expect(index.failed).toEqual([
      { path: 'postmortems/broken.md', message: expect.any(String), line: 1 },
    ]);
    expect(outcome.stderr).toContain('postmortems/broken.md:1');
    const first = index.entries[0];
    expect(first).toMatchObject({
      id: 'INC-2025-0110-001',
      severity: 2,
      services: ['checkout'],
      rootCauseCategory: 'connection-pool',
      startedAt: Date.parse('2025-01-10T08:00:00Z'),
      detectedAt: Date.parse('2025-01-10T08:20:00Z'),
      resolvedAt: Date.parse('2025-01-10T09:00:00Z'),
      durationMinutes: 60,
      followUpMeetingDate: '2025-01-12',
      rootCause: 'Connections leaked from the pool under load.',
    });
    expect(first.actionItems).toEqual([
      expect.objectContaining({ owner: '@db-team', deadline: '2025-02-01', status: 'Done' }),
    ]);
  });

  it('--out writes the file', async () => {
    const root = tree();
    expect(
      (await runCli(['index', 'postmortems', ...NOW, '--out', 'out/index.json'], root)).code,
    ).toBe(0);
    expect(
      (JSON.parse(readFileSync(join(root, 'out/index.json'), 'utf8')) as CorpusIndex).entries,
    ).toHaveLength(6);
  });
});

describe('postmortem-lint report --format json', () => {
  let report: TrendReport;
  beforeAll(async () => {
    const outcome = await runCli(['report', 'postmortems', '--format', 'json', ...NOW], tree());
    expect(outcome.code).toBe(0);
    report = JSON.parse(outcome.stdout) as TrendReport;
  });

  it('matches schemas/report.schema.json', () => {
    expect(validate(report) ? [] : validate.errors).toEqual([]);
  });

  it('has the known numbers of the generated corpus (window: the 12 whole months before today)', () => {
    const current = report.current;
    expect(report.window).toEqual({
      since: '2025-02-06T00:00:00.000Z',
      until: '2026-02-06T00:00:00.000Z',
    });
    // 5 incidents over 12 months (two partial Februaries make one month between them).
    expect(current.incidents.perMonth).toBe(0.42);
    expect(current.incidents.total).toBe(5);
    expect(current.incidents.bySeverity).toEqual({ 'SEV-1': 2, 'SEV-2': 2, 'SEV-3': 1 });
    expect(current.incidents.byService).toEqual({ checkout: 3, payments: 2, search: 1 });
    expect(current.sampleTooSmall).toBe(true);
    // Restore times 120 (across midnight), 45, 32, 240, 50 minutes.
    expect(current.mttrMinutes).toMatchObject({
      n: 5,
      median: 50,
      p90: 240,
      mean: 97.4,
      unknown: 0,
    });
    expect(current.timeToDetectMinutes).toMatchObject({ n: 5, median: 5, p90: 60 });
    // checkout: 120, 32, 240; payments: 120, 50; search: 45.
    expect(current.mttrMinutes.byService).toMatchObject({
      checkout: { n: 3, median: 120, p90: 240 },
      payments: { n: 2, median: 85, p90: 120 },
      search: { n: 1, median: 45 },
    });
    expect(current.months.find((month) => month.month === '2025-03')?.incidents).toBe(1);
    expect(current.completion).toMatchObject({ total: 5, completed: 3, rate: 0.6 });
    expect(current.followUp).toMatchObject({ within: 3, late: 1, missing: 1, rate: 0.6 });
    expect(current.actionItems).toMatchObject({ total: 5, done: 1, open: 4, overdue: 3 });
    const starts = SPECS.slice(1).map((spec) => Date.parse(spec.start));
    const gaps = starts.slice(1).map((start, i) => (start - starts[i]) / 3_600_000);
    expect(current.mtbfHours.overall.n).toBe(4);
    expect(current.mtbfHours.overall.mean).toBeCloseTo(gaps.reduce((a, b) => a + b) / 4, 1);
  });

  it('compares with the previous window of the same length', () => {
    expect(report.previous.incidents.total).toBe(1);
    // Poisson: 4 against 1.96 × √6 = 4.80, so not told apart from noise.
    expect(report.changes.find((change) => change.metric === 'incidents')).toMatchObject({
      current: 5,
      previous: 1,
      delta: 4,
      distinguishable: false,
      smallestDetectable: 4.8,
    });
  });

  it('lists overdue action items with owner, days overdue and age, most overdue first', () => {
    expect(
      report.overdueActionItems.map((item) => [
        item.incidentId,
        item.owner,
        item.deadline,
        item.daysOverdue,
      ]),
    ).toEqual([
      ['INC-2025-0315-001', '@sre-team', '2025-04-01', 311],
      ['INC-2025-0720-001', '@db-team', '2025-09-01', 158],
      ['INC-2026-0120-001', '@sre-team', '2026-01-30', 7],
    ]);
    expect(report.overdueActionItems[0].ageDays).toBe(328);
  });

  it('finds the recurring problem once: category and service with the same incidents in one row', () => {
    expect(report.patterns).toEqual([
      {
        keys: [
          { kind: 'category', key: 'connection-pool' },
          { kind: 'service', key: 'checkout' },
        ],
        incidents: ['INC-2025-0315-001', 'INC-2025-0720-001', 'INC-2025-0901-001'].map((id) =>
          expect.objectContaining({ id }),
        ),
        from: '2025-03-15',
        to: '2025-09-01',
        isNew: true,
      },
    ]);
  });

  it('lists the unreadable file', () => {
    expect(report.files.failed.map((failed) => failed.path)).toEqual(['postmortems/broken.md']);
  });
});

describe('postmortem-lint report (Markdown)', () => {
  let markdown: string;
  let root: string;
  beforeAll(async () => {
    root = tree();
    const outcome = await runCli(
      ['report', 'postmortems', ...NOW, '--out', 'postmortems/TRENDS.md'],
      root,
    );
    expect(outcome.code).toBe(0);
    markdown = readFileSync(join(root, 'postmortems/TRENDS.md'), 'utf8');
  });

  it('has headline numbers with intervals, and Mermaid charts with explicit palettes', () => {
    expect(markdown).toMatch(/^# Postmortem trends/);
    expect(markdown).toMatch(
      /\| \*\*5\*\* \(0\.42\/month\) \| \*\*50 min\*\* \[[^\]]+\] \(n = 5\)/,
    );
    expect(markdown).toMatch(
      /```mermaid\n%%\{init: .*"plotColorPalette":"#[0-9a-f]{6}.*\}%%\nxychart-beta\n {2}title "Incidents per month by severity"/,
    );
    expect(markdown).not.toContain('#ECECFF');
    expect(markdown).toMatch(/x-axis \["2025-02", "2025-03", .*"2026-02"\]/);
    expect(markdown).toContain('  line [');
    expect(markdown).toContain('pie showData title Action items of this period');
    expect(markdown).toContain('Stacked from the bottom up: 🟥 SEV-1 · 🟧 SEV-2 · 🟨 SEV-3');
    expect(markdown).toContain('title "Time to restore: incidents per range');
  });

  it('links files and lines relative to the report', () => {
    expect(markdown).toMatch(/\[INC-2025-0315-001\]\(2025-03-15\.md#L\d+\)/);
    expect(markdown).toMatch(/\[broken\.md\]|\[postmortems\/broken\.md\]/);
  });

  it('escapes text from postmortems: pipes, HTML, mentions', () => {
    const row = markdown.split('\n').find((line) => line.includes('Fix the')) as string;
    expect(row).toContain('Fix the \\| pipe');
    expect(row).not.toMatch(/<b>/);
    expect(row).not.toMatch(/@alice|@sre-team/);
    expect(row).toContain('@\u200Dsre-team');
  });

  it('shows what changed since the previous period', () => {
    expect(markdown).toContain('## What changed since the previous period');
    expect(markdown).toContain(
      '| Incidents | 1 | 5 | +4 | Within noise. This sample could show a change of about ±4.8 or more. |',
    );
  });
});

describe('long windows', () => {
  it('chart and tabulate by year beyond 24 months (the JSON keeps months and years)', async () => {
    const outcome = await runCli(
      ['report', 'postmortems', ...NOW, '--since', '2015-01-01'],
      tree(),
    );
    expect(outcome.stdout).toContain('## Incidents per year');
    expect(outcome.stdout).toMatch(/x-axis \["2015", "2016", .*"2026"\]/);
    expect(outcome.stdout).not.toContain('| 2015-01 |');
  });
});

describe('help', () => {
  it('lists index and report, and each has its own help', async () => {
    const general = await runCli(['--help'], process.cwd());
    expect(general.stdout).toMatch(/^ {2}index +Write the corpus index/m);
    expect(general.stdout).toMatch(/^ {2}report +Write a trend report/m);
    const help = await runCli(['report', '--help'], process.cwd());
    expect(help.code).toBe(0);
    for (const option of ['--format', '--out', '--since', '--until', '--now', '--index'])
      expect(help.stdout).toContain(option);
  });
});

describe('report usage errors', () => {
  it('rejects a bad window and an unknown format with exit code 2', async () => {
    const root = tree();
    expect((await runCli(['report', 'postmortems', '--since', 'yesterday'], root)).code).toBe(2);
    expect(
      (
        await runCli(
          ['report', 'postmortems', '--since', '2026-01-01', '--until', '2025-01-01'],
          root,
        )
      ).code,
    ).toBe(2);
    expect((await runCli(['report', 'postmortems', '--format', 'html'], root)).code).toBe(2);
  });

  it('reads a saved index with --index, with --since / --until', async () => {
    const root = tree();
    await runCli(['index', 'postmortems', ...NOW, '--out', 'index.json'], root);
    const outcome = await runCli(
      [
        'report',
        '--index',
        'index.json',
        '--format',
        'json',
        ...NOW,
        '--since',
        '2025-01-01',
        '--until',
        '2025-06-30',
      ],
      root,
    );
    expect(outcome.code).toBe(0);
    const report = JSON.parse(outcome.stdout) as TrendReport;
    expect(report.current.incidents.total).toBe(3);
    expect(report.window).toEqual({
      since: '2025-01-01T00:00:00.000Z',
      until: '2025-07-01T00:00:00.000Z',
    });
    expect((await runCli(['report', '--index', 'missing.json'], root)).code).toBe(2);
  });
});
