// The trend report's tables and cells: durations, rates and summaries (a median never without its
// n, a mean never alone), links to postmortems, row caps for size-limited places.
import type { IncidentRef, MetricChange, ReportPattern } from '../report.js';
import type { OverdueActionItem } from '../metrics.js';
import type { Summary } from '../stats.js';
import { escapeMarkdown, linkTarget } from './escape.js';
import { table } from '../../text/markdown-escape.js';
import { formatMinutes } from '../../text/wording.js';

export interface MarkdownOptions {
  /** Link target for a file and line: relative to where the report is written, or a blob URL. */
  linkTo(path: string, line: number | null): string;
  /** Let `@owner` in action items ping (issue bodies with `mention-owners: true`). */
  mentions?: boolean;
  /** At most this many rows per table (job summaries and issues have size limits). */
  maxRows?: number;
  /** The report spans several repositories: postmortems link to their own repository on GitHub. */
  multiRepository?: boolean;
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

/** `median [95% CI] (p90, mean, n)`: a median never without its interval, a mean never alone. */
export function summaryCell(summary: Summary, format: (value: number | null) => string): string {
  if (summary.n === 0) return '– (n = 0)';
  const ci = summary.medianCi
    ? ` [95% CI ${format(summary.medianCi[0])}–${format(summary.medianCi[1])}]`
    : '';
  return `${format(summary.median)}${ci} (p90 ${format(summary.p90)}, mean ${format(summary.mean)}, n = ${summary.n})`;
}

/** Where a postmortem of another repository is linked (organisation reports): its blob on GitHub. */
export function repositoryLink(repository: string, path: string, line: number | null): string {
  return `https://github.com/${repository.split('/').map(encodeURIComponent).join('/')}/blob/HEAD/${linkTarget(path, line)}`;
}

/** The link target of a postmortem: in its own repository when the report spans several. */
function targetOf(
  ref: { repository?: string | null; path: string },
  line: number | null,
  options: MarkdownOptions,
): string {
  return options.multiRepository && ref.repository
    ? repositoryLink(ref.repository, ref.path, line)
    : options.linkTo(ref.path, line);
}

export function incidentLink(ref: IncidentRef, options: MarkdownOptions): string {
  const name = ref.id ?? ref.title ?? ref.path;
  const label = escapeMarkdown(
    options.multiRepository && ref.repository ? `${ref.repository}: ${name}` : name,
    { maxLength: 80 },
  );
  return `[${label}](${targetOf(ref, ref.line, options)})`;
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
  const size = (value: number): string =>
    isRate
      ? `${Math.round(value * 100)} pts`
      : isMinutes
        ? formatMinutes(value)
        : String(Math.round(value * 10) / 10);
  let delta = '–';
  if (change.delta !== null) {
    const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
    delta = `${sign}${size(Math.abs(change.delta))}`;
  }
  const verdict =
    change.distinguishable === null
      ? 'Cannot be judged (too few values).'
      : `${change.distinguishable ? '**Distinguishable from noise.**' : 'Within noise.'} This sample could show a change of about ±${size(change.smallestDetectable ?? 0)} or more.`;
  return [change.label, show(change.previous), show(change.current), delta, verdict];
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
  items: ReadonlyArray<OverdueActionItem & { repository?: string | null }>,
  options: MarkdownOptions,
): string {
  const { rows, note } = capped(
    items.map((item) => [
      `[${escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 })}](${targetOf(item, item.line, options)})`,
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

/** Recurring problems, one row each: its keys together, how often, over which span, which postmortems. */
export function patternTable(patterns: readonly ReportPattern[], options: MarkdownOptions): string {
  const { rows, note } = capped(
    patterns.map((pattern) => [
      escapeMarkdown(pattern.keys.map(({ kind, key }) => `${kind} ${key}`).join(' · '), {
        maxLength: 120,
      }),
      String(pattern.incidents.length),
      pattern.from === pattern.to ? pattern.from : `${pattern.from} to ${pattern.to}`,
      pattern.incidents.map((ref) => incidentLink(ref, options)).join(', '),
      pattern.isNew ? 'yes' : '',
    ]),
    options,
    'patterns',
  );
  return table(['Shared', 'Incidents', 'Span', 'Postmortems', 'New this period'], rows) + note;
}

/** Any table of plain rows, capped at `maxRows` with the rest counted. */
export function cappedTable(
  headers: string[],
  rows: string[][],
  options: MarkdownOptions,
  what: string,
): string {
  const kept = capped(rows, options, what);
  return table(headers, kept.rows) + kept.note;
}
