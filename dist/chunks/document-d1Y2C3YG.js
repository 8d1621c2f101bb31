import { j as isoDay, i as isIsoDate, h as followUpDeadline, e as readInstant, v as findDate, w as appendTo, C as COMPLETED_STATUS, x as daysBetween, y as isOverdue, z as similarityClusters, A as buildSimilarityIndex, B as statusReader, p as practiceOptions, E as ruleOptions, F as groupedPatterns, G as formatMinutes, k as plural } from './edit-distance-CcxFFAYG.js';

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

/**
 * Judges each review meeting against the configured follow-up window (the practice's own day
 * arithmetic, as the follow-up-meeting rule uses it): `within` by the deadline, `late` after it or missing once the deadline passed,
 * `unknown` when the incident date is unreadable or the deadline is still ahead.
 */
function followUpJudge(now, options) {
    const today = isoDay(now);
    return (entry) => {
        const incidentDate = entry.date?.trim() ?? '';
        if (!isIsoDate(incidentDate))
            return 'unknown';
        const deadline = followUpDeadline(incidentDate, entry.severity, options);
        const meeting = entry.followUpMeetingDate;
        if (meeting === null)
            return today <= deadline ? 'unknown' : 'missing';
        if (meeting < incidentDate)
            return 'unknown';
        return meeting <= deadline ? 'within' : 'late';
    };
}

/**
 * Summary statistics for skewed samples (incident durations, gaps between incidents).
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ceil(p / 100 × n) (1-based), so it is always one of the observed values and needs no
 * interpolation. The median is the middle value, or the mean of the two middle values when n is
 * even. A mean is never reported alone: every summary carries its count, median and p90.
 */
