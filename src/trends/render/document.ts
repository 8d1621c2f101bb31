import type { TrendReport } from '../report.js';
import { MIN_TREND_SAMPLE } from '../stats.js';
import { escapeMarkdown, linkTarget } from './escape.js';
import { table } from '../../text/markdown-escape.js';
import { plural } from '../../text/wording.js';
import {
  SEVERITY_ORDER,
  severities,
  periodsOf,
  incidentsChart,
  mttrChart,
  actionItemsChart,
} from './charts.js';
import {
  type MarkdownOptions,
  formatDuration,
  formatHours,
  percent,
  day,
  summaryCell,
  incidentLink,
  changeCell,
  overdueTable,
  patternTable,
} from './tables.js';

/** Relative links from a report written at the repository root (the default `linkTo`). */
const RELATIVE_LINKS: MarkdownOptions = { linkTo: linkTarget };

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
