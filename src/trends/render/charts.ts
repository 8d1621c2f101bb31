// Mermaid charts of the trend report (xychart-beta bars and lines, a pie), with exact counts in
// the tables beside them.
import type { BucketMetrics, PeriodMetrics } from '../metrics.js';

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
  return metrics.months.length <= MAX_MONTH_COLUMNS
    ? { unit: 'month', rows: metrics.months.map((month) => ({ ...month, label: month.month })) }
    : { unit: 'year', rows: metrics.years.map((year) => ({ ...year, label: year.year })) };
}

/** Stacked bars by severity: xychart-beta has no stacking, so cumulative series are drawn largest first. */
export function incidentsChart(metrics: PeriodMetrics, periods: Periods): string {
  const levels = severities(metrics);
  const cumulative = levels.map((_, k) =>
    periods.rows.map((row) =>
      levels.slice(0, k + 1).reduce((sum, level) => sum + (row.bySeverity[level] ?? 0), 0),
    ),
  );
  const max = Math.max(1, ...periods.rows.map((row) => row.incidents));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Incidents per ${periods.unit} by severity"`,
    `  x-axis [${periods.rows.map((row) => quoted(row.label)).join(', ')}]`,
    `  y-axis "Incidents" 0 --> ${max}`,
    ...cumulative.reverse().map((series) => `  bar [${series.join(', ')}]`),
    '```',
  ].join('\n');
}

export function mttrChart(periods: Periods): string | null {
  const rows = periods.rows.filter((row) => row.mttrMinutes.median !== null);
  if (rows.length < 2) return null;
  const max = Math.max(...rows.map((row) => row.mttrMinutes.median as number));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "MTTR median by ${periods.unit} (minutes; ${periods.unit}s without incidents left out)"`,
    `  x-axis [${rows.map((row) => quoted(row.label)).join(', ')}]`,
    `  y-axis "Minutes" 0 --> ${Math.ceil(max)}`,
    `  line [${rows.map((row) => Math.round(row.mttrMinutes.median as number)).join(', ')}]`,
    '```',
  ].join('\n');
}

export function actionItemsChart(metrics: PeriodMetrics): string | null {
  const { done, open, overdue } = metrics.actionItems;
  if (done + open === 0) return null;
  return [
    '```mermaid',
    'pie showData title Action items of this period',
    `  "Done" : ${done}`,
    `  "Open, not overdue" : ${open - overdue}`,
    `  "Overdue" : ${overdue}`,
    '```',
  ].join('\n');
}
