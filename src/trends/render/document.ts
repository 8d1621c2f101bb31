import type { IncidentRef, MetricChange, ReportPattern, TrendReport } from '../report.js';
import type { BucketMetrics, OverdueActionItem, PeriodMetrics } from '../metrics.js';
import type { Summary } from '../stats.js';
import { MIN_TREND_SAMPLE } from '../stats.js';
import { escapeMarkdown, linkTarget } from './escape.js';
import { table } from '../../text/markdown-escape.js';
import { formatMinutes, plural } from '../../text/wording.js';

export interface MarkdownOptions {
  /** Link target for a file and line: relative to where the report is written, or a blob URL. */
  linkTo(path: string, line: number | null): string;
  /** Let `@owner` in action items ping (issue bodies with `mention-owners: true`). */
  mentions?: boolean;
  /** At most this many rows per table (job summaries and issues have size limits). */
  maxRows?: number;
}

/** Relative links from a report written at the repository root (the default `linkTo`). */
const RELATIVE_LINKS: MarkdownOptions = { linkTo: linkTarget };

const SEVERITY_ORDER = (a: string, b: string): number =>
  a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b, 'en', { numeric: true });

/** A duration in a table cell: the project's wording, or a dash when unknown. */
function formatDuration(minutes: number | null): string {
  return minutes === null ? '–' : formatMinutes(minutes);
}

function formatHours(hours: number | null): string {
  return hours === null ? '–' : formatDuration(hours * 60);
}

function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** `median (p90, mean, n)`: a mean never stands alone. */
function summaryCell(summary: Summary, format: (value: number | null) => string): string {
  if (summary.n === 0) return '– (n = 0)';
  return `${format(summary.median)} (p90 ${format(summary.p90)}, mean ${format(summary.mean)}, n = ${summary.n})`;
}

function incidentLink(ref: IncidentRef, options: MarkdownOptions): string {
  const label = escapeMarkdown(ref.id ?? ref.title ?? ref.path, { maxLength: 60 });
  return `[${label}](${options.linkTo(ref.path, ref.line)})`;
}

function quoted(label: string): string {
  return `"${label.replace(/"/g, "'")}"`;
}

function severities(metrics: PeriodMetrics): string[] {
  return Object.keys(metrics.incidents.bySeverity).sort(SEVERITY_ORDER);
}

/** Beyond this many months, charts and tables go by year so they stay readable. */
const MAX_MONTH_COLUMNS = 24;

interface Periods {
  /** `month` or `year`. */
  unit: string;
  rows: Array<BucketMetrics & { label: string }>;
}

function periodsOf(metrics: PeriodMetrics): Periods {
  return metrics.months.length <= MAX_MONTH_COLUMNS
    ? { unit: 'month', rows: metrics.months.map((month) => ({ ...month, label: month.month })) }
    : { unit: 'year', rows: metrics.years.map((year) => ({ ...year, label: year.year })) };
}

