// Mermaid charts of the trend report (xychart-beta bars and lines, a pie), with exact counts in
// the tables beside them.
import type { BucketMetrics, PeriodMetrics } from '../metrics.js';
import type { RestoreDistribution } from '../report.js';

export const SEVERITY_ORDER = (a: string, b: string): number =>
  a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b, 'en', { numeric: true });

function quoted(label: string): string {
  return `"${label.replace(/"/g, "'")}"`;
}

export function severities(metrics: PeriodMetrics): string[] {
  return Object.keys(metrics.incidents.bySeverity).sort(SEVERITY_ORDER);
}

/** Beyond this many months, charts and tables go by year so they stay readable. */
const MAX_MONTH_COLUMNS = 24;

export interface Periods {
  /** `month` or `year`. */
  unit: string;
  rows: Array<BucketMetrics & { label: string }>;
}

export function periodsOf(metrics: PeriodMetrics): Periods {
  return metrics.months.length <= MAX_MONTH_COLUMNS && metrics.months.length > 0
    ? { unit: 'month', rows: metrics.months.map((month) => ({ ...month, label: month.month })) }
    : { unit: 'year', rows: metrics.years.map((year) => ({ ...year, label: year.year })) };
}

/**
 * Colours readable on GitHub's light (#ffffff) and dark (#0d1117) backgrounds: mid-tone hues,
 * none close to either background, each matched by a coloured-square emoji for the legend
 * (Mermaid's xychart has no legend of its own).
 */
export const PALETTE = [
  { color: '#d1242f', swatch: '🟥' },
  { color: '#e16f24', swatch: '🟧' },
  { color: '#bf8700', swatch: '🟨' },
  { color: '#1f883d', swatch: '🟩' },
  { color: '#0969da', swatch: '🟦' },
  { color: '#8250df', swatch: '🟪' },
  { color: '#6e7781', swatch: '⬜' },
] as const;

/** Text and axes: a mid grey, legible on both backgrounds. */
const NEUTRAL = '#6e7781';

/** The colour of the k-th series (the last one for any beyond the palette). */
function paletteAt(k: number): (typeof PALETTE)[number] {
  return PALETTE[Math.min(k, PALETTE.length - 1)];
}

/**
 * Mermaid's init directive: an explicit plot palette and neutral text colours, so the default
 * theme's pale `#ECECFF` first series never meets a white page.
 */
function init(colors: readonly string[]): string {
  const variables = {
    xyChart: {
      plotColorPalette: colors.join(', '),
      backgroundColor: 'transparent',
      titleColor: NEUTRAL,
      xAxisLabelColor: NEUTRAL,
      yAxisLabelColor: NEUTRAL,
      xAxisTitleColor: NEUTRAL,
      yAxisTitleColor: NEUTRAL,
      xAxisLineColor: NEUTRAL,
      yAxisLineColor: NEUTRAL,
      xAxisTickColor: NEUTRAL,
      yAxisTickColor: NEUTRAL,
    },
  };
  return `%%{init: ${JSON.stringify({ theme: 'base', themeVariables: variables })}}%%`;
}

/** Beyond this many periods a chart shows the latest ones (the table beside it has them all). */
const MAX_CHART_COLUMNS = 40;

function latest<T>(rows: readonly T[]): T[] {
  return rows.slice(Math.max(0, rows.length - MAX_CHART_COLUMNS));
}

/** A legend line for stacked series: each severity with its colour square. */
export function severityLegend(levels: readonly string[]): string {
  return levels.map((level, k) => `${paletteAt(k).swatch} ${level}`).join(' · ');
}

/**
 * Stacked bars by severity: xychart-beta has no stacking, so cumulative series are drawn largest
 * first, each level's colour from the palette. A level with no incidents in the window has no
 * series, so it leaves no sliver; the y-axis starts at 0 so an empty period draws nothing.
 */
