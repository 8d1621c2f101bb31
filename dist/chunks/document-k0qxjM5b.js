import { q as isoDay, t as trackedBy, h as trackerLinks, m as issueKey, u as statusReader, z as isOverdue, y as daysBetween, n as isIsoDate, o as followUpDeadline, x as appendTo, E as duplicateIds, F as withoutDuplicates, G as buildSimilarityIndex, I as similarityClusters, l as practiceOptions, J as ruleOptions, K as recurringProblems, L as groupedPatterns, j as formatMinutes, p as plural } from './edit-distance-DBWagdYF.js';
import { a as actionItemDeadline, b as previousWindow, c as periodMetrics, i as incidentsIn, t as timingSamples, o as overdueActionItems, d as incidentInstant, e as isoInstant, s as sortedFinite, r as restoreMinutes, f as round2, n as nearestRank, m as medianDifferenceInterval, g as resolveWindow, h as summarize } from './metrics-CWaeN4ue.js';

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
 * An item's state once the tracker is heard: a known issue's state wins over the Markdown (an
 * item whose issue is closed is done, whatever the table still says; one whose issue is open is
 * open); an issue that could not be read leaves the Markdown's.
 */
function reconciledState(written, issue) {
    if (issue?.state === 'closed')
        return 'done';
    if (issue?.state === 'open')
        return 'open';
    return written;
}

function trackedIssueOf(item, tracker) {
    if (tracker === null)
        return null;
    const link = trackedBy(trackerLinks(item, tracker.links));
    if (link?.kind !== 'github')
        return null;
    const key = issueKey(link, tracker.repository);
    const issue = key === null ? undefined : tracker.issues[key];
    return key === null || issue === undefined ? null : { key, issue };
}
/** `To Do here · #1 closed on GitHub 2026-01-18`, `Done here · #2 open on GitHub`. */
function bothStates(status, tracked, tracker) {
    // The postmortem's own repository is implied, as in its `#123` links.
    const own = tracker.repository !== null && tracked.key.startsWith(`${tracker.repository}#`);
    const ref = own ? tracked.key.slice(tracked.key.indexOf('#')) : tracked.key;
    const closedOn = tracked.issue.closedAt?.slice(0, 10);
    const there = tracked.issue.state === 'closed'
        ? `closed on GitHub${closedOn ? ` ${closedOn}` : ''}`
        : 'open on GitHub';
    return `${status ?? '(no status)'} here · ${ref} ${there}`;
}
/** Whether the tracker moves an item across done / not done, with both states when it does. */
function drift(item, statuses, tracker) {
    const written = statuses.state(item.status);
    const tracked = trackedIssueOf(item, tracker);
    const state = reconciledState(written, tracked?.issue);
    const differs = tracked !== null && tracker !== null && (written === 'done') !== (state === 'done');
    return {
        state,
        note: differs ? bothStates(item.status, tracked, tracker) : null,
        closedOn: tracked?.issue.closedAt?.slice(0, 10) ?? null,
    };
}
/** The GitHub issues the items of `entries` link to, for a lookup (`owner/repo#number`). */
function linkedIssueKeys(entries, links, repository) {
    const keys = new Set();
    for (const entry of entries)
        for (const item of entry.actionItems) {
            const link = trackedBy(trackerLinks(item, links));
            const key = link?.kind === 'github' ? issueKey(link, repository) : null;
            if (key !== null)
                keys.add(key);
        }
    return [...keys];
}
function reminders(entries, statuses, now, remindDays, tracker) {
    const today = isoDay(now);
    const overdue = [];
    const dueSoon = [];
    const closedOnGitHub = [];
    for (const entry of entries) {
        for (const item of entry.actionItems) {
            const deadline = actionItemDeadline(item, entry);
            if (deadline === null)
                continue;
            const { state, note } = drift(item, statuses, tracker);
            const days = daysBetween(deadline, today);
            const reminder = {
                path: entry.path,
                line: item.line,
                incidentId: entry.id,
                id: item.id,
                action: item.action,
                owner: item.owner,
                deadline,
                status: item.status,
                trackerNote: note,
                daysOverdue: days,
            };
            if (state === 'done') {
                if (note !== null)
                    closedOnGitHub.push(reminder);
                continue;
            }
            if (isOverdue(deadline, state, today))
                overdue.push(reminder);
            else if (-days <= remindDays)
                dueSoon.push(reminder);
        }
    }
    const order = (a, b) => b.daysOverdue - a.daysOverdue || a.path.localeCompare(b.path) || a.line - b.line;
    overdue.sort(order);
    dueSoon.sort(order);
    closedOnGitHub.sort(order);
    const owners = new Map();
    for (const item of [...overdue, ...dueSoon]) {
        const owner = item.owner?.trim() || '(no owner)';
        owners.set(owner, [...(owners.get(owner) ?? []), item]);
    }
    return {
        overdue,
        dueSoon,
        closedOnGitHub,
        byOwner: [...owners.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([owner, items]) => ({ owner, items })),
    };
}
const itemKey = (path, line) => `${path}:${line}`;
/**
 * The entries with the tracker heard, for the trend report: an item the tracker moves across done
 * / not done gets a configured status of that state (a done one dated with the issue's closing
 * day, so the time to close is the tracker's), so that every count and list of the report
 * follows the tracker (an item whose issue is closed is not overdue). An item whose state no
 * configured status can say is left as written.
 */
