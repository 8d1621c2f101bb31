import { dirname, resolve, relative } from 'node:path';
import { l as loadConfig } from './index-DFUUrYVV.js';
import { s as searchStart } from './project-O4S5JLOE.js';
import { b as buildTrendReport, r as renderMarkdown, p as parseBound, l as linkTarget } from './document-d1Y2C3YG.js';
import { OUT_OPTION, readCorpusIndex, indexCorpus, writeOutput } from './index-command-vYu8P0DM.js';
import { C as CONFIG_OPTIONS, c as choice, p as parseNow, U as UsageError, E as EXIT_OK } from './main-olwYZZXw.js';
import 'node:fs/promises';
import './edit-distance-CcxFFAYG.js';
import 'node:crypto';
import './_commonjsHelpers-BFTU3MAI.js';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import './corpus-BA9eyPJZ.js';
import './pipeline-CJHnPppV.js';
import 'node:fs';
import './decode-BatIPcMV.js';
import './edits-u_9s239X.js';
import './version-DEtl4GPz.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:os';
import './file-task-B-JtmB6O.js';
import 'node:worker_threads';
import './lint-C_e8TLnr.js';
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
    let loaded;
    if (typeof values.index === 'string') {
        if (positionals.length > 0)
            throw new UsageError('Give either paths or --index, not both.');
        const configPath = typeof values.config === 'string' ? values.config : undefined;
        loaded = {
            config: await loadConfig({ configPath, searchFrom: searchStart([], io.cwd), cwd: io.cwd }),
            index: await readCorpusIndex(values.index, io),
        };
    }
    else {
        loaded = await indexCorpus(positionals, values, io, now);
    }
    const report = buildTrendReport(loaded.index, loaded.config, {
        now,
        since,
        until,
    });
    if (format === 'json') {
        await writeOutput(`${JSON.stringify(report, null, 2)}\n`, values, io);
        return EXIT_OK;
    }
    // Links are relative to where the report is read: the output file's folder, else the working directory.
    const from = typeof values.out === 'string' ? dirname(resolve(io.cwd, values.out)) : io.cwd;
    const linkTo = (path, line) => linkTarget(relative(from, resolve(io.cwd, path)).split('\\').join('/'), line);
    await writeOutput(renderMarkdown(report, { linkTo }), values, io);
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
            description: 'Start of the window (inclusive; default: 12 months before --until).',
        },
        until: {
            type: 'string',
            valueName: 'DATE',
            description: 'End of the window (a date is inclusive; default: --now).',
        },
        index: {
            type: 'string',
            valueName: 'FILE',
            description: 'Read a saved `postmortem-lint index` file instead of linting paths.',
        },
    },
    run: runReport,
};

export { reportCommand };
