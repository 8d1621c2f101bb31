import { DEFAULT_FOLLOW_UP_OPTIONS } from '../../src/practice/follow-up.js';
import {
  DEFAULT_ACTION_ITEM_STATUS_OPTIONS,
  statusReader,
} from '../../src/practice/action-item-status.js';

const STATUSES = statusReader(DEFAULT_ACTION_ITEM_STATUS_OPTIONS);
import { overdueActionItems, periodMetrics, type FollowUpJudge } from '../../src/trends/metrics.js';
import { followUpJudge } from '../../src/trends/follow-up.js';
import { monthsOf, previousWindow, resolveWindow, parseBound } from '../../src/trends/window.js';
import type { IndexEntry } from '../../src/corpus/index-entry.js';
import { entry, generatedCorpus } from '../support/generated-corpus.js';

const NOW = new Date('2026-02-06T12:00:00Z');
const NO_JUDGE: FollowUpJudge = () => 'unknown';

// Obviously-correct recomputations, written independently of the library.
function medianOf(values: number[]): number | null {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
function p90Of(values: number[]): number | null {
  const s = [...values].sort((a, b) => a - b);
  for (let rank = 1; rank <= s.length; rank++) if (rank / s.length >= 0.9) return s[rank - 1];
  return null;
}
const r2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
function instantOf(e: IndexEntry): number | null {
  return e.startedAt ?? (e.date ? Date.parse(`${e.date}T00:00:00Z`) : null);
}

describe('period metrics on a generated corpus (60 postmortems, seeded)', () => {
  const corpus = generatedCorpus(60);
  const window = resolveWindow(NOW);
  const metrics = periodMetrics(corpus, window, NOW, NO_JUDGE, STATUSES);
  const inside = corpus.filter((e) => {
    const at = instantOf(e);
    return at !== null && at >= window.since && at < window.until;
  });

  it('defaults to the 12 months of whole UTC days before today', () => {
    expect(metrics.window).toEqual({
      since: '2025-02-06T00:00:00.000Z',
      until: '2026-02-06T00:00:00.000Z',
    });
    expect(monthsOf(window)).toHaveLength(13);
  });

  it('counts incidents in the window, by severity, by service and by month', () => {
    expect(inside.length).toBeGreaterThan(15);
    expect(metrics.incidents.total).toBe(inside.length);
    const sev: Record<string, number> = {};
    for (const e of inside) {
      const key = e.severity === null ? 'unknown' : `SEV-${e.severity}`;
      sev[key] = (sev[key] ?? 0) + 1;
    }
    expect(metrics.incidents.bySeverity).toEqual(sev);
    for (const service of ['api', 'billing', 'search', 'auth']) {
      const expected = inside.filter((e) => e.services.includes(service)).length;
      expect(metrics.incidents.byService[service] ?? 0).toBe(expected);
    }
    for (const month of metrics.months) {
      const expected = inside.filter((e) =>
        new Date(instantOf(e) as number).toISOString().startsWith(month.month),
      );
      expect(month.incidents).toBe(expected.length);
    }
    expect(metrics.months.reduce((sum, m) => sum + m.incidents, 0)).toBe(inside.length);
  });

  it('MTTR: start→resolved, else the stated duration; median, nearest-rank p90, mean, n', () => {
    const values = inside.flatMap((e) =>
      e.startedAt !== null && e.resolvedAt !== null
        ? [(e.resolvedAt - e.startedAt) / 60_000]
        : e.durationMinutes !== null
          ? [e.durationMinutes]
          : [],
    );
    expect(metrics.mttrMinutes.n).toBe(values.length);
    expect(metrics.mttrMinutes.unknown).toBe(inside.length - values.length);
    expect(metrics.mttrMinutes.median).toBe(r2(medianOf(values)));
    expect(metrics.mttrMinutes.p90).toBe(r2(p90Of(values)));
    expect(metrics.mttrMinutes.mean).toBe(r2(values.reduce((a, b) => a + b, 0) / values.length));
  });

  it('MTTR per service counts an incident for each of its services', () => {
    for (const service of ['api', 'billing']) {
      const values = inside
        .filter((e) => e.services.includes(service))
        .flatMap((e) =>
          e.startedAt !== null && e.resolvedAt !== null
            ? [(e.resolvedAt - e.startedAt) / 60_000]
            : e.durationMinutes !== null
              ? [e.durationMinutes]
              : [],
        );
      expect(metrics.mttrMinutes.byService[service]).toMatchObject({
        n: values.length,
        median: r2(medianOf(values)),
        p90: r2(p90Of(values)),
      });
    }
  });

  it('time to detect: start→detected', () => {
    const values = inside.flatMap((e) =>
      e.startedAt !== null && e.detectedAt !== null ? [(e.detectedAt - e.startedAt) / 60_000] : [],
    );
    expect(metrics.timeToDetectMinutes).toMatchObject({
      n: values.length,
      median: r2(medianOf(values)),
      p90: r2(p90Of(values)),
    });
  });

  it('MTBF overall and per service: gaps between consecutive starts', () => {
    const starts = inside.map((e) => instantOf(e) as number).sort((a, b) => a - b);
    const gaps = starts.slice(1).map((s, i) => (s - starts[i]) / 3_600_000);
    expect(metrics.mtbfHours.overall).toMatchObject({
      n: gaps.length,
      median: r2(medianOf(gaps)),
      p90: r2(p90Of(gaps)),
    });
    // Mean gap = (last − first) / (n − 1): the classic MTBF.
    expect(metrics.mtbfHours.overall.mean).toBe(
      r2((starts[starts.length - 1] - starts[0]) / 3_600_000 / (starts.length - 1)),
    );
    const api = inside
      .filter((e) => e.services.includes('api'))
      .map((e) => instantOf(e) as number)
      .sort((a, b) => a - b);
    expect(metrics.mtbfHours.byService.api.n).toBe(api.length - 1);
    expect(metrics.mtbfHours.byService.api.mean).toBe(
      r2((api[api.length - 1] - api[0]) / 3_600_000 / (api.length - 1)),
    );
  });

  it('completion rate counts Completed and Closed', () => {
    const completed = inside.filter((e) => e.status === 'Completed' || e.status === 'Closed');
    expect(metrics.completion).toMatchObject({ total: inside.length, completed: completed.length });
    expect(metrics.completion.rate).toBeCloseTo(completed.length / inside.length, 4);
    const days = completed.flatMap((e) =>
      e.completedAt
        ? [
            Math.round(
              (Date.parse(e.completedAt) -
                Date.parse(new Date(instantOf(e) as number).toISOString().slice(0, 10))) /
                86_400_000,
            ),
          ]
        : [],
    );
    expect(metrics.completion.daysToComplete).toMatchObject({
      n: days.length,
      median: r2(medianOf(days)),
    });
  });

  it('action items: total, done, open, overdue (deadline before today and not done)', () => {
    const items = inside.flatMap((e) => e.actionItems);
    const done = items.filter((i) => i.status === 'Done' || i.status === '✅ Done 2025-12-20');
    const overdue = items.filter(
      (i) => !done.includes(i) && i.deadline !== null && i.deadline < '2026-02-06',
    );
    expect(metrics.actionItems).toMatchObject({
      total: items.length,
      done: done.length,
      open: items.length - done.length,
      overdue: overdue.length,
    });
  });

  it('lists every overdue item across the corpus with owner, days overdue and age', () => {
    const list = overdueActionItems(corpus, NOW, STATUSES);
    const expected = corpus.flatMap((e) =>
      e.actionItems
        .filter(
          (i) =>
            !['Done', '✅ Done 2025-12-20'].includes(i.status ?? '') &&
            i.deadline !== null &&
            i.deadline < '2026-02-06',
        )
        .map((i) => `${e.path}:${i.line}`),
    );
    expect(list.map((item) => `${item.path}:${item.line}`).sort()).toEqual(expected.sort());
    for (const item of list) {
      expect(item.daysOverdue).toBe(
        Math.round((Date.parse('2026-02-06') - Date.parse(item.deadline)) / 86_400_000),
      );
    }
    expect(list.map((item) => item.daysOverdue)).toEqual(
      [...list.map((item) => item.daysOverdue)].sort((a, b) => b - a),
    );
  });

  it('says the sample is too small below 10 incidents', () => {
    expect(metrics.sampleTooSmall).toBe(false);
    const small = periodMetrics(corpus.slice(0, 3), window, NOW, NO_JUDGE, STATUSES);
    expect(small.sampleTooSmall).toBe(true);
  });
});

describe('statistics edge cases', () => {
  const window = resolveWindow(NOW);

  it('no incidents: zeros and nulls, never NaN', () => {
    const metrics = periodMetrics([], window, NOW, NO_JUDGE, STATUSES);
    expect(metrics.incidents.total).toBe(0);
    expect(metrics.mttrMinutes).toMatchObject({
      n: 0,
      median: null,
      p90: null,
      mean: null,
      unknown: 0,
    });
    expect(metrics.mtbfHours.overall.n).toBe(0);
    expect(metrics.completion.rate).toBeNull();
    expect(metrics.actionItems.completionRate).toBeNull();
    expect(JSON.stringify(metrics)).not.toMatch(/NaN|Infinity/);
  });

  it('one incident: MTTR of that incident, no MTBF', () => {
    const one = entry({
      path: 'a.md',
      date: '2026-01-10',
      startedAt: Date.parse('2026-01-10T10:00:00Z'),
      resolvedAt: Date.parse('2026-01-10T11:30:00Z'),
    });
    const metrics = periodMetrics([one], window, NOW, NO_JUDGE, STATUSES);
    expect(metrics.mttrMinutes).toMatchObject({ n: 1, median: 90, p90: 90, mean: 90 });
    expect(metrics.mtbfHours.overall).toMatchObject({ n: 0, mean: null });
  });

  it('unparseable durations count as unknown, not as zero', () => {
    const a = entry({ path: 'a.md', date: '2026-01-10', durationMinutes: null });
    const b = entry({ path: 'b.md', date: '2026-01-11', durationMinutes: 30 });
    const metrics = periodMetrics([a, b], window, NOW, NO_JUDGE, STATUSES);
    expect(metrics.mttrMinutes).toMatchObject({ n: 1, median: 30, unknown: 1 });
  });

  it('an incident spanning midnight and a month boundary counts in the month it began (UTC)', () => {
    const e = entry({
      path: 'a.md',
      date: '2026-01-31',
      startedAt: Date.parse('2026-01-31T23:10:00Z'),
      detectedAt: Date.parse('2026-01-31T23:40:00Z'),
      resolvedAt: Date.parse('2026-02-01T02:10:00Z'),
    });
    const metrics = periodMetrics([e], window, NOW, NO_JUDGE, STATUSES);
    expect(metrics.months.find((m) => m.month === '2026-01')?.incidents).toBe(1);
    expect(metrics.months.find((m) => m.month === '2026-02')?.incidents).toBe(0);
    expect(metrics.mttrMinutes.median).toBe(180);
    expect(metrics.timeToDetectMinutes.median).toBe(30);
  });

  it('time zones: a start written at 23:30 -05:00 is the next day in UTC', () => {
    const e = entry({
      path: 'a.md',
      date: '2026-01-31',
      startedAt: Date.parse('2026-01-31T23:30:00-05:00'),
    });
    const metrics = periodMetrics([e], window, NOW, NO_JUDGE, STATUSES);
    expect(metrics.months.find((m) => m.month === '2026-02')?.incidents).toBe(1);
  });

  it('a postmortem without date or start is placed by its earliest dated timeline entry', () => {
    const e = entry({ path: 'a.md', firstEventAt: Date.parse('2025-12-24T08:00:00Z') });
    const metrics = periodMetrics([e], window, NOW, NO_JUDGE, STATUSES);
    expect(metrics.months.find((m) => m.month === '2025-12')?.incidents).toBe(1);
    expect(metrics.years.find((y) => y.year === '2025')?.incidents).toBe(1);
    expect(
      periodMetrics([entry({ path: 'b.md' })], window, NOW, NO_JUDGE, STATUSES).incidents.total,
    ).toBe(0);
  });

  it('a resolution before the start is not a negative MTTR', () => {
    const e = entry({
      path: 'a.md',
      date: '2026-01-10',
      startedAt: Date.parse('2026-01-10T10:00:00Z'),
      resolvedAt: Date.parse('2026-01-10T09:00:00Z'),
    });
    expect(periodMetrics([e], window, NOW, NO_JUDGE, STATUSES).mttrMinutes.n).toBe(0);
  });

  it('the window is half-open and the previous window has the same length', () => {
    const w = {
      since: Date.parse('2025-01-01T00:00:00Z'),
      until: Date.parse('2026-01-01T00:00:00Z'),
    };
    const onEdge = entry({ path: 'edge.md', date: '2026-01-01' });
    const first = entry({ path: 'first.md', date: '2025-01-01' });
    expect(periodMetrics([onEdge, first], w, NOW, NO_JUDGE, STATUSES).incidents.total).toBe(1);
    // Same length in time: 365 days back from 2025-01-01 is 2024-01-02 (2024 is a leap year).
    expect(previousWindow(w)).toEqual({
      since: Date.parse('2024-01-02T00:00:00Z'),
      until: w.since,
    });
  });

  it('reads --since / --until as whole days (until inclusive)', () => {
    expect(parseBound('2025-03-01', false)).toBe(Date.parse('2025-03-01T00:00:00Z'));
    expect(parseBound('2025-03-31', true)).toBe(Date.parse('2025-04-01T00:00:00Z'));
    expect(parseBound('2025-02-30', false)).toBeNull();
    expect(parseBound('soon', false)).toBeNull();
    expect(resolveWindow(new Date('2026-03-31T00:00:00Z')).since).toBe(
      Date.parse('2025-03-31T00:00:00Z'),
    );
  });
});

describe('follow-up compliance (the follow-up-meeting rule window)', () => {
  const judge = followUpJudge(NOW, DEFAULT_FOLLOW_UP_OPTIONS);
  const at = (date: string, meeting: string | null, severity: number | null = 2) =>
    entry({ path: `${date}.md`, date, followUpMeetingDate: meeting, severity });

  it('within 3 calendar days by default, late after, missing once the deadline passed', () => {
    expect(judge(at('2026-01-10', '2026-01-13'))).toBe('within');
    expect(judge(at('2026-01-10', '2026-01-14'))).toBe('late');
    expect(judge(at('2026-01-10', null))).toBe('missing');
    expect(judge(at('2026-02-05', null))).toBe('unknown');
    expect(judge(entry({ path: 'x.md' }))).toBe('unknown');
  });

  it('uses the rule options (per-severity windows, business days)', () => {
    const strict = followUpJudge(NOW, {
      defaultWindowDays: 3,
      windows: { '1': 1 },
      businessDays: false,
    });
    expect(strict(at('2026-01-10', '2026-01-12', 1))).toBe('late');
    // Friday 2026-01-09 + 3 business days = Wednesday 2026-01-14.
    const business = followUpJudge(NOW, { defaultWindowDays: 3, windows: {}, businessDays: true });
    expect(business(at('2026-01-09', '2026-01-14'))).toBe('within');
  });

  it('the rate is within / (within + late + missing)', () => {
    const entries = [
      at('2026-01-10', '2026-01-11'),
      at('2026-01-12', '2026-01-20'),
      at('2026-01-14', null),
      at('2026-02-05', null),
    ];
    const metrics = periodMetrics(entries, resolveWindow(NOW), NOW, judge, STATUSES);
    expect(metrics.followUp).toEqual({
      total: 4,
      within: 1,
      late: 1,
      missing: 1,
      unknown: 1,
      rate: 0.3333,
    });
  });
});
