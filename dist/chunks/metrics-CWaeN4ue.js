import { w as findDate, n as isIsoDate, e as readInstant, q as isoDay, x as appendTo, C as COMPLETED_STATUS, y as daysBetween, z as isOverdue } from './edit-distance-DBWagdYF.js';

function yearOf$1(entry) {
    return entry.date && /^\d{4}/.test(entry.date) ? Number(entry.date.slice(0, 4)) : null;
}
/** The deadline as an ISO date (dates without a year take the incident's year); null if none. */
function actionItemDeadline(item, entry) {
    return item.deadline === null ? null : (findDate(item.deadline, yearOf$1(entry))?.iso ?? null);
}
/** The date written in a done status (`Done 2026-02-07`), when there is one. */
function actionItemClosedOn(item, entry, statuses) {
    if (statuses.state(item.status) !== 'done')
        return null;
    return findDate(item.status ?? '', yearOf$1(entry))?.iso ?? null;
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
/** Resamples per bootstrap interval: enough for a stable 95% interval, cheap at 10,000 values. */
const BOOTSTRAP_RESAMPLES = 1000;
/** The seed of every bootstrap: the same data gives the same interval on every run. */
const BOOTSTRAP_SEED = 0x5eed;
/** mulberry32: a small, fast, seedable generator (uniform in [0, 1)). */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
/**
 * Medians of `resamples` bootstrap resamples of sorted values. A resample is drawn as counts per
 * rank and its median read by walking the counts: O(n) per resample, no sort.
 */
function bootstrapMedians(sorted, resamples, random) {
    const n = sorted.length;
    const counts = new Int32Array(n);
    const medians = new Float64Array(resamples);
    const lowRank = Math.floor((n - 1) / 2);
    const highRank = Math.floor(n / 2);
    for (let r = 0; r < resamples; r++) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[Math.floor(random() * n)]++;
        let seen = 0;
        let low = 0;
        let k = 0;
        for (; k < n; k++) {
            seen += counts[k];
            if (seen > lowRank)
                break;
        }
        low = sorted[k];
        while (seen <= highRank)
            seen += counts[++k];
        medians[r] = (low + sorted[k]) / 2;
    }
    return medians.sort();
}
/** The 2.5th and 97.5th percentiles of sorted bootstrap statistics. */
function interval(statistics) {
    const at = (p) => statistics[Math.min(statistics.length - 1, Math.max(0, Math.ceil(p * statistics.length) - 1))];
    return [round2(at(0.025)), round2(at(0.975))];
}
/** 95% bootstrap interval of the median of sorted values; null below two values. */
function medianInterval(sorted) {
    if (sorted.length < 2)
        return null;
    return interval(bootstrapMedians(sorted, BOOTSTRAP_RESAMPLES, seededRandom(BOOTSTRAP_SEED + sorted.length)));
}
/**
 * 95% bootstrap interval of (median of `current` − median of `previous`), both sorted; null when
 * either has fewer than two values. An interval that excludes 0 is a change distinguishable from
 * noise; its half-width is about the smallest change these samples could show.
 */