/** Below this many values a report says the sample is too small to show a trend. */
const MIN_TREND_SAMPLE = 10;
/** Nearest-rank percentile of values sorted in ascending order; null for an empty sample. */
function nearestRank(sorted, percent) {
    if (sorted.length === 0)
        return null;
    const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
function median(sorted) {
    const n = sorted.length;
    if (n === 0)
        return null;
    const middle = Math.floor(n / 2);
    return n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Two decimals: enough for minutes and days, and stable in JSON snapshots. */
function round2(value) {
    return Math.round(value * 100) / 100;
}
/** Count, median, nearest-rank p90, mean, min and max of the finite values given. */
function summarize(values) {
    const sorted = [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
    if (sorted.length === 0)
        return { n: 0, median: null, p90: null, mean: null, min: null, max: null };
    const sum = sorted.reduce((total, value) => total + value, 0);
    return {
        n: sorted.length,
        median: round2(median(sorted)),
        p90: round2(nearestRank(sorted, 90)),
        mean: round2(sum / sorted.length),
        min: round2(sorted[0]),
        max: round2(sorted[sorted.length - 1]),
    };
}

function addUtcMonths(ms, months) {
    const date = new Date(ms);
    const target = new Date(ms);
    target.setUTCDate(1);
    target.setUTCMonth(target.getUTCMonth() + months);
    // Clamp to the target month's last day (31 March − 1 month is 28/29 February, not 3 March).
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return target.getTime();
}
/**
 * Reads a `--since` / `--until` value: an ISO date (`2026-01-31`, the whole day) or an ISO
 * date-time with its zone. `endOfDay` makes a plain date inclusive as an upper bound. Null when
 * unreadable.
 */
function parseBound(text, endOfDay) {
    return readInstant(text, endOfDay ? 'end' : 'start')?.getTime() ?? null;
}
/** The window ending at `until` (default `now`) and starting at `since` (default 12 months before). */
function resolveWindow(now, since = null, until = null) {
    const end = until ?? now.getTime();
    return { since: since ?? addUtcMonths(end, -12), until: end };
}
/** The window of the same length just before `window`. */
function previousWindow(window) {
    return { since: window.since - (window.until - window.since), until: window.since };
}
/**
 * When an incident happened: its start, else its date at 00:00 UTC, else its earliest dated
 * timeline entry; null when none is known.
 */
function incidentInstant(entry) {
    if (entry.startedAt !== null)
        return entry.startedAt;
    const date = entry.date?.trim() ?? '';
    return isIsoDate(date) ? Date.parse(`${date}T00:00:00Z`) : entry.firstEventAt;
}
function inWindow(ms, window) {
    return ms >= window.since && ms < window.until;
}
/** `YYYY-MM` of an instant, in UTC. */
function monthKey(ms) {
    return new Date(ms).toISOString().slice(0, 7);
}
/** Every UTC month the window touches, oldest first. */
function monthsOf(window) {
    const months = [];
    if (window.until <= window.since)
        return months;
    const last = monthKey(window.until - 1);
    const cursor = new Date(window.since);
    cursor.setUTCDate(1);
    cursor.setUTCHours(0, 0, 0, 0);
    for (let key = monthKey(cursor.getTime()); key <= last; key = monthKey(cursor.getTime())) {
        months.push(key);
        cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    }
    return months;
}
function isoInstant(ms) {
    return new Date(ms).toISOString();
}

function yearOf(entry) {
    return entry.date && /^\d{4}/.test(entry.date) ? Number(entry.date.slice(0, 4)) : null;
}
/** The deadline as an ISO date (dates without a year take the incident's year); null if none. */
function actionItemDeadline(item, entry) {
    return item.deadline === null ? null : (findDate(item.deadline, yearOf(entry))?.iso ?? null);
}
/** The date written in a done status (`Done 2026-02-07`), when there is one. */
function actionItemClosedOn(item, entry, statuses) {
    if (statuses.state(item.status) !== 'done')
        return null;
    return findDate(item.status ?? '', yearOf(entry))?.iso ?? null;
}

function buckets(keys) {
    return new Map(keys.map((key) => [key, { incidents: 0, bySeverity: {}, mttr: [] }]));
}
function bucketMetrics(bucket) {
    return {
        incidents: bucket.incidents,
        bySeverity: bucket.bySeverity,
        mttrMinutes: summarize(bucket.mttr),
    };
}
function rate(part, whole) {
    return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
function count(map, key) {
    map[key] = (map[key] ?? 0) + 1;
}
function severityKey(entry) {
    return entry.severity === null ? 'unknown' : `SEV-${entry.severity}`;
}
/** Minutes from start to resolution, else the stated duration; null when neither can be read. */
function restoreMinutes(entry) {
    if (entry.startedAt !== null &&
        entry.resolvedAt !== null &&
        entry.resolvedAt >= entry.startedAt) {
        return (entry.resolvedAt - entry.startedAt) / 60_000;
    }
    return entry.durationMinutes;
}
function detectMinutes(entry) {
    if (entry.startedAt === null || entry.detectedAt === null || entry.detectedAt < entry.startedAt)
        return null;
    return (entry.detectedAt - entry.startedAt) / 60_000;
}
/** A summary per key (of `measure` of its values), keys sorted so the JSON is stable. */
function summaries(groups, measure = (values) => values) {
    return Object.fromEntries([...groups]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, values]) => [key, summarize(measure(values))]));
}
/** Gaps (hours) between consecutive instants. */
function gapsHours(instants) {
    const sorted = [...instants].sort((a, b) => a - b);
    return sorted.slice(1).map((instant, i) => (instant - sorted[i]) / 3_600_000);
}
/** Postmortems whose incident falls in the window, with the instant that placed them. */
function incidentsIn(entries, window) {
    const placed = [];
    for (const entry of entries) {
        const at = incidentInstant(entry);
        if (at !== null && inWindow(at, window))
            placed.push({ entry, at });
    }
    return placed.sort((a, b) => a.at - b.at || a.entry.path.localeCompare(b.entry.path));
}
/** Every metric of one period. `followUp` judges each review meeting (the follow-up-meeting rule's window). */
function periodMetrics(entries, window, now, followUp, statuses) {
    const placed = incidentsIn(entries, window);
    const bySeverity = {};
    const byService = {};
    const serviceStarts = new Map();
    const monthKeys = monthsOf(window);
    const monthly = buckets(monthKeys);
    const yearly = buckets([...new Set(monthKeys.map((month) => month.slice(0, 4)))]);
    const mttr = [];
    const mttrBySeverity = new Map();
    const mttrByService = new Map();
    const detect = [];
    const toComplete = [];
    const toClose = [];
    const follow = { within: 0, late: 0, missing: 0, unknown: 0 };
    const items = { total: 0, done: 0, overdue: 0 };
    let completed = 0;
    const today = isoDay(now);
    for (const { entry, at } of placed) {
        const severity = severityKey(entry);
        count(bySeverity, severity);
        for (const service of new Set(entry.services)) {
            count(byService, service);
            appendTo(serviceStarts, service, at);
        }
        const minutes = restoreMinutes(entry);
        const month = monthKey(at);
        for (const bucket of [monthly.get(month), yearly.get(month.slice(0, 4))]) {
            if (!bucket)
                continue;
            bucket.incidents++;
            count(bucket.bySeverity, severity);
            if (minutes !== null)
                bucket.mttr.push(minutes);
        }
        if (minutes !== null) {
            mttr.push(minutes);
            appendTo(mttrBySeverity, severity, minutes);
            for (const service of new Set(entry.services))
                appendTo(mttrByService, service, minutes);
        }
        const detectedAfter = detectMinutes(entry);
        if (detectedAfter !== null)
            detect.push(detectedAfter);
        if (entry.status !== null && COMPLETED_STATUS.test(entry.status)) {
            completed++;
            if (entry.completedAt !== null)
                toComplete.push(daysBetween(isoDay(new Date(at)), entry.completedAt));
        }
        follow[followUp(entry)]++;
        for (const item of entry.actionItems) {
            items.total++;
            const state = statuses.state(item.status);
            if (state === 'done') {
                items.done++;
                const closedOn = actionItemClosedOn(item, entry, statuses);
                if (closedOn !== null)
                    toClose.push(daysBetween(isoDay(new Date(at)), closedOn));
            }
            else if (isOverdue(actionItemDeadline(item, entry), state, today))
                items.overdue++;
        }
    }
    const months = [...monthly].map(([month, data]) => ({ month, ...bucketMetrics(data) }));
    const judged = follow.within + follow.late + follow.missing;
    return {
        window: { since: isoInstant(window.since), until: isoInstant(window.until) },
        incidents: {
            total: placed.length,
            perMonth: months.length === 0 ? 0 : round2(placed.length / months.length),
            bySeverity,
            byService,
        },
        sampleTooSmall: placed.length < MIN_TREND_SAMPLE,
        months,
        years: [...yearly].map(([year, data]) => ({ year, ...bucketMetrics(data) })),
        mttrMinutes: {
            ...summarize(mttr),
            unknown: placed.length - mttr.length,
            bySeverity: summaries(mttrBySeverity),
            byService: summaries(mttrByService),
        },
        timeToDetectMinutes: { ...summarize(detect), unknown: placed.length - detect.length },
        mtbfHours: {
            overall: summarize(gapsHours(placed.map(({ at }) => at))),
            byService: summaries(serviceStarts, gapsHours),
        },
        completion: {
            total: placed.length,
            completed,
            rate: rate(completed, placed.length),
            // Negative spans (completion date before the incident) are typos, not data.
            daysToComplete: summarize(toComplete.filter((days) => days >= 0)),
        },
        followUp: { total: placed.length, ...follow, rate: rate(follow.within, judged) },
        actionItems: {
            total: items.total,
            done: items.done,
            open: items.total - items.done,
            overdue: items.overdue,
            completionRate: rate(items.done, items.total),
            daysToClose: summarize(toClose.filter((days) => days >= 0)),
        },
    };
}
/**
 * Open action items whose deadline is before `now`'s day, across every postmortem given (an
 * overdue item stays a debt whatever the reporting window), most overdue first.
 */
function overdueActionItems(entries, now, statuses) {
    const today = isoDay(now);
    const overdue = [];
    for (const entry of entries) {
        const at = incidentInstant(entry);
        for (const item of entry.actionItems) {
            const deadline = actionItemDeadline(item, entry);
            if (deadline === null || !isOverdue(deadline, statuses.state(item.status), today))
                continue;
            overdue.push({
                path: entry.path,
                line: item.line,
                incidentId: entry.id,
                incidentDate: entry.date,
                id: item.id,
                action: item.action,
                owner: item.owner,
                deadline,
                status: item.status,
                daysOverdue: daysBetween(deadline, today),
                ageDays: at === null ? null : daysBetween(isoDay(new Date(at)), today),
            });
        }
    }
    return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.path.localeCompare(b.path) || a.line - b.line);
}