/** Stacked bars by severity: xychart-beta has no stacking, so cumulative series are drawn largest first. */
function incidentsChart(metrics: PeriodMetrics, periods: Periods): string {
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

function mttrChart(periods: Periods): string | null {
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

function actionItemsChart(metrics: PeriodMetrics): string | null {
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

function changeCell(change: MetricChange): string[] {
  const isRate = change.metric.endsWith('Rate');
  const isMinutes = change.metric.endsWith('Minutes');
  const show = (value: number | null): string =>
    isRate
      ? percent(value)
      : isMinutes
        ? formatDuration(value)
        : value === null
          ? '–'
          : String(value);
  let delta = '–';
  if (change.delta !== null) {
    const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
    const size = Math.abs(change.delta);
    delta = `${sign}${isRate ? `${Math.round(size * 100)} pts` : isMinutes ? formatMinutes(size) : size}`;
  }
  return [change.label, show(change.previous), show(change.current), delta, change.caveat ?? ''];
}

/** Rows beyond `maxRows`, dropped with a closing line saying how many. */
function capped(
  rows: string[][],
  options: MarkdownOptions,
  what: string,
): { rows: string[][]; note: string } {
  const max = options.maxRows ?? Infinity;
  if (rows.length <= max) return { rows, note: '' };
  return {
    rows: rows.slice(0, max),
    note: `\n\n…and ${rows.length - max} more ${what} (see the JSON report).`,
  };
}

/** Overdue action items with links to their lines; owners ping only with `options.mentions`. */
export function overdueTable(
  items: readonly OverdueActionItem[],
  options: MarkdownOptions,
): string {
  const { rows, note } = capped(
    items.map((item) => [
      `[${escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 })}](${options.linkTo(item.path, item.line)})`,
      escapeMarkdown([item.id, item.action].filter(Boolean).join(': ') || '(no description)', {
        maxLength: 100,
      }),
      escapeMarkdown(item.owner ?? '(no owner)', { mentions: options.mentions }),
      item.deadline,
      String(item.daysOverdue),
      item.ageDays === null ? '–' : String(item.ageDays),
    ]),
    options,
    'overdue items',
  );
  return (
    table(['Postmortem', 'Item', 'Owner', 'Deadline', 'Days overdue', 'Age (days)'], rows) + note
  );
}

/** Recurring patterns: what is shared, how often, which postmortems (linked). */
export function patternTable(patterns: readonly ReportPattern[], options: MarkdownOptions): string {
  const { rows, note } = capped(
    patterns.map((pattern) => [
      pattern.kind,
      escapeMarkdown(pattern.key, { maxLength: 60 }),
      String(pattern.incidents.length),
      pattern.incidents.map((ref) => incidentLink(ref, options)).join(', '),
      pattern.isNew ? 'yes' : '',
    ]),
    options,
    'patterns',
  );
  return table(['Shared', 'Value', 'Incidents', 'Postmortems', 'New this period'], rows) + note;
}

/** The trend report as Markdown: headline numbers, Mermaid charts, tables with links. */
export function renderMarkdown(
  report: TrendReport,
  options: MarkdownOptions = RELATIVE_LINKS,
): string {
  const now = report.current;
  const lines: string[] = [];
  lines.push('# Postmortem trends', '');
  lines.push(
    `Incidents from ${day(report.window.since)} to ${day(report.window.until)} (end exclusive), compared with ${day(report.previousWindow.since)} to ${day(report.previousWindow.until)}. ` +
      `${plural(report.files.indexed, 'postmortem')} indexed${report.files.failed.length ? `, ${report.files.failed.length} could not be read` : ''}${report.files.undated.length ? `, ${report.files.undated.length} without a readable date` : ''}.`,
    '',
  );
  if (now.sampleTooSmall) {
    lines.push(
      `> [!NOTE]`,
      `> ${plural(now.incidents.total, 'incident')} in this window: fewer than ${MIN_TREND_SAMPLE}, too few to call a trend. Read the numbers as a record, not as a direction.`,
      '',
    );
  }

  lines.push('## Headline', '');
  lines.push(
    table(
      [
        'Incidents',
        'MTTR median',
        'Time to detect median',
        'Postmortems completed',
        'Review on time',
        'Open action items (this period)',
        'Overdue (all postmortems)',
      ],
      [
        [
          `**${now.incidents.total}** (${now.incidents.perMonth}/month)`,
          `**${formatDuration(now.mttrMinutes.median)}** (n = ${now.mttrMinutes.n})`,
          `${formatDuration(now.timeToDetectMinutes.median)} (n = ${now.timeToDetectMinutes.n})`,
          `${percent(now.completion.rate)} (${now.completion.completed}/${now.completion.total})`,
          `${percent(now.followUp.rate)} (${now.followUp.within}/${now.followUp.within + now.followUp.late + now.followUp.missing})`,
          String(now.actionItems.open),
          `**${report.overdueActionItems.length}**`,
        ],
      ],
    ),
    '',
  );

  const periods = periodsOf(now);
  lines.push(`## Incidents per ${periods.unit}`, '');
  if (now.incidents.total === 0) lines.push('No incidents in this window.', '');
  else {
    const levels = severities(now);
    lines.push(incidentsChart(now, periods), '');
    lines.push(
      levels.length > 1
        ? `_Bars are stacked by severity, ${levels.join(', ')} from the bottom up; exact counts below._`
        : '_Exact counts below._',
      '',
    );
    lines.push(
      table(
        [periods.unit === 'month' ? 'Month' : 'Year', 'Incidents', ...levels, 'MTTR median'],
        periods.rows.map((row) => [
          row.label,
          String(row.incidents),
          ...levels.map((level) => String(row.bySeverity[level] ?? 0)),
          row.mttrMinutes.n === 0
            ? '–'
            : `${formatDuration(row.mttrMinutes.median)} (n = ${row.mttrMinutes.n})`,
        ]),
      ),
      '',
    );
  }

  lines.push('## Time to restore and detect', '');
  const chart = mttrChart(periods);
  if (chart) lines.push(chart, '');
  const timingRows = [
    [
      'Time to restore (start → resolved)',
      summaryCell(now.mttrMinutes, formatDuration),
      String(now.mttrMinutes.unknown),
    ],
    ...Object.entries(now.mttrMinutes.bySeverity)
      .sort(([a], [b]) => SEVERITY_ORDER(a, b))
      .map(([level, summary]) => [
        `Time to restore, ${level}`,
        summaryCell(summary, formatDuration),
        '',
      ]),
    ...Object.entries(now.mttrMinutes.byService).map(([service, summary]) => [
      `Time to restore, ${escapeMarkdown(service, { maxLength: 40 })}`,
      summaryCell(summary, formatDuration),
      '',
    ]),
    [
      'Time to detect (start → detected)',
      summaryCell(now.timeToDetectMinutes, formatDuration),
      String(now.timeToDetectMinutes.unknown),
    ],
    ['Time between incidents (all services)', summaryCell(now.mtbfHours.overall, formatHours), ''],
    ...Object.entries(now.mtbfHours.byService)
      .filter(([, summary]) => summary.n > 0)
      .map(([service, summary]) => [
        `Time between incidents, ${escapeMarkdown(service, { maxLength: 40 })}`,
        summaryCell(summary, formatHours),
        '',
      ]),
    [
      'Incident → postmortem completed',
      summaryCell(now.completion.daysToComplete, (days) => (days === null ? '–' : `${days} d`)),
      '',
    ],
  ];
  lines.push(table(['Measure', 'Median (p90, mean, n)', 'Not known for'], timingRows), '');
  lines.push(
    '_Percentiles are nearest-rank; a median or p90 over fewer than 10 incidents is a record, not a trend._',
    '',
  );

  lines.push('## Action items', '');
  const pie = actionItemsChart(now);
  if (pie) lines.push(pie, '');
  lines.push(
    `${now.actionItems.total} action items from this period's postmortems: ${now.actionItems.done} done (${percent(now.actionItems.completionRate)}), ${now.actionItems.open} open, ${now.actionItems.overdue} overdue. ` +
      `Median time to close where a closing date is written: ${summaryCell(now.actionItems.daysToClose, (days) => (days === null ? '–' : `${days} d`))}.`,
    '',
  );
  if (report.overdueActionItems.length > 0) {
    lines.push(
      '### Overdue action items',
      '',
      overdueTable(report.overdueActionItems, options),
      '',
    );
  }

  lines.push('## Recurring patterns', '');
  if (report.patterns.length === 0)
    lines.push('No root-cause category, service or tag recurs often enough to be a pattern.', '');
  else lines.push(patternTable(report.patterns, options), '');
  if (report.similar.length > 0) {
    lines.push('### Similar incidents with different or missing categories', '');
    lines.push(
      table(
        ['Similarity', 'Shared terms', 'Postmortems'],
        report.similar.map((group) => [
          group.score.toFixed(2),
          escapeMarkdown(group.sharedTerms.join(', ')),
          group.incidents.map((ref) => incidentLink(ref, options)).join(', '),
        ]),
      ),
      '',
    );
  }

  lines.push('## What changed since the previous period', '');
  lines.push(
    table(['Measure', 'Previous', 'Now', 'Change', 'Note'], report.changes.map(changeCell)),
    '',
  );

  if (report.files.failed.length > 0) {
    lines.push('## Files that could not be read', '');
    for (const failed of report.files.failed) {
      lines.push(
        `- [${escapeMarkdown(failed.path)}](${options.linkTo(failed.path, failed.line)}): ${escapeMarkdown(failed.message, { maxLength: 200 })}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
