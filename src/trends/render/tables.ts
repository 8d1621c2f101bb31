// The trend report's tables and cells: durations, rates and summaries (a median never without its
// n, a mean never alone), links to postmortems, row caps for size-limited places.
import type { IncidentRef, MetricChange, ReportPattern } from '../report.js';
import type { OverdueActionItem } from '../metrics.js';
import type { Summary } from '../stats.js';
import { escapeMarkdown } from './escape.js';
import { table } from '../../text/markdown-escape.js';
import { formatMinutes } from '../../text/wording.js';

export interface MarkdownOptions {
  /** Link target for a file and line: relative to where the report is written, or a blob URL. */
  linkTo(path: string, line: number | null): string;
  /** Let `@owner` in action items ping (issue bodies with `mention-owners: true`). */
  mentions?: boolean;
  /** At most this many rows per table (job summaries and issues have size limits). */
  maxRows?: number;
}

/** A duration in a table cell: the project's wording, or a dash when unknown. */
export function formatDuration(minutes: number | null): string {
  return minutes === null ? '–' : formatMinutes(minutes);
}

export function formatHours(hours: number | null): string {
  return hours === null ? '–' : formatDuration(hours * 60);
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** `median (p90, mean, n)`: a mean never stands alone. */
export function summaryCell(summary: Summary, format: (value: number | null) => string): string {
  if (summary.n === 0) return '– (n = 0)';
  return `${format(summary.median)} (p90 ${format(summary.p90)}, mean ${format(summary.mean)}, n = ${summary.n})`;
}

export function incidentLink(ref: IncidentRef, options: MarkdownOptions): string {
  const label = escapeMarkdown(ref.id ?? ref.title ?? ref.path, { maxLength: 60 });
  return `[${label}](${options.linkTo(ref.path, ref.line)})`;
}

export function changeCell(change: MetricChange): string[] {
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
export function capped(
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
