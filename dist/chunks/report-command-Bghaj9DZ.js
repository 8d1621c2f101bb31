import { dirname, resolve, relative } from 'node:path';
import { l as loadConfig } from './index-Cgj-hIvX.js';
import { s as searchStart } from './project-DY8yG-kZ.js';
import { j as buildTrackedTrendReport, w as withTrackerNotes, p as parseBound } from './report-iuJZ0I-V.js';
import { R as REPOSITORY_OPTION, G as GITHUB_TOKEN_ENV_OPTION, r as reportTracker } from './lint-2KBpMPPm.js';
import { D as DEFAULT_MAX_ROWS, r as renderMarkdown, l as linkTarget } from './document-C4WyzFo8.js';
import { OUT_OPTION, readCorpusIndex, indexCorpus, writeOutput } from './index-command-Blhn_gvA.js';
import { C as CONFIG_OPTIONS, c as choice, p as parseNow, U as UsageError, i as integer, E as EXIT_OK } from './main-DqIZq3Ry.js';
import 'node:fs/promises';
import './resolve-cfr8Br3c.js';
import 'node:crypto';
import './_commonjsHelpers-BFTU3MAI.js';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:module';
import './version-C0Mv0M4l.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './pipeline-D7DYxzb-.js';
import 'node:fs';
import './decode-BatIPcMV.js';
import './edits-vrcRL61i.js';
import 'node:os';
import './pool-DYaRj7HH.js';
import 'node:worker_threads';
import 'node:perf_hooks';
import 'node:util';

const FORMATS = ['markdown', 'json'];
function bound(name, value) {
    if (value === undefined)
        return null;
    const ms = parseBound(String(value), name === 'until');
    if (ms === null)
        throw new UsageError(`--${name} must be an ISO date such as 2025-01-31 or an ISO date-time (got "${String(value)}").`);
    return ms;
}
async function runReport(args, io) {
    const { values, positionals } = args;
    const format = choice('format', values.format, FORMATS, 'markdown');
    const now = parseNow(values.now);
    const since = bound('since', values.since);
    const until = bound('until', values.until);
    if (since !== null && until !== null && since >= until)
        throw new UsageError('--since must be before --until.');
    const maxRows = integer('max-rows', values['max-rows'], 1) ?? DEFAULT_MAX_ROWS;
    const indexPaths = values.index === undefined
        ? []
        : Array.isArray(values.index)
            ? values.index
            : [String(values.index)];
    let loaded;
    if (indexPaths.length > 0) {
        if (positionals.length > 0)
            throw new UsageError('Give either paths or --index, not both.');
        const configPath = typeof values.config === 'string' ? values.config : undefined;
        const indexes = [];
        for (const path of indexPaths)
            indexes.push(await readCorpusIndex(path, io));
        loaded = {
            config: await loadConfig({ configPath, searchFrom: searchStart([], io.cwd), cwd: io.cwd }),
            index: indexes,
        };
    }
    else {
        loaded = await indexCorpus(positionals, values, io, now);
    }
    // With a token the tracker's state decides where it is known, as in the Action's report mode.
    const tracker = await reportTracker(loaded.index, loaded.config, values, io);
    const { report, notes } = buildTrackedTrendReport(loaded.index, loaded.config, { now, since, until }, tracker);
    if (format === 'json') {
        await writeOutput(`${JSON.stringify(report, null, 2)}\n`, values, io);
        return EXIT_OK;
    }
    // Links are relative to where the report is read: the output file's folder, else the working directory.
    const from = typeof values.out === 'string' ? dirname(resolve(io.cwd, values.out)) : io.cwd;
    const linkTo = (path, line) => linkTarget(relative(from, resolve(io.cwd, path)).split('\\').join('/'), line);
    await writeOutput(renderMarkdown(withTrackerNotes(report, notes), { linkTo, maxRows }), values, io);
    return EXIT_OK;
}
const reportCommand = {
    summary: 'Write a trend report (Markdown or JSON): MTTR, detection, MTBF, completion, follow-up, action items, patterns.',
    usage: '[options] [paths|directories|globs...]',
    positionals: true,
    options: {
        ...CONFIG_OPTIONS,
        format: {
            type: 'string',
            short: 'f',
            valueName: 'NAME',
            description: 'Output format: markdown (default) or json.',
        },
        ...OUT_OPTION,
        since: {
            type: 'string',
            valueName: 'DATE',
            description: 'Start of the window, a whole UTC day (inclusive; default: 12 months before --until).',
        },
        until: {
            type: 'string',
            valueName: 'DATE',
            description: 'End of the window (a date is inclusive; default: the day before --now, so 12 whole months).',
        },
        index: {
            type: 'string',
            valueName: 'FILE',
            multiple: true,
            description: 'Read a saved `postmortem-lint index` file instead of linting paths; repeat to merge several (an organisation report).',
        },
        'max-rows': {
            type: 'string',
            valueName: 'N',
            description: `At most N rows per Markdown table, the rest counted (default ${DEFAULT_MAX_ROWS}).`,
        },
        'github-token-env': GITHUB_TOKEN_ENV_OPTION,
        repository: REPOSITORY_OPTION,
    },
    run: runReport,
};

export { reportCommand };