function incidentRef(entry) {
    return {
        path: entry.path,
        id: entry.id,
        title: entry.title,
        date: entry.date,
        line: entry.lines.title,
    };
}
function change(metric, label, current, previous, sampleSizes) {
    const small = Math.min(...sampleSizes) < MIN_TREND_SAMPLE;
    return {
        metric,
        label,
        current,
        previous,
        delta: current !== null && previous !== null ? Math.round((current - previous) * 100) / 100 : null,
        caveat: small
            ? `Small samples (n = ${sampleSizes[0]} now, ${sampleSizes[1]} before, under ${MIN_TREND_SAMPLE}): not a trend.`
            : null,
    };
}
function changes(current, previous) {
    const incidents = [current.incidents.total, previous.incidents.total];
    return [
        change('incidents', 'Incidents', current.incidents.total, previous.incidents.total, incidents),
        change('mttrMedianMinutes', 'MTTR median', current.mttrMinutes.median, previous.mttrMinutes.median, [current.mttrMinutes.n, previous.mttrMinutes.n]),
        change('ttdMedianMinutes', 'Time to detect median', current.timeToDetectMinutes.median, previous.timeToDetectMinutes.median, [current.timeToDetectMinutes.n, previous.timeToDetectMinutes.n]),
        change('completionRate', 'Postmortems completed', current.completion.rate, previous.completion.rate, incidents),
        change('followUpRate', 'Review meeting on time', current.followUp.rate, previous.followUp.rate, incidents),
        change('actionItemCompletionRate', 'Action items done', current.actionItems.completionRate, previous.actionItems.completionRate, [current.actionItems.total, previous.actionItems.total]),
    ];
}
function inPeriod(entries, window) {
    return entries.filter((entry) => {
        const at = incidentInstant(entry);
        return at !== null && inWindow(at, window);
    });
}
/** Every number of the trend report, for one window and the window of the same length before it. */
function buildReport(input) {
    const { entries, window, now } = input;
    const before = previousWindow(window);
    const current = periodMetrics(entries, window, now, input.followUp, input.statuses);
    const previous = periodMetrics(entries, before, now, input.followUp, input.statuses);
    const inCurrent = inPeriod(entries, window);
    const previousKeys = new Set(input
        .findPatterns(inPeriod(entries, before))
        .map((pattern) => `${pattern.kind}\u0000${pattern.key}`));
    const patterns = input.findPatterns(inCurrent).map((pattern) => ({
        ...pattern,
        isNew: !previousKeys.has(`${pattern.kind}\u0000${pattern.key}`),
    }));
    const similar = input.similarity.enabled
        ? similarityClusters(buildSimilarityIndex(inCurrent, input.similarity), input.similarity.topTerms).map((cluster) => ({
            score: cluster.score,
            sharedTerms: cluster.sharedTerms,
            incidents: cluster.entries.map(incidentRef),
        }))
        : [];
    return {
        schemaVersion: 1,
        generatedAt: now.toISOString(),
        window: { since: isoInstant(window.since), until: isoInstant(window.until) },
        previousWindow: { since: isoInstant(before.since), until: isoInstant(before.until) },
        files: {
            indexed: entries.length,
            failed: [...input.failed],
            undated: entries
                .filter((entry) => incidentInstant(entry) === null)
                .map((entry) => entry.path),
        },
        current,
        previous,
        changes: changes(current, previous),
        overdueActionItems: overdueActionItems(entries.filter((entry) => (incidentInstant(entry) ?? -Infinity) < window.until), now, input.statuses),
        patterns,
        similar,
    };
}

