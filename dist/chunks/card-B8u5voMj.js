import { readFile } from 'node:fs/promises';
import { j as distExports, k as formatMinutes, h as allMatches } from './resolve-cfr8Br3c.js';
import { k as restoreMinutes, l as lintFiles } from './report-iuJZ0I-V.js';

/**
 * Time-to-restore targets by severity level (minutes) the card measures against: an hour for
 * SEV-1, four for SEV-2, a day for SEV-3 (override with `mttrTargets`).
 */
const DEFAULT_MTTR_TARGETS = { '1': 60, '2': 240, '3': 1440 };
/** What an error and a warning take off the confidence. */
const ERROR_COST = 0.1;
const WARNING_COST = 0.03;
/** Evidence pointers and risks listed at most. */
const MAX_LISTED = 20;
/** Link targets written in the text (`[text](url)` and bare URLs), each once, in order. */
function linksOf(text) {
    const found = new Map();
    for (const match of allMatches(/\[([^\]\n]{0,200})\]\(([^)\s]{1,2000})\)|(https?:\/\/[^\s)>\]]{1,2000})/g, text)) {
        const url = match[2] ?? match[3];
        if (!found.has(url))
            found.set(url, match[1] ?? '');
    }
    return [...found].map(([url, label]) => ({ label, url }));
}
/** The card of one modelled postmortem, its findings and its text. */
function positionCard(entry, diagnostics, text, options = {}) {
    const targets = options.mttrTargets ?? DEFAULT_MTTR_TARGETS;
    const claims = [];
    const risks = [];
    const restore = restoreMinutes(entry);
    const severity = entry.severity === null ? null : `SEV-${entry.severity}`;
    claims.push(`${severity ?? 'Severity not stated'}; ${restore === null ? 'duration not known' : `restored in ${formatMinutes(restore)}`}.`);
    if (restore !== null &&
        entry.severity !== null &&
        targets[String(entry.severity)] !== undefined) {
        const target = targets[String(entry.severity)];
        claims.push(`Time to restore ${restore <= target ? 'within' : 'over'} the ${severity} target of ${formatMinutes(target)}.`);
        if (restore > target)
            risks.push(`Time to restore exceeded the ${severity} target.`);
    }
    if (entry.rootCause !== null)
        claims.push(`Root cause: ${entry.rootCause}`);
    else
        risks.push('No root cause is stated.');
    const items = entry.actionItems;
    const owned = items.filter((item) => item.owner !== null && item.deadline !== null).length;
    claims.push(`${items.length} action items, ${owned} with an owner and a deadline.`);
    if (items.length === 0)
        risks.push('No action items: nothing tracks the fix.');
    for (const item of items) {
        if (item.owner === null)
            risks.push(`Action item ${item.id ?? `at line ${item.line}`} has no owner.`);
        if (item.deadline === null)
            risks.push(`Action item ${item.id ?? `at line ${item.line}`} has no deadline.`);
    }
    const cites = entry.patternAnalysisCites;
    if (cites !== null && cites.length > 0)
        claims.push(`Recurring pattern: ${cites.length} earlier incidents cited (${cites.join(', ')}).`);
    if (entry.excludedFromMetrics !== null)
        claims.push(`Excluded from metrics: ${entry.excludedFromMetrics}.`);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    for (const diagnostic of errors)
        risks.push(`${diagnostic.ruleId} (line ${diagnostic.line}): ${diagnostic.message}`);
    const confidence = Math.max(0, 1 - errors.length * ERROR_COST - warnings.length * WARNING_COST);
    const evidence = [
        { kind: 'postmortem', ref: entry.path },
        ...linksOf(text).map(({ label, url }) => ({
            kind: /runbook|playbook/i.test(`${label} ${url}`)
                ? 'runbook'
                : 'document',
            ref: url,
        })),
    ];
    return {
        position_card: {
            agent: 'postmortem',
            claims,
            plan: items.map((item) => ({
                id: item.id,
                action: item.action ?? '(no description)',
                owner: item.owner,
                deadline: item.deadline,
                status: item.status,
            })),
            evidence_pointers: evidence.slice(0, MAX_LISTED),
            confidence: Math.round(confidence * 100) / 100,
            risks: risks.slice(0, MAX_LISTED),
        },
    };
}
/** The card of a postmortem file, linted with `config` as of `now`; null when it cannot be modelled. */
async function positionCardOfFile(path, config, now, options = {}) {
    const run = await lintFiles({ files: [path], config, now, jobs: 1 });
    const result = run.results[0];
    const fatal = result?.diagnostics.find((diagnostic) => diagnostic.fatal);
    const entry = run.index[0];
    if (fatal || entry === undefined)
        return { error: fatal?.message ?? 'the file could not be modelled' };
    return positionCard(entry, result.diagnostics, await readFile(path, 'utf8'), options);
}
/** The card as YAML. */
function cardYaml(card) {
    return distExports.stringify(card, { lineWidth: 0 });
}

export { DEFAULT_MTTR_TARGETS as D, positionCardOfFile as a, cardYaml as c, positionCard as p };
