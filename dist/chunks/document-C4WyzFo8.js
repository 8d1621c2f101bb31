import { k as formatMinutes, u as plural } from './resolve-cfr8Br3c.js';
import { s as summarize } from './report-iuJZ0I-V.js';

/**
 * Markdown for GitHub comments and job summaries built from text we do not control (rule messages
 * quote postmortems; file names come from the repository). The rendered text must look like the
 * source text and must not act: no raw HTML, no broken table, no notification.
 */
/** Zero-width joiner: invisible, but GitHub's @mention and #reference matchers stop at it. */
const ZERO_WIDTH_JOINER = '\u200D';
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * One line of inline Markdown showing `text` literally:
 * - `&`, `<`, `>` become entities, so no HTML tag or comment survives (`<script>` shows as text);
 * - Markdown punctuation (`\`, backticks, `*`, `_`, `[`, `]`, `~`, `|`) is backslash-escaped, so no
 *   emphasis, link or code span appears and a `|` never splits a table cell;
 * - line breaks become spaces (a table row is one line);
 * - `@name` and `@org/team` get a zero-width joiner after the `@`, so nobody is pinged;
 * - `#123`, `GH-123` and `owner/repo#123` get one after the `#` / `-`, so the comment does not add
 *   a cross-reference to the timeline of an unrelated issue or pull request every time it is
 *   updated (postmortems often cite tickets by number).
 */
function inlineText(text) {
    return text
        .replace(/\r\n?|\n/g, ' ')
        .replace(/[&<>]/g, (character) => HTML_ENTITIES[character])
        .replace(/[\\`*_[\]~|]/g, '\\$&')
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_JOINER}`);
}
/** `%28` for `(`: for the few ASCII characters `encodeURIComponent` leaves alone or we must force. */
function percentEncoded(character) {
    return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
/** A URL path from repository path segments (`a b/(c).md` → `a%20b/%28c%29.md`). */
function urlPath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()!'*]/g, percentEncoded))
        .join('/');
}
/**
 * A link whose visible text is `text` (escaped). `url` is one we built (its path segments already
 * percent-encoded); characters that would end a Markdown link destination are encoded too.
 */
function link(text, url) {
    const destination = url.replace(/[()<>\s]/g, percentEncoded);
    return `[${inlineText(text)}](${destination})`;
}
/** A GitHub-flavoured Markdown table; cells must already be inline Markdown. */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// The Markdown escaping is shared with the action's comments and summaries
// (src/reporters/markdown-escape.ts): one definition of "safe", wherever a report goes.
/**
 * Text taken from postmortems, made safe for a Markdown table cell or line in a report, a job
 * summary or an issue (see `inlineText`: one line, no raw HTML, no table-breaking pipe, no
 * link, no `@mention` ping), shortened to `maxLength`. `mentions` lets `@owner` ping.
 */
function escapeMarkdown(text, options = {}) {
    const { mentions = false, maxLength = 160 } = options;
    let line = text.replace(/\s+/g, ' ').trim();
    if (line.length > maxLength)
        line = `${line.slice(0, maxLength - 1).trimEnd()}…`;
    const escaped = inlineText(line);
    return mentions ? escaped.replace(/@\u200D/g, '@') : escaped;
}
/** A relative link target to a file, or to one of its lines (`#L12`), path segments encoded. */
function linkTarget(path, line) {
    return line === null ? urlPath(path) : `${urlPath(path)}#L${line}`;
}

const SEVERITY_ORDER = (a, b) => a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b, 'en', { numeric: true });
function quoted(label) {
    return `"${label.replace(/"/g, "'")}"`;
}
function severities(metrics) {
    return Object.keys(metrics.incidents.bySeverity).sort(SEVERITY_ORDER);
}
/** Beyond this many months, charts and tables go by year so they stay readable. */
const MAX_MONTH_COLUMNS = 24;
function periodsOf(metrics) {
    return metrics.months.length <= MAX_MONTH_COLUMNS && metrics.months.length > 0
        ? { unit: 'month', rows: metrics.months.map((month) => ({ ...month, label: month.month })) }
        : { unit: 'year', rows: metrics.years.map((year) => ({ ...year, label: year.year })) };
}
/**
 * Colours readable on GitHub's light (#ffffff) and dark (#0d1117) backgrounds: mid-tone hues,
 * none close to either background, each matched by a coloured-square emoji for the legend
 * (Mermaid's xychart has no legend of its own).
 */
const PALETTE = [
    { color: '#d1242f', swatch: '🟥' },
    { color: '#e16f24', swatch: '🟧' },
    { color: '#bf8700', swatch: '🟨' },
    { color: '#1f883d', swatch: '🟩' },
    { color: '#0969da', swatch: '🟦' },
    { color: '#8250df', swatch: '🟪' },
    { color: '#6e7781', swatch: '⬜' },
];
/** Text and axes: a mid grey, legible on both backgrounds. */
const NEUTRAL = '#6e7781';
/** The colour of the k-th series (the last one for any beyond the palette). */
function paletteAt(k) {
    return PALETTE[Math.min(k, PALETTE.length - 1)];
}
/**
 * Mermaid's init directive: an explicit plot palette and neutral text colours, so the default
 * theme's pale `#ECECFF` first series never meets a white page.
 */
function init(colors) {
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
function latest(rows) {
    return rows.slice(Math.max(0, rows.length - MAX_CHART_COLUMNS));
}
/** A legend line for stacked series: each severity with its colour square. */
function severityLegend(levels) {
    return levels.map((level, k) => `${paletteAt(k).swatch} ${level}`).join(' · ');
}
/**
 * Stacked bars by severity: xychart-beta has no stacking, so cumulative series are drawn largest
 * first, each level's colour from the palette. A level with no incidents in the window has no
 * series, so it leaves no sliver; the y-axis starts at 0 so an empty period draws nothing.
 */
function incidentsChart(metrics, periods) {
    const levels = severities(metrics);
    const rows = latest(periods.rows);
    const cumulative = levels.map((_, k) => rows.map((row) => levels.slice(0, k + 1).reduce((sum, level) => sum + (row.bySeverity[level] ?? 0), 0)));
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
function mttrChart(periods) {
    const rows = latest(periods.rows.filter((row) => row.mttrMinutes.median !== null));
    if (rows.length < 2)
        return null;
    const max = Math.max(...rows.map((row) => row.mttrMinutes.median));
    return [
        '```mermaid',
        init([PALETTE[4].color]),
        'xychart-beta',
        `  title "Time to restore, median by ${periods.unit} (minutes; ${periods.unit}s without incidents left out)"`,
        `  x-axis [${rows.map((row) => quoted(row.label)).join(', ')}]`,
        `  y-axis "Minutes" 0 --> ${Math.max(1, Math.ceil(max))}`,
        `  line [${rows.map((row) => Math.round(row.mttrMinutes.median)).join(', ')}]`,
        '```',
    ].join('\n');
}
/**
 * How restore times spread: a bar per range, the ranges holding the median and the p90 named on
 * the axis (`1–2 h ◆ median`). Empty ranges beyond the last non-empty one are left out.
 */
function restoreDistributionChart(distribution) {
    const { buckets, medianBucket, p90Bucket } = distribution;
    const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    if (total < 2)
        return null;
    let last = buckets.length - 1;
    while (last > 0 && buckets[last].count === 0)
        last--;
    const shown = buckets.slice(0, last + 1);
    const label = (text, i) => {
        const marks = [i === medianBucket ? 'median' : '', i === p90Bucket ? 'p90' : ''].filter(Boolean);
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
function actionItemsChart(metrics) {
    const { done, open, overdue } = metrics.actionItems;
    if (done + open === 0)
        return null;
    const slices = [
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

/** A duration in a table cell: the project's wording, or a dash when unknown. */
function formatDuration(minutes) {
    return minutes === null ? '–' : formatMinutes(minutes);
}
function formatHours(hours) {
    return hours === null ? '–' : formatDuration(hours * 60);
}
function percent(rate) {
    return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}
function day(iso) {
    return iso.slice(0, 10);
}
/** `median [95% CI] (p90, mean, n)`: a median never without its interval, a mean never alone. */
function summaryCell(summary, format) {
    if (summary.n === 0)
        return '– (n = 0)';
    const ci = summary.medianCi
        ? ` [95% CI ${format(summary.medianCi[0])}–${format(summary.medianCi[1])}]`
        : '';
    return `${format(summary.median)}${ci} (p90 ${format(summary.p90)}, mean ${format(summary.mean)}, n = ${summary.n})`;
}
/** Where a postmortem of another repository is linked (organisation reports): its blob on GitHub. */
function repositoryLink(repository, path, line) {
    return `https://github.com/${repository.split('/').map(encodeURIComponent).join('/')}/blob/HEAD/${linkTarget(path, line)}`;
}
/** The link target of a postmortem: in its own repository when the report spans several. */
function targetOf(ref, line, options) {
    return options.multiRepository && ref.repository
        ? repositoryLink(ref.repository, ref.path, line)
        : options.linkTo(ref.path, line);
}
function incidentLink(ref, options) {
    const name = ref.id ?? ref.title ?? ref.path;
    const label = escapeMarkdown(options.multiRepository && ref.repository ? `${ref.repository}: ${name}` : name, { maxLength: 80 });
    return `[${label}](${targetOf(ref, ref.line, options)})`;
}
function changeCell(change) {
    const isRate = change.metric.endsWith('Rate');
    const isMinutes = change.metric.endsWith('Minutes');
    const show = (value) => isRate
        ? percent(value)
        : isMinutes
            ? formatDuration(value)
            : value === null
                ? '–'
                : String(value);
    const size = (value) => isRate
        ? `${Math.round(value * 100)} pts`
        : isMinutes
            ? formatMinutes(value)
            : String(Math.round(value * 10) / 10);
    let delta = '–';
    if (change.delta !== null) {
        const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
        delta = `${sign}${size(Math.abs(change.delta))}`;
    }
    const verdict = change.distinguishable === null
        ? 'Cannot be judged (too few values).'
        : `${change.distinguishable ? '**Distinguishable from noise.**' : 'Within noise.'} This sample could show a change of about ±${size(change.smallestDetectable ?? 0)} or more.`;
    return [change.label, show(change.previous), show(change.current), delta, verdict];
}
/** Rows beyond `maxRows`, dropped with a closing line saying how many. */
function capped(rows, options, what) {
    const max = options.maxRows ?? Infinity;
    if (rows.length <= max)
        return { rows, note: '' };
    return {
        rows: rows.slice(0, max),
        note: `\n\n…and ${rows.length - max} more ${what} (see the JSON report).`,
    };
}
/** Overdue action items with links to their lines; owners ping only with `options.mentions`. */
function overdueTable(items, options) {
    const { rows, note } = capped(items.map((item) => [
        `[${escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 })}](${targetOf(item, item.line, options)})`,
        escapeMarkdown([item.id, item.action].filter(Boolean).join(': ') || '(no description)', {
            maxLength: 100,
        }),
        escapeMarkdown(item.owner ?? '(no owner)', { mentions: options.mentions }),
        item.deadline,
        String(item.daysOverdue),
        item.ageDays === null ? '–' : String(item.ageDays),
    ]), options, 'overdue items');
    return (table(['Postmortem', 'Item', 'Owner', 'Deadline', 'Days overdue', 'Age (days)'], rows) + note);
}
/** Recurring problems, one row each: its keys together, how often, over which span, which postmortems. */
function patternTable(patterns, options) {
    const { rows, note } = capped(patterns.map((pattern) => [
        escapeMarkdown(pattern.keys.map(({ kind, key }) => `${kind} ${key}`).join(' · '), {
            maxLength: 120,
        }),
        String(pattern.incidents.length),
        pattern.from === pattern.to ? pattern.from : `${pattern.from} to ${pattern.to}`,
        pattern.incidents.map((ref) => incidentLink(ref, options)).join(', '),
        pattern.isNew ? 'yes' : '',
    ]), options, 'patterns');
    return table(['Shared', 'Incidents', 'Span', 'Postmortems', 'New this period'], rows) + note;
}
/** Any table of plain rows, capped at `maxRows` with the rest counted. */
function cappedTable(headers, rows, options, what) {
    const kept = capped(rows, options, what);
    return table(headers, kept.rows) + kept.note;
}

/** Rows per table when no `maxRows` is given: 10,000 postmortems still give a report of a few hundred KB. */
const DEFAULT_MAX_ROWS = 50;
/** Relative links from a report written at the repository root (the default `linkTo`). */
const RELATIVE_LINKS = { linkTo: linkTarget };
const days = (value) => (value === null ? '–' : `${value} d`);
function hotspotTable(spots, what, heading, options) {
    return cappedTable([heading, 'Incidents', 'Open items', 'Overdue items'], spots.map((spot) => [
        escapeMarkdown(spot.key, { maxLength: 60, mentions: options.mentions }),
        String(spot.incidents),
        String(spot.openItems),
        String(spot.overdueItems),
    ]), options, what);
}
/** The trend report as Markdown: headline numbers, Mermaid charts, tables with links, each table bounded. */
function renderMarkdown(report, given = RELATIVE_LINKS) {
    const options = {
        maxRows: DEFAULT_MAX_ROWS,
        multiRepository: report.repositories.length > 1,
        ...given,
    };
    const now = report.current;
    const lines = [];
    const extra = [
        report.files.failed.length ? `${report.files.failed.length} could not be read` : '',
        report.files.undated.length ? `${report.files.undated.length} without a readable date` : '',
        report.duplicates.length
            ? `${plural(report.duplicates.reduce((sum, d) => sum + d.duplicates.length, 0), 'duplicate')} of an incident id counted once`
            : '',
        report.repositories.length > 1 ? `from ${report.repositories.length} repositories` : '',
    ].filter(Boolean);
    lines.push('# Postmortem trends', '');
    lines.push(`Incidents from ${day(report.window.since)} to ${day(report.window.until)} (whole UTC days, end exclusive), compared with ${day(report.previousWindow.since)} to ${day(report.previousWindow.until)}. ` +
        `${plural(report.files.indexed, 'postmortem')} indexed${extra.length ? `, ${extra.join(', ')}` : ''}.`, '');
    lines.push('## Headline', '');
    lines.push(table([
        'Incidents',
        'Time to restore, median',
        'Time to mitigate, median',
        'Time to detect, median',
        'Postmortems completed',
        'Review on time',
        'Open action items (this period)',
        'Overdue (all postmortems)',
    ], [
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
    ]), '');
    const periods = periodsOf(now);
    lines.push(`## Incidents per ${periods.unit}`, '');
    if (now.incidents.total === 0)
        lines.push('No incidents in this window.', '');
    else {
        const levels = severities(now);
        lines.push(incidentsChart(now, periods), '');
        lines.push(levels.length > 1
            ? `_Stacked from the bottom up: ${severityLegend(levels)}. Exact counts below._`
            : `_${severityLegend(levels)}. Exact counts below._`, '');
        lines.push(cappedTable([
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
        ]), options, `${periods.unit}s`), '');
    }
    lines.push('## Time to restore, mitigate and detect', '');
    const chart = mttrChart(periods);
    if (chart)
        lines.push(chart, '');
    const distribution = restoreDistributionChart(report.restoreDistribution);
    if (distribution)
        lines.push(distribution, '');
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
        lines.push(cappedTable(['Service', 'Time to restore', 'Time between incidents'], serviceRows, options, 'services'), '');
    const excludedNote = now.excludedFromTiming === 0
        ? ''
        : ` ${plural(now.excludedFromTiming, 'incident')} marked \`exclude_from_metrics\` ${now.excludedFromTiming === 1 ? 'is' : 'are'} counted as incidents but left out of every timing measure.`;
    lines.push(`_Percentiles are nearest-rank. Each median has a 95% bootstrap interval (1,000 resamples, seeded: the same postmortems give the same interval).${excludedNote}_`, '');
    if (report.excluded.length > 0) {
        lines.push('### Excluded from the timing measures', '');
        lines.push(cappedTable(['Postmortem', 'Reason'], report.excluded.map(({ incident, reason }) => [
            incidentLink(incident, options),
            escapeMarkdown(reason, { maxLength: 100 }),
        ]), options, 'excluded incidents'), '');
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
        lines.push(cappedTable([
            'Repository',
            'Postmortems',
            'Incidents',
            'Time to restore, median',
            'Open items',
            'Overdue items',
        ], report.repositories.map((row) => [
            escapeMarkdown(row.repository, { maxLength: 100 }),
            String(row.postmortems),
            String(row.incidents),
            formatDuration(row.mttrMedianMinutes),
            String(row.openItems),
            String(row.overdueItems),
        ]), options, 'repositories'), '');
    }
    lines.push('## Action items', '');
    const pie = actionItemsChart(now);
    if (pie)
        lines.push(pie, '');
    lines.push(`${now.actionItems.total} action items from this period's postmortems: ${now.actionItems.done} done (${percent(now.actionItems.completionRate)}), ${now.actionItems.open} open, ${now.actionItems.overdue} overdue. ` +
        `Median time to close where a closing date is written: ${summaryCell(now.actionItems.daysToClose, days)}.`, '');
    if (report.overdueActionItems.length > 0) {
        lines.push('### Overdue action items', '', overdueTable(report.overdueActionItems, options), '');
    }
    lines.push('## Recurring patterns', '');
    if (report.patterns.length === 0)
        lines.push('No root-cause category, service or tag recurs often enough to be a pattern.', '');
    else
        lines.push(patternTable(report.patterns, options), '');
    lines.push('### Similar incidents with different or missing categories', '');
    if (report.similar.length === 0) {
        const closest = report.similarity.closestScore;
        lines.push(`No similar incidents above ${report.similarity.threshold.toFixed(2)}${closest === null ? '' : ` (the closest pair scored ${closest.toFixed(2)})`}.`, '');
    }
    else
        lines.push(cappedTable(['Similarity', 'Shared terms', 'Postmortems'], report.similar.map((group) => [
            group.score.toFixed(2),
            escapeMarkdown(group.sharedTerms.join(', ')),
            group.incidents.map((ref) => incidentLink(ref, options)).join(', '),
        ]), options, 'groups'), '');
    if (report.duplicates.length > 0) {
        lines.push('## Duplicate incident ids', '');
        lines.push('Each id is counted once, as its first postmortem; the later ones are left out of every figure.', '');
        lines.push(cappedTable(['Id', 'Counted', 'Left out'], report.duplicates.map((duplicate) => [
            escapeMarkdown(duplicate.id, { maxLength: 60 }),
            incidentLink(duplicate.first, options),
            duplicate.duplicates.map((ref) => incidentLink({ ...ref, id: null }, options)).join(', '),
        ]), options, 'duplicated ids'), '');
    }
    lines.push('## What changed since the previous period', '');
    lines.push(table(['Measure', 'Previous', 'Now', 'Change', 'Distinguishable from noise?'], report.changes.map(changeCell)), '');
    if (report.files.failed.length > 0) {
        lines.push('## Files that could not be read', '');
        const max = options.maxRows ?? Infinity;
        for (const failed of report.files.failed.slice(0, max)) {
            lines.push(`- [${escapeMarkdown(failed.path)}](${options.linkTo(failed.path, failed.line)}): ${escapeMarkdown(failed.message, { maxLength: 200 })}`);
        }
        if (report.files.failed.length > max)
            lines.push(`- …and ${report.files.failed.length - max} more (see the JSON report).`);
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
/** `[95% CI a–b] ` for a headline cell, or nothing. */
function ciOf(summary) {
    return summary.medianCi
        ? `[${formatDuration(summary.medianCi[0])}–${formatDuration(summary.medianCi[1])}] `
        : '';
}

export { DEFAULT_MAX_ROWS as D, link as a, escapeMarkdown as e, inlineText as i, linkTarget as l, overdueTable as o, patternTable as p, renderMarkdown as r, table as t, urlPath as u };