function reconciledEntries(entries, options, tracker) {
    const statuses = statusReader(options);
    const doneStatus = options.doneStatuses.find((status) => statuses.state(status) === 'done');
    const openStatus = options.statuses.find((status) => statuses.state(status) === 'open');
    const changed = new Map();
    if (tracker === null)
        return { entries: [...entries], changed };
    const reconciled = entries.map((entry) => {
        let touched = false;
        const actionItems = entry.actionItems.map((item) => {
            const { state, note, closedOn } = drift(item, statuses, tracker);
            if (note === null)
                return item;
            const status = state === 'done'
                ? doneStatus && (closedOn ? `${doneStatus} ${closedOn}` : doneStatus)
                : openStatus;
            if (status === undefined || statuses.state(status) !== state)
                return item;
            changed.set(itemKey(entry.path, item.line), { status: item.status, note });
            touched = true;
            return { ...item, status };
        });
        return touched ? { ...entry, actionItems } : entry;
    });
    return { entries: reconciled, changed };
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

const NO_REPOSITORY = () => null;
function incidentRef(entry, repositoryOf = NO_REPOSITORY) {
    return {
        repository: repositoryOf(entry),
        path: entry.path,
        id: entry.id,
        title: entry.title,
        date: entry.date,
        line: entry.lines.title,
    };
}
/** 1.96: the two-sided 95% point of the normal distribution. */
const Z95 = 1.96;
function judged(metric, label, current, previous, interval, smallest) {
    const delta = current !== null && previous !== null ? round2(current - previous) : null;
    return {
        metric,
        label,
        current,
        previous,
        delta,
        interval,
        distinguishable: interval === null ? null : interval[0] > 0 || interval[1] < 0,
        smallestDetectable: smallest === null ? null : round2(smallest),
    };
}
/** Two counts over windows of equal length: their difference against √(a + b) (Poisson). */
function countChange(metric, label, current, previous) {
    const total = current + previous;
    if (total === 0)
        return judged(metric, label, current, previous, null, null);
    const margin = Z95 * Math.sqrt(total);
    const delta = current - previous;
    return judged(metric, label, current, previous, [round2(delta - margin), round2(delta + margin)], margin);
}
/** Two medians: a bootstrap interval of their difference (seeded). */
function medianChange(metric, label, current, previous, medians) {
    const interval = medianDifferenceInterval(current, previous);
    return judged(metric, label, medians[0], medians[1], interval, interval === null ? null : (interval[1] - interval[0]) / 2);
}
/** Two proportions: a normal-approximation interval of their difference, pooled for the margin. */
function rateChange(metric, label, current, previous) {
    if (current.rate === null || previous.rate === null || current.n === 0 || previous.n === 0)
        return judged(metric, label, current.rate, previous.rate, null, null);
    const pooled = (current.rate * current.n + previous.rate * previous.n) / (current.n + previous.n);
    // A pooled 0 or 1 has no spread: use the smallest one a single incident would give.
    const spread = Math.max(pooled * (1 - pooled), 1 / (current.n + previous.n));
    const margin = Z95 * Math.sqrt(spread * (1 / current.n + 1 / previous.n));
    const delta = current.rate - previous.rate;
    return judged(metric, label, current.rate, previous.rate, [
        Math.round((delta - margin) * 10_000) / 10_000,
        Math.round((delta + margin) * 10_000) / 10_000,
    ], Math.round(margin * 10_000) / 10_000);
}
function changes(current, previous, samples) {
    const [now, before] = samples;
    const judgedMeetings = (period) => period.followUp.within + period.followUp.late + period.followUp.missing;
    return [
        countChange('incidents', 'Incidents', current.incidents.total, previous.incidents.total),
        medianChange('mttrMedianMinutes', 'Time to restore, median', now.restore, before.restore, [
            current.mttrMinutes.median,
            previous.mttrMinutes.median,
        ]),
        medianChange('ttmMedianMinutes', 'Time to mitigate, median', now.mitigate, before.mitigate, [
            current.timeToMitigateMinutes.median,
            previous.timeToMitigateMinutes.median,
        ]),
        medianChange('ttdMedianMinutes', 'Time to detect, median', now.detect, before.detect, [
            current.timeToDetectMinutes.median,
            previous.timeToDetectMinutes.median,
        ]),
        rateChange('completionRate', 'Postmortems completed', { rate: current.completion.rate, n: current.completion.total }, { rate: previous.completion.rate, n: previous.completion.total }),
        rateChange('followUpRate', 'Review meeting on time', { rate: current.followUp.rate, n: judgedMeetings(current) }, { rate: previous.followUp.rate, n: judgedMeetings(previous) }),
        rateChange('actionItemCompletionRate', 'Action items done', { rate: current.actionItems.completionRate, n: current.actionItems.total }, { rate: previous.actionItems.completionRate, n: previous.actionItems.total }),
    ];
}
/** Restore-time ranges of the distribution chart (upper bounds in minutes; the last is open). */
const RESTORE_BUCKETS = [
    ['< 15 min', 15],
    ['15–30 min', 30],
    ['30 min–1 h', 60],
    ['1–2 h', 120],
    ['2–4 h', 240],
    ['4–8 h', 480],
    ['8–24 h', 1440],
    ['1–3 days', 4320],
];
function restoreDistribution(sorted) {
    const edges = RESTORE_BUCKETS.map(([, upper]) => upper);
    const bucketOf = (minutes) => {
        const index = edges.findIndex((upper) => minutes < upper);
        return index === -1 ? edges.length : index;
    };
    const buckets = [
        ...RESTORE_BUCKETS.map(([label, upper], i) => ({
            label,
            fromMinutes: i === 0 ? 0 : edges[i - 1],
            toMinutes: upper,
            count: 0,
        })),
        { label: '≥ 3 days', fromMinutes: edges[edges.length - 1], toMinutes: null, count: 0 },
    ];
    for (const minutes of sorted)
        buckets[bucketOf(minutes)].count++;
    const median = sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)];
    const p90 = nearestRank(sorted, 90);
    return {
        buckets,
        medianBucket: median === null ? null : bucketOf(median),
        p90Bucket: p90 === null ? null : bucketOf(p90),
    };
}
function byRepository(entries, window, overdue, repositoryOf, statuses) {
    const groups = new Map();
    for (const entry of entries) {
        const repository = repositoryOf(entry);
        if (repository !== null)
            appendTo(groups, repository, entry);
    }
    return [...groups]
        .map(([repository, members]) => {
        const placed = incidentsIn(members, window);
        const restore = sortedFinite(placed.flatMap(({ entry }) => entry.excludedFromMetrics === null ? (restoreMinutes(entry) ?? []) : []));
        const mid = restore.length === 0
            ? null
            : (restore[Math.floor((restore.length - 1) / 2)] +
                restore[Math.floor(restore.length / 2)]) /
                2;
        return {
            repository,
            postmortems: members.length,
            incidents: placed.length,
            mttrMedianMinutes: mid === null ? null : round2(mid),
            openItems: placed.reduce((sum, { entry }) => sum + entry.actionItems.filter((item) => statuses.state(item.status) !== 'done').length, 0),
            overdueItems: overdue.filter((item) => item.repository === repository).length,
        };
    })
        .sort((a, b) => b.incidents - a.incidents || a.repository.localeCompare(b.repository));
}
/** Every number of the trend report, for one window and the window of the same length before it. */
function buildReport(input) {
    const { window, now } = input;
    const repositoryOf = input.repositoryOf ?? NO_REPOSITORY;
    const ref = (entry) => incidentRef(entry, repositoryOf);
    // Ids are unique per repository: the same id in two repositories is two incidents.
    const perRepository = new Map();
    for (const entry of input.entries)
        appendTo(perRepository, repositoryOf(entry), entry);
    const found = [...perRepository.values()].flatMap((members) => duplicateIds(members));
    const entries = withoutDuplicates(input.entries, found);
    const before = previousWindow(window);
    const current = periodMetrics(entries, window, now, input.followUp, input.statuses);
    const previous = periodMetrics(entries, before, now, input.followUp, input.statuses);
    const inCurrent = incidentsIn(entries, window).map(({ entry }) => entry);
    const inPrevious = incidentsIn(entries, before).map(({ entry }) => entry);
    const keyOf = (key) => `${key.kind}\u0000${key.key}`;
    const previousKeys = new Set(input.findPatterns(inPrevious).flatMap((pattern) => pattern.keys.map(keyOf)));
    const patterns = input.findPatterns(inCurrent).map((pattern) => ({
        keys: pattern.keys,
        incidents: pattern.incidents.map(ref),
        from: pattern.incidents[0]?.date ?? '',
        to: pattern.incidents[pattern.incidents.length - 1]?.date ?? '',
        isNew: !pattern.keys.some((key) => previousKeys.has(keyOf(key))),
    }));
    const similarityIndex = buildSimilarityIndex(inCurrent, input.similarity);
    const similar = input.similarity.enabled
        ? similarityClusters(similarityIndex, input.similarity.topTerms).map((cluster) => ({
            score: cluster.score,
            sharedTerms: cluster.sharedTerms,
            incidents: cluster.entries.map(ref),
        }))
        : [];
    const samples = [timingSamples(entries, window), timingSamples(entries, before)];
    const overdue = overdueActionItems(entries.filter((entry) => (incidentInstant(entry) ?? -Infinity) < window.until), now, input.statuses);
    const repositoryByPath = new Map();
    for (const entry of entries)
        repositoryByPath.set(entry.path, repositoryOf(entry));
    const overdueItems = overdue.map((item) => ({
        ...item,
        repository: repositoryByPath.get(item.path) ?? null,
    }));
    return {
        schemaVersion: 2,
        generatedAt: now.toISOString(),
        window: { since: isoInstant(window.since), until: isoInstant(window.until) },
        previousWindow: { since: isoInstant(before.since), until: isoInstant(before.until) },
        files: {
            indexed: input.entries.length,
            failed: [...input.failed],
            undated: entries
                .filter((entry) => incidentInstant(entry) === null)
                .map((entry) => entry.path),
        },
        duplicates: found.map((duplicate) => ({
            id: duplicate.id,
            first: ref(duplicate.first),
            duplicates: duplicate.duplicates.map(ref),
        })),
        excluded: inCurrent.flatMap((entry) => entry.excludedFromMetrics === null
            ? []
            : [{ incident: ref(entry), reason: entry.excludedFromMetrics }]),
        current,
        previous,
        changes: changes(current, previous, samples),
        restoreDistribution: restoreDistribution(samples[0].restore),
        overdueActionItems: overdueItems,
        patterns,
        similarity: {
            threshold: similarityIndex.threshold,
            closestScore: similarityIndex.closest?.score ?? null,
        },
        similar,
        repositories: byRepository(entries, window, overdueItems, repositoryOf, input.statuses),
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
/**
 * Several indexes as one corpus (an organisation report): entries keep the repository their
 * index records, so ids stay unique per repository and links go to the right one.
 */
function mergeIndexes(indexes) {
    if (indexes.length === 1 && !indexes[0].repository)
        return { index: indexes[0], repositoryOf: () => null };
    const repositories = new Map();
    const merged = {
        version: 1,
        generatedAt: indexes
            .map((index) => index.generatedAt)
            .sort()
            .at(-1) ?? '',
        entries: [],
        failed: [],
    };
    for (const index of indexes) {
        for (const entry of index.entries) {
            repositories.set(entry, index.repository ?? null);
            merged.entries.push(entry);
        }
        merged.failed.push(...index.failed);
    }
    return { index: merged, repositoryOf: (entry) => repositories.get(entry) ?? null };
}
/** The trend report of one corpus index, or of several merged (see `mergeIndexes`). */
function reportFromIndex(index, settings, request) {
    const { index: corpus, repositoryOf } = mergeIndexes(Array.isArray(index) ? index : [index]);
    return buildReport({
        entries: corpus.entries,
        failed: corpus.failed,
        now: request.now,
        window: resolveWindow(request.now, request.since, request.until),
        followUp: followUpJudge(request.now, settings.followUp),
        statuses: statusReader(settings.statuses),
        // One problem is one row: overlapping windows merged, keys with the same incidents together.
        findPatterns: (entries) => recurringProblems(groupedPatterns(entries, settings.patterns)).map((problem) => ({
            keys: problem.keys,
            incidents: problem.incidents,
        })),
        similarity: settings.similarity,
        repositoryOf,
    });
}

/**
 * The trend report of a corpus index, with the settings this configuration gives (the follow-up
 * window, what "done" means, the pattern thresholds): the CLI's `report` and the Action's report
 * mode both call this. Several indexes (one per repository) give one organisation report.
 */
function buildTrendReport(index, config, request) {
    return reportFromIndex(index, reportSettings(config), request);
}
/**
 * The trend report with the tracker's state where it is known (see `reconciledEntries`): every
 * count and list follows the tracker, overdue items keep their status as written, and `notes`
 * gives both states (`path:line` → `Done here · #2 open on GitHub`) of the items it changed.
 */
function buildTrackedTrendReport(index, config, request, tracker) {
    const settings = reportSettings(config);
    const { entries, changed } = reconciledEntries(index.entries, settings.statuses, tracker);
    const report = reportFromIndex({ ...index, entries }, settings, request);
    const notes = new Map();
    for (const [key, { note }] of changed)
        notes.set(key, note);
    return {
        report: {
            ...report,
            overdueActionItems: report.overdueActionItems.map((item) => {
                const written = changed.get(itemKey(item.path, item.line));
                return written === undefined ? item : { ...item, status: written.status };
            }),
        },
        notes,
    };
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

export { DEFAULT_MAX_ROWS as D, reportFromIndex as a, buildTrendReport as b, reportSettings as c, link as d, buildTrackedTrendReport as e, reminders as f, linkedIssueKeys as g, itemKey as h, inlineText as i, escapeMarkdown as j, linkTarget as l, mergeIndexes as m, overdueTable as o, patternTable as p, renderMarkdown as r, table as t, urlPath as u };