/** Every kind of group a report lists (the rule may check fewer). */
const REPORT_GROUPS = ['category', 'service', 'tag'];
/**
 * What a report reads from the configuration (on or off, a rule keeps its options there): the
 * follow-up window and what "done" means (the practice's settings), the pattern-analysis rule's
 * occurrence count and window (grouping by category, service and tag),
 * and its similarity threshold. Reports always list similarity candidates (for a person to
 * judge), whether or not the rule enforces them (`similarity.enabled`).
 */
function reportSettings(config) {
    const { followUp, statuses } = practiceOptions(config);
    const pattern = ruleOptions(config, 'pattern-analysis');
    return {
        followUp,
        statuses,
        patterns: {
            groupBy: REPORT_GROUPS,
            minOccurrences: pattern.minOccurrences,
            windowMonths: pattern.windowMonths,
        },
        similarity: { enabled: true, threshold: pattern.similarity.threshold },
    };
}
/** The trend report of a corpus index. */
function reportFromIndex(index, settings, request) {
    return buildReport({
        entries: index.entries,
        failed: index.failed,
        now: request.now,
        window: resolveWindow(request.now, request.since, request.until),
        followUp: followUpJudge(request.now, settings.followUp),
        statuses: statusReader(settings.statuses),
        // Grouped patterns only carry group kinds; similarity candidates are listed apart.
        findPatterns: (entries) => groupedPatterns(entries, settings.patterns).flatMap(({ kind, key, incidents }) => kind === 'similarity' ? [] : [{ kind, key, incidents: incidents.map(incidentRef) }]),
        similarity: settings.similarity,
    });
}

