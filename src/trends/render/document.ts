import type { TrendReport } from '../report.js';
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
  restoreDistributionChart,
  severityLegend,
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
  cappedTable,
} from './tables.js';
import type { Hotspot } from '../metrics.js';
import { summarize } from '../stats.js';

/** Rows per table when no `maxRows` is given: 10,000 postmortems still give a report of a few hundred KB. */
export const DEFAULT_MAX_ROWS = 50;

/** Relative links from a report written at the repository root (the default `linkTo`). */
const RELATIVE_LINKS: MarkdownOptions = { linkTo: linkTarget };

const days = (value: number | null): string => (value === null ? '–' : `${value} d`);

function hotspotTable(
  spots: readonly Hotspot[],
  what: string,
  heading: string,
  options: MarkdownOptions,
): string {
  return cappedTable(
    [heading, 'Incidents', 'Open items', 'Overdue items'],
    spots.map((spot) => [
      escapeMarkdown(spot.key, { maxLength: 60, mentions: options.mentions }),
      String(spot.incidents),
      String(spot.openItems),
      String(spot.overdueItems),
    ]),
    options,
    what,
  );
}

/** The trend report as Markdown: headline numbers, Mermaid charts, tables with links, each table bounded. */
export function renderMarkdown(
  report: TrendReport,
  given: MarkdownOptions = RELATIVE_LINKS,
): string {
  const options: MarkdownOptions = {
    maxRows: DEFAULT_MAX_ROWS,
    multiRepository: report.repositories.length > 1,
    ...given,
  };
  const now = report.current;
  const lines: string[] = [];
  const extra = [
    report.files.failed.length ? `${report.files.failed.length} could not be read` : '',
    report.files.undated.length ? `${report.files.undated.length} without a readable date` : '',
    report.duplicates.length
      ? `${plural(
          report.duplicates.reduce((sum, d) => sum + d.duplicates.length, 0),
          'duplicate',
        )} of an incident id counted once`
      : '',
    report.repositories.length > 1 ? `from ${report.repositories.length} repositories` : '',
  ].filter(Boolean);
  lines.push('# Postmortem trends', '');
  lines.push(
    `Incidents from ${day(report.window.since)} to ${day(report.window.until)} (whole UTC days, end exclusive), compared with ${day(report.previousWindow.since)} to ${day(report.previousWindow.until)}. ` +
      `${plural(report.files.indexed, 'postmortem')} indexed${extra.length ? `, ${extra.join(', ')}` : ''}.`,
    '',
  );

  lines.push('## Headline', '');
  lines.push(
    table(
      [
        'Incidents',
        'Time to restore, median',
        'Time to mitigate, median',
        'Time to detect, median',
        'Postmortems completed',
        'Review on time',
        'Open action items (this period)',
        'Overdue (all postmortems)',
      ],
      [
        [
          `**${now.incidents.total}** (${now.incidents.perMonth}/month)`,
          `**${formatDuration(now.mttrMinutes.median)}** ${ciOf(now.mttrMinutes)}(n = ${now.mttrMinutes.n})`,
          `${formatDuration(now.timeToMitigateMinutes.median)} ${ciOf(now.timeToMitigateMinutes)}(n = ${now.timeToMitigateMinutes.n})`,
          `${formatDuration(now.timeToDetectMinutes.median)} ${ciOf(now.timeToDetectMinutes)}(n = ${now.timeToDetectMinutes.n})`,
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
        ? `_Stacked from the bottom up: ${severityLegend(levels)}. Exact counts below._`
        : `_${severityLegend(levels)}. Exact counts below._`,
      '',
    );
    lines.push(
      cappedTable(
        [
          periods.unit === 'month' ? 'Month' : 'Year',
          'Incidents',
          ...levels,
          'Time to restore, median',
        ],
        // Most recent first when capped, so the latest periods are the ones kept.
        [...periods.rows]
          .reverse()
          .map((row) => [
            row.label,
            String(row.incidents),
            ...levels.map((level) => String(row.bySeverity[level] ?? 0)),
            row.mttrMinutes.n === 0
              ? '–'
              : `${formatDuration(row.mttrMinutes.median)} (n = ${row.mttrMinutes.n})`,
          ]),
        options,
        `${periods.unit}s`,
      ),
      '',
    );
  }

  lines.push('## Time to restore, mitigate and detect', '');
  const chart = mttrChart(periods);
  if (chart) lines.push(chart, '');
  const distribution = restoreDistributionChart(report.restoreDistribution);
  if (distribution) lines.push(distribution, '');
  const deploy = now.deployTriggered;
  const timingRows = [
    [
      'Time to restore (start → resolved)',
      summaryCell(now.mttrMinutes, formatDuration),
      String(now.mttrMinutes.unknown),
    ],
    [
      'Time to mitigate (start → mitigated)',
      summaryCell(now.timeToMitigateMinutes, formatDuration),
      String(now.timeToMitigateMinutes.unknown),
    ],
    [
      'Time to detect (start → detected)',
      summaryCell(now.timeToDetectMinutes, formatDuration),
      String(now.timeToDetectMinutes.unknown),
    ],
    [
      `Time to restore, deployment-triggered (${plural(deploy.incidents, 'incident')})`,
      summaryCell(deploy.restoreMinutes, formatDuration),
      String(deploy.restoreMinutes.unknown),
    ],
    ...Object.entries(now.mttrMinutes.bySeverity)
      .sort(([a], [b]) => SEVERITY_ORDER(a, b))
      .map(([level, summary]) => [
        `Time to restore, ${level}`,
        summaryCell(summary, formatDuration),
        '',
      ]),
    ['Time between incidents (all services)', summaryCell(now.mtbfHours.overall, formatHours), ''],
    ['Incident → postmortem completed', summaryCell(now.completion.daysToComplete, days), ''],
  ];
  lines.push(table(['Measure', 'Median [95% CI] (p90, mean, n)', 'Not known for'], timingRows), '');
  const serviceRows = Object.entries(now.mttrMinutes.byService)
    .sort(([, a], [, b]) => b.n - a.n)
    .map(([service, summary]) => [
      escapeMarkdown(service, { maxLength: 40 }),
      summaryCell(summary, formatDuration),
      summaryCell(now.mtbfHours.byService[service] ?? summarize([]), formatHours),
    ]);
  if (serviceRows.length > 0)
    lines.push(
      cappedTable(
        ['Service', 'Time to restore', 'Time between incidents'],
        serviceRows,
        options,
        'services',
      ),
      '',
    );
  const excludedNote =
    now.excludedFromTiming === 0
      ? ''
      : ` ${plural(now.excludedFromTiming, 'incident')} marked \`exclude_from_metrics\` ${now.excludedFromTiming === 1 ? 'is' : 'are'} counted as incidents but left out of every timing measure.`;
  lines.push(
    `_Percentiles are nearest-rank. Each median has a 95% bootstrap interval (1,000 resamples, seeded: the same postmortems give the same interval).${excludedNote}_`,
    '',
  );
  if (report.excluded.length > 0) {
    lines.push('### Excluded from the timing measures', '');
    lines.push(
      cappedTable(
        ['Postmortem', 'Reason'],
        report.excluded.map(({ incident, reason }) => [
          incidentLink(incident, options),
          escapeMarkdown(reason, { maxLength: 100 }),
        ]),
        options,
        'excluded incidents',
      ),
      '',
    );
  }

  lines.push('## Hotspots', '');
  if (now.hotspots.services.length === 0 && now.hotspots.owners.length === 0)
    lines.push('No services or action-item owners are named in this window.', '');
  else {
    if (now.hotspots.services.length > 0)
      lines.push(hotspotTable(now.hotspots.services, 'services', 'Service', options), '');
    if (now.hotspots.owners.length > 0)
      lines.push(hotspotTable(now.hotspots.owners, 'owners', 'Action-item owner', options), '');
  }

  if (report.repositories.length > 1) {
    lines.push('## By repository', '');
    lines.push(
      cappedTable(
        [
          'Repository',
          'Postmortems',
          'Incidents',
          'Time to restore, median',
          'Open items',
          'Overdue items',
        ],
        report.repositories.map((row) => [
          escapeMarkdown(row.repository, { maxLength: 100 }),
          String(row.postmortems),
          String(row.incidents),
          formatDuration(row.mttrMedianMinutes),
          String(row.openItems),
          String(row.overdueItems),
        ]),
        options,
        'repositories',
      ),
      '',
    );
  }

  lines.push('## Action items', '');
  const pie = actionItemsChart(now);
  if (pie) lines.push(pie, '');
  lines.push(
    `${now.actionItems.total} action items from this period's postmortems: ${now.actionItems.done} done (${percent(now.actionItems.completionRate)}), ${now.actionItems.open} open, ${now.actionItems.overdue} overdue. ` +
      `Median time to close where a closing date is written: ${summaryCell(now.actionItems.daysToClose, days)}.`,
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
  lines.push('### Similar incidents with different or missing categories', '');
  if (report.similar.length === 0) {
    const closest = report.similarity.closestScore;
    lines.push(
      `No similar incidents above ${report.similarity.threshold.toFixed(2)}${closest === null ? '' : ` (the closest pair scored ${closest.toFixed(2)})`}.`,
      '',
    );
  } else
    lines.push(
      cappedTable(
        ['Similarity', 'Shared terms', 'Postmortems'],
        report.similar.map((group) => [
          group.score.toFixed(2),
          escapeMarkdown(group.sharedTerms.join(', ')),
          group.incidents.map((ref) => incidentLink(ref, options)).join(', '),
        ]),
        options,
        'groups',
      ),
      '',
    );

  if (report.duplicates.length > 0) {
    lines.push('## Duplicate incident ids', '');
    lines.push(
      'Each id is counted once, as its first postmortem; the later ones are left out of every figure.',
      '',
    );
    lines.push(
      cappedTable(
        ['Id', 'Counted', 'Left out'],
        report.duplicates.map((duplicate) => [
          escapeMarkdown(duplicate.id, { maxLength: 60 }),
          incidentLink(duplicate.first, options),
          duplicate.duplicates.map((ref) => incidentLink({ ...ref, id: null }, options)).join(', '),
        ]),
        options,
        'duplicated ids',
      ),
      '',
    );
  }

  lines.push('## What changed since the previous period', '');
  lines.push(
    table(
      ['Measure', 'Previous', 'Now', 'Change', 'Distinguishable from noise?'],
      report.changes.map(changeCell),
    ),
    '',
  );

  if (report.files.failed.length > 0) {
    lines.push('## Files that could not be read', '');
    const max = options.maxRows ?? Infinity;
    for (const failed of report.files.failed.slice(0, max)) {
      lines.push(
        `- [${escapeMarkdown(failed.path)}](${options.linkTo(failed.path, failed.line)}): ${escapeMarkdown(failed.message, { maxLength: 200 })}`,
      );
    }
    if (report.files.failed.length > max)
      lines.push(`- …and ${report.files.failed.length - max} more (see the JSON report).`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `[95% CI a–b] ` for a headline cell, or nothing. */
function ciOf(summary: { medianCi: [number, number] | null }): string {
  return summary.medianCi
    ? `[${formatDuration(summary.medianCi[0])}–${formatDuration(summary.medianCi[1])}] `
    : '';
}