export function incidentsChart(metrics: PeriodMetrics, periods: Periods): string {
  const levels = severities(metrics);
  const rows = latest(periods.rows);
  const cumulative = levels.map((_, k) =>
    rows.map((row) =>
      levels.slice(0, k + 1).reduce((sum, level) => sum + (row.bySeverity[level] ?? 0), 0),
    ),
  );
  const max = Math.max(1, ...rows.map((row) => row.incidents));
  // Drawn largest first, so the palette is given in that order too.
  const colors = levels.map((_, k) => paletteAt(k).color).reverse();
  return [
    '```mermaid',
    init(colors),
    'xychart-beta',
    `  title "Incidents per ${periods.unit} by severity"`,
    `  x-axis [${rows.map((row) => quoted(row.label)).join(', ')}]`,
    `  y-axis "Incidents" 0 --> ${max}`,
    ...cumulative.reverse().map((series) => `  bar [${series.join(', ')}]`),
    '```',
  ].join('\n');
}

export function mttrChart(periods: Periods): string | null {
  const rows = latest(periods.rows.filter((row) => row.mttrMinutes.median !== null));
  if (rows.length < 2) return null;
  const max = Math.max(...rows.map((row) => row.mttrMinutes.median as number));
  return [
    '```mermaid',
    init([PALETTE[4].color]),
    'xychart-beta',
    `  title "Time to restore, median by ${periods.unit} (minutes; ${periods.unit}s without incidents left out)"`,
    `  x-axis [${rows.map((row) => quoted(row.label)).join(', ')}]`,
    `  y-axis "Minutes" 0 --> ${Math.max(1, Math.ceil(max))}`,
    `  line [${rows.map((row) => Math.round(row.mttrMinutes.median as number)).join(', ')}]`,
    '```',
  ].join('\n');
}

/**
 * How restore times spread: a bar per range, the ranges holding the median and the p90 named on
 * the axis (`1–2 h ◆ median`). Empty ranges beyond the last non-empty one are left out.
 */
export function restoreDistributionChart(distribution: RestoreDistribution): string | null {
  const { buckets, medianBucket, p90Bucket } = distribution;
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  if (total < 2) return null;
  let last = buckets.length - 1;
  while (last > 0 && buckets[last].count === 0) last--;
  const shown = buckets.slice(0, last + 1);
  const label = (text: string, i: number): string => {
    const marks = [i === medianBucket ? 'median' : '', i === p90Bucket ? 'p90' : ''].filter(
      Boolean,
    );
    return marks.length === 0 ? text : `${text} ◆ ${marks.join(', ')}`;
  };
  return [
    '```mermaid',
    init([PALETTE[4].color]),
    'xychart-beta',
    '  title "Time to restore: incidents per range (◆ where the median and p90 fall)"',
    `  x-axis [${shown.map((bucket, i) => quoted(label(bucket.label, i))).join(', ')}]`,
    `  y-axis "Incidents" 0 --> ${Math.max(1, ...shown.map((bucket) => bucket.count))}`,
    `  bar [${shown.map((bucket) => bucket.count).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Done / open / overdue; a slice with no items is left out (a zero slice draws a sliver and a stray label). */
export function actionItemsChart(metrics: PeriodMetrics): string | null {
  const { done, open, overdue } = metrics.actionItems;
  if (done + open === 0) return null;
  const slices: Array<[string, number, string]> = [
    ['Done', done, PALETTE[3].color],
    ['Open, not overdue', open - overdue, PALETTE[4].color],
    ['Overdue', overdue, PALETTE[0].color],
  ];
  const kept = slices.filter(([, value]) => value > 0);
  const variables = {
    ...Object.fromEntries(kept.map(([, , color], i) => [`pie${i + 1}`, color])),
    pieStrokeColor: NEUTRAL,
    pieOuterStrokeColor: NEUTRAL,
    pieTitleTextColor: NEUTRAL,
    pieLegendTextColor: NEUTRAL,
    pieSectionTextColor: '#ffffff',
  };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify({ theme: 'base', themeVariables: variables })}}%%`,
    'pie showData title Action items of this period',
    ...kept.map(([name, value]) => `  "${name}" : ${value}`),
    '```',
  ].join('\n');
}