/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this.
 */
function buildTrendReport(index, config, request) {
    return reportFromIndex(index, reportSettings(config), request);
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
    return metrics.months.length <= MAX_MONTH_COLUMNS
        ? { unit: 'month', rows: metrics.months.map((month) => ({ ...month, label: month.month })) }
        : { unit: 'year', rows: metrics.years.map((year) => ({ ...year, label: year.year })) };
}
/** Stacked bars by severity: xychart-beta has no stacking, so cumulative series are drawn largest first. */
function incidentsChart(metrics, periods) {
    const levels = severities(metrics);
    const cumulative = levels.map((_, k) => periods.rows.map((row) => levels.slice(0, k + 1).reduce((sum, level) => sum + (row.bySeverity[level] ?? 0), 0)));
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
function mttrChart(periods) {
    const rows = periods.rows.filter((row) => row.mttrMinutes.median !== null);
    if (rows.length < 2)
        return null;
    const max = Math.max(...rows.map((row) => row.mttrMinutes.median));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "MTTR median by ${periods.unit} (minutes; ${periods.unit}s without incidents left out)"`,
        `  x-axis [${rows.map((row) => quoted(row.label)).join(', ')}]`,
        `  y-axis "Minutes" 0 --> ${Math.ceil(max)}`,
        `  line [${rows.map((row) => Math.round(row.mttrMinutes.median)).join(', ')}]`,
        '```',
    ].join('\n');
}
function actionItemsChart(metrics) {
    const { done, open, overdue } = metrics.actionItems;
    if (done + open === 0)
        return null;
    return [
        '```mermaid',
        'pie showData title Action items of this period',
        `  "Done" : ${done}`,
        `  "Open, not overdue" : ${open - overdue}`,
        `  "Overdue" : ${overdue}`,
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
/** `median (p90, mean, n)`: a mean never stands alone. */
function summaryCell(summary, format) {
    if (summary.n === 0)
        return '– (n = 0)';
    return `${format(summary.median)} (p90 ${format(summary.p90)}, mean ${format(summary.mean)}, n = ${summary.n})`;
}
function incidentLink(ref, options) {
    const label = escapeMarkdown(ref.id ?? ref.title ?? ref.path, { maxLength: 60 });
    return `[${label}](${options.linkTo(ref.path, ref.line)})`;
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
    let delta = '–';
    if (change.delta !== null) {
        const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
        const size = Math.abs(change.delta);
        delta = `${sign}${isRate ? `${Math.round(size * 100)} pts` : isMinutes ? formatMinutes(size) : size}`;
    }
    return [change.label, show(change.previous), show(change.current), delta, change.caveat ?? ''];
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
        `[${escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 })}](${options.linkTo(item.path, item.line)})`,
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
/** Recurring patterns: what is shared, how often, which postmortems (linked). */
function patternTable(patterns, options) {
    const { rows, note } = capped(patterns.map((pattern) => [
        pattern.kind,
        escapeMarkdown(pattern.key, { maxLength: 60 }),
        String(pattern.incidents.length),
        pattern.incidents.map((ref) => incidentLink(ref, options)).join(', '),
        pattern.isNew ? 'yes' : '',
    ]), options, 'patterns');
    return table(['Shared', 'Value', 'Incidents', 'Postmortems', 'New this period'], rows) + note;
}

/** Relative links from a report written at the repository root (the default `linkTo`). */
const RELATIVE_LINKS = { linkTo: linkTarget };
/** The trend report as Markdown: headline numbers, Mermaid charts, tables with links. */
function renderMarkdown(report, options = RELATIVE_LINKS) {
    const now = report.current;
    const lines = [];
    lines.push('# Postmortem trends', '');
    lines.push(`Incidents from ${day(report.window.since)} to ${day(report.window.until)} (end exclusive), compared with ${day(report.previousWindow.since)} to ${day(report.previousWindow.until)}. ` +
        `${plural(report.files.indexed, 'postmortem')} indexed${report.files.failed.length ? `, ${report.files.failed.length} could not be read` : ''}${report.files.undated.length ? `, ${report.files.undated.length} without a readable date` : ''}.`, '');
    if (now.sampleTooSmall) {
        lines.push(`> [!NOTE]`, `> ${plural(now.incidents.total, 'incident')} in this window: fewer than ${MIN_TREND_SAMPLE}, too few to call a trend. Read the numbers as a record, not as a direction.`, '');
    }
    lines.push('## Headline', '');
    lines.push(table([
        'Incidents',
        'MTTR median',
        'Time to detect median',
        'Postmortems completed',
        'Review on time',
        'Open action items (this period)',
        'Overdue (all postmortems)',
    ], [
        [
            `**${now.incidents.total}** (${now.incidents.perMonth}/month)`,
            `**${formatDuration(now.mttrMinutes.median)}** (n = ${now.mttrMinutes.n})`,
            `${formatDuration(now.timeToDetectMinutes.median)} (n = ${now.timeToDetectMinutes.n})`,
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
            ? `_Bars are stacked by severity, ${levels.join(', ')} from the bottom up; exact counts below._`
            : '_Exact counts below._', '');
        lines.push(table([periods.unit === 'month' ? 'Month' : 'Year', 'Incidents', ...levels, 'MTTR median'], periods.rows.map((row) => [
            row.label,
            String(row.incidents),
            ...levels.map((level) => String(row.bySeverity[level] ?? 0)),
            row.mttrMinutes.n === 0
                ? '–'
                : `${formatDuration(row.mttrMinutes.median)} (n = ${row.mttrMinutes.n})`,
        ])), '');
    }
    lines.push('## Time to restore and detect', '');
    const chart = mttrChart(periods);
    if (chart)
        lines.push(chart, '');
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
    lines.push('_Percentiles are nearest-rank; a median or p90 over fewer than 10 incidents is a record, not a trend._', '');
    lines.push('## Action items', '');
    const pie = actionItemsChart(now);
    if (pie)
        lines.push(pie, '');
    lines.push(`${now.actionItems.total} action items from this period's postmortems: ${now.actionItems.done} done (${percent(now.actionItems.completionRate)}), ${now.actionItems.open} open, ${now.actionItems.overdue} overdue. ` +
        `Median time to close where a closing date is written: ${summaryCell(now.actionItems.daysToClose, (days) => (days === null ? '–' : `${days} d`))}.`, '');
    if (report.overdueActionItems.length > 0) {
        lines.push('### Overdue action items', '', overdueTable(report.overdueActionItems, options), '');
    }
    lines.push('## Recurring patterns', '');
    if (report.patterns.length === 0)
        lines.push('No root-cause category, service or tag recurs often enough to be a pattern.', '');
    else
        lines.push(patternTable(report.patterns, options), '');
    if (report.similar.length > 0) {
        lines.push('### Similar incidents with different or missing categories', '');
        lines.push(table(['Similarity', 'Shared terms', 'Postmortems'], report.similar.map((group) => [
            group.score.toFixed(2),
            escapeMarkdown(group.sharedTerms.join(', ')),
            group.incidents.map((ref) => incidentLink(ref, options)).join(', '),
        ])), '');
    }
    lines.push('## What changed since the previous period', '');
    lines.push(table(['Measure', 'Previous', 'Now', 'Change', 'Note'], report.changes.map(changeCell)), '');
    if (report.files.failed.length > 0) {
        lines.push('## Files that could not be read', '');
        for (const failed of report.files.failed) {
            lines.push(`- [${escapeMarkdown(failed.path)}](${options.linkTo(failed.path, failed.line)}): ${escapeMarkdown(failed.message, { maxLength: 200 })}`);
        }
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

export { reportFromIndex as a, buildTrendReport as b, reportSettings as c, link as d, patternTable as e, inlineText as i, linkTarget as l, overdueTable as o, parseBound as p, renderMarkdown as r, table as t, urlPath as u };