function medianDifferenceInterval(current, previous) {
    if (current.length < 2 || previous.length < 2)
        return null;
    const random = seededRandom(BOOTSTRAP_SEED + current.length * 31 + previous.length);
    const a = bootstrapMedians(current, BOOTSTRAP_RESAMPLES, random);
    const b = bootstrapMedians(previous, BOOTSTRAP_RESAMPLES, random);
    // Pair the resamples in a shuffled order: both arrays come back sorted.
    const differences = new Float64Array(BOOTSTRAP_RESAMPLES);
    for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++)
        differences[r] = a[r] - b[Math.floor(random() * BOOTSTRAP_RESAMPLES)];
    return interval(differences.sort());
}
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
/** The finite values, ascending. */
function sortedFinite(values) {
    return [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
}
/** Count, median (with its bootstrap interval), nearest-rank p90, mean, min and max of the finite values given. */
function summarize(values) {
    const sorted = sortedFinite(values);
    if (sorted.length === 0)
        return { n: 0, median: null, p90: null, mean: null, min: null, max: null, medianCi: null };
    const sum = sorted.reduce((total, value) => total + value, 0);
    return {
        n: sorted.length,
        median: round2(median(sorted)),
        p90: round2(nearestRank(sorted, 90)),
        mean: round2(sum / sorted.length),
        min: round2(sorted[0]),
        max: round2(sorted[sorted.length - 1]),
        medianCi: medianInterval(sorted),
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
const DAY_MS = 86_400_000;
/** 00:00 UTC of the instant's day. */
function startOfDay(ms) {
    return Math.floor(ms / DAY_MS) * DAY_MS;
}
/**
 * The window of whole UTC days ending at `until` (default: the start of `now`'s day, so the
 * window is the days before today) and starting at `since` (default: 12 calendar months
 * before). A bound inside a day is widened to the whole day: the header prints days, so the
 * window is made of days, and a default window covers exactly 12 months.
 */
function resolveWindow(now, since = null, until = null) {
    const endDay = startOfDay(until ?? now.getTime());
    const end = until === null || until === endDay ? endDay : endDay + DAY_MS;
    return clampWindow({
        since: startOfDay(since ?? addUtcMonths(end, -12)),
        until: end,
    });
}
/**
 * How many calendar months the window spans, partial months counted by their share of days
 * (1 January to 1 July is 6; 15 January to 15 February about 1): the divisor of "per month".
 */
function monthSpan(window) {
    let months = 0;
    for (const key of monthsOf(window)) {
        const [year, month] = key.split('-').map(Number);
        const first = Date.UTC(year, month - 1, 1);
        const next = Date.UTC(year, month, 1);
        const covered = Math.min(next, window.until) - Math.max(first, window.since);
        months += covered / (next - first);
    }
    return months;
}
/** The window of the same length just before `window` (kept inside printable dates). */
function previousWindow(window) {
    return clampWindow({ since: window.since - (window.until - window.since), until: window.since });
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
    const date = new Date(ms);
    return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
/** The earliest and latest instants a report places (ECMAScript dates end at ±8.64e15 ms). */
const MIN_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const MAX_INSTANT = Date.UTC(9999, 11, 31);
/** A window kept inside the years a date can print: a window of many years never fails. */
function clampWindow(window) {
    const since = Math.min(Math.max(window.since, MIN_INSTANT), MAX_INSTANT);
    return { since, until: Math.min(Math.max(window.until, since), MAX_INSTANT) };
}
/** Every UTC month the window touches, oldest first. */
function monthsOf(window) {
    const months = [];
    if (window.until <= window.since)
        return months;
    const start = new Date(window.since);
    const end = new Date(window.until - 1);
    // Month numbers, not string keys: no date string is built per step.
    const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
    for (let k = start.getUTCFullYear() * 12 + start.getUTCMonth(); k <= last; k++)
        months.push(`${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`);
    return months;
}
function isoInstant(ms) {
    return new Date(ms).toISOString();
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
/** `YYYY` of a `YYYY-MM` key. */
function yearOf(month) {
    return month.slice(0, month.lastIndexOf('-'));
}
/** Most incidents first, then most overdue items, then name: a stable order. */
function ranked(spots) {
    return [...spots.values()].sort((a, b) => b.incidents - a.incidents || b.overdueItems - a.overdueItems || a.key.localeCompare(b.key));
}
/** The timing samples of a period (excluded incidents left out), each sorted. */
function timingSamples(entries, window) {
    const samples = { restore: [], detect: [], mitigate: [] };
    for (const { entry } of incidentsIn(entries, window)) {
        if (entry.excludedFromMetrics !== null)
            continue;
        const restore = restoreMinutes(entry);
        if (restore !== null)
            samples.restore.push(restore);
        const detect = detectMinutes(entry);
        if (detect !== null)
            samples.detect.push(detect);
        const mitigate = mitigateMinutes(entry);
        if (mitigate !== null)
            samples.mitigate.push(mitigate);
    }
    return {
        restore: sortedFinite(samples.restore),
        detect: sortedFinite(samples.detect),
        mitigate: sortedFinite(samples.mitigate),
    };
}
/** Windows of more months than this list years only. */
const MAX_MONTHS = 1200;
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
function mitigateMinutes(entry) {
    if (entry.startedAt === null || entry.mitigatedAt === null || entry.mitigatedAt < entry.startedAt)
        return null;
    return (entry.mitigatedAt - entry.startedAt) / 60_000;
}
/** `trigger: deploy` (or deployment, a release, a rollout): a change set the incident off. */
function isDeployTriggered(entry) {
    return entry.trigger !== null && /^(deploy|release|rollout|change)/.test(entry.trigger);
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
    const yearly = buckets([...new Set(monthKeys.map(yearOf))]);
    const mttr = [];
    const mttrBySeverity = new Map();
    const mttrByService = new Map();
    const detect = [];
    const mitigate = [];
    const deployRestore = [];
    let deployIncidents = 0;
    let excluded = 0;
    const services = new Map();
    const owners = new Map();
    const hotspot = (map, key) => {
        let spot = map.get(key);
        if (!spot)
            map.set(key, (spot = { key, incidents: 0, openItems: 0, overdueItems: 0 }));
        return spot;
    };
    const toComplete = [];
    const toClose = [];
    const follow = { within: 0, late: 0, missing: 0, unknown: 0 };
    const items = { total: 0, done: 0, overdue: 0 };
    let completed = 0;
    const today = isoDay(now);
    for (const { entry, at } of placed) {
        const severity = severityKey(entry);
        count(bySeverity, severity);
        const timed = entry.excludedFromMetrics === null;
        if (!timed)
            excluded++;
        const entryServices = [...new Set(entry.services)];
        for (const service of entryServices) {
            count(byService, service);
            hotspot(services, service).incidents++;
            if (timed)
                appendTo(serviceStarts, service, at);
        }
        // An excluded incident (a test, a false alarm) is counted, but no timing measure reads it.
        const minutes = timed ? restoreMinutes(entry) : null;
        if (isDeployTriggered(entry)) {
            deployIncidents++;
            if (minutes !== null)
                deployRestore.push(minutes);
        }
        const month = monthKey(at);
        for (const bucket of [monthly.get(month), yearly.get(yearOf(month))]) {
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
        const detectedAfter = timed ? detectMinutes(entry) : null;
        if (detectedAfter !== null)
            detect.push(detectedAfter);
        const mitigatedAfter = timed ? mitigateMinutes(entry) : null;
        if (mitigatedAfter !== null)
            mitigate.push(mitigatedAfter);
        const ownersHere = new Set();
        if (entry.status !== null && COMPLETED_STATUS.test(entry.status)) {
            completed++;
            if (entry.completedAt !== null)
                toComplete.push(daysBetween(isoDay(new Date(at)), entry.completedAt));
        }
        follow[followUp(entry)]++;
        for (const item of entry.actionItems) {
            items.total++;
            const state = statuses.state(item.status);
            // "???" or "-" names nobody: such an item counts as open, not as someone's.
            const owner = item.owner === null || !/[\p{L}\p{N}]/u.test(item.owner)
                ? null
                : hotspot(owners, item.owner);
            if (owner && !ownersHere.has(owner.key)) {
                ownersHere.add(owner.key);
                owner.incidents++;
            }
            if (state === 'done') {
                items.done++;
                const closedOn = actionItemClosedOn(item, entry, statuses);
                if (closedOn !== null)
                    toClose.push(daysBetween(isoDay(new Date(at)), closedOn));
                continue;
            }
            const overdue = isOverdue(actionItemDeadline(item, entry), state, today);
            if (overdue)
                items.overdue++;
            for (const spot of [owner, ...entryServices.map((service) => hotspot(services, service))]) {
                if (!spot)
                    continue;
                spot.openItems++;
                if (overdue)
                    spot.overdueItems++;
            }
        }
    }
    // Beyond a century, months would make the JSON tens of MB: such windows are read by year.
    const months = monthKeys.length > MAX_MONTHS
        ? []
        : [...monthly].map(([month, data]) => ({ month, ...bucketMetrics(data) }));
    const judged = follow.within + follow.late + follow.missing;
    return {
        window: { since: isoInstant(window.since), until: isoInstant(window.until) },
        incidents: {
            total: placed.length,
            perMonth: months.length === 0 ? 0 : round2(placed.length / monthSpan(window)),
            bySeverity,
            byService,
        },
        sampleTooSmall: placed.length < MIN_TREND_SAMPLE,
        months,
        years: [...yearly].map(([year, data]) => ({ year, ...bucketMetrics(data) })),
        mttrMinutes: {
            ...summarize(mttr),
            unknown: placed.length - excluded - mttr.length,
            bySeverity: summaries(mttrBySeverity),
            byService: summaries(mttrByService),
        },
        timeToDetectMinutes: {
            ...summarize(detect),
            unknown: placed.length - excluded - detect.length,
        },
        timeToMitigateMinutes: {
            ...summarize(mitigate),
            unknown: placed.length - excluded - mitigate.length,
        },
        deployTriggered: {
            incidents: deployIncidents,
            restoreMinutes: {
                ...summarize(deployRestore),
                unknown: deployIncidents - deployRestore.length,
            },
        },
        excludedFromTiming: excluded,
        hotspots: { services: ranked(services), owners: ranked(owners) },
        mtbfHours: {
            overall: summarize(gapsHours(placed.filter(({ entry }) => entry.excludedFromMetrics === null).map(({ at }) => at))),
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

export { actionItemDeadline as a, previousWindow as b, periodMetrics as c, incidentInstant as d, isoInstant as e, round2 as f, resolveWindow as g, summarize as h, incidentsIn as i, medianDifferenceInterval as m, nearestRank as n, overdueActionItems as o, parseBound as p, restoreMinutes as r, sortedFinite as s, timingSamples as t };
