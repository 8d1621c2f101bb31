import { resolve } from 'node:path';
import { o as statusReader, p as practiceOptions, q as githubHosts, b as buildIndexEntry, u as plural } from './resolve-cfr8Br3c.js';
import { r as readPostmortem, m as modelBytes } from './pipeline-D7DYxzb-.js';
import { s as safeWrite, c as applyEditsToBytes, U as UnsafeWriteError } from './edits-vrcRL61i.js';
import { r as readMarker, k as keyText, u as untrackedItems, A as ACTION_ITEM_LABEL } from './action-item-issues-DsAs9ZCi.js';
import { n as markedIssues } from './report-iuJZ0I-V.js';
import { d as displayPath } from './index-Cgj-hIvX.js';
import { G as GITHUB_TOKEN_ENV_OPTION, g as githubToken, a as repositoryOf, c as configAndFiles } from './lint-2KBpMPPm.js';
import { C as CONFIG_OPTIONS, U as UsageError, E as EXIT_OK } from './main-DqIZq3Ry.js';
import 'node:crypto';
import './_commonjsHelpers-BFTU3MAI.js';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:module';
import 'node:fs';
import './decode-BatIPcMV.js';
import 'node:fs/promises';
import './version-C0Mv0M4l.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:os';
import './pool-DYaRj7HH.js';
import 'node:worker_threads';
import './project-DY8yG-kZ.js';
import 'node:perf_hooks';
import 'node:util';

async function linkIssues(request) {
    const outcome = { linked: [], notices: [], filesChanged: 0 };
    const found = await markedIssues(request.repository, ACTION_ITEM_LABEL, (body) => readMarker(body) !== null, request.client);
    outcome.notices.push(...found.notices);
    const numbers = new Map();
    for (const issue of found.issues) {
        const key = readMarker(issue.body);
        if (key !== null && !numbers.has(keyText(key)))
            numbers.set(keyText(key), issue.number);
    }
    if (numbers.size === 0)
        return outcome;
    const statuses = statusReader(practiceOptions(request.config).statuses);
    const links = { githubHosts: githubHosts(request.serverUrl) };
    for (const path of request.files) {
        const bytes = readPostmortem(path, request.config);
        if (!(bytes instanceof Uint8Array))
            continue;
        const modelled = modelBytes(path, bytes, request.config);
        if (!modelled.ok)
            continue;
        const model = modelled.model;
        const entry = { ...buildIndexEntry(model), path: request.pathOf(path) };
        const byLine = new Map((model.actionItems?.items ?? []).map((item) => [item.span.start.line, item]));
        const edits = [];
        for (const untracked of untrackedItems([entry], statuses, links)) {
            const number = numbers.get(keyText(untracked.key));
            const cell = byLine.get(untracked.item.line)?.action;
            if (number === undefined || !cell)
                continue;
            edits.push({ start: cell.span.end.offset, end: cell.span.end.offset, text: ` (#${number})` });
            outcome.linked.push(`${entry.path}: ${untracked.item.id ?? `line ${untracked.item.line}`} → #${number}`);
        }
        if (edits.length === 0 || request.dryRun)
            continue;
        try {
            await safeWrite(path, applyEditsToBytes(bytes, edits), { root: request.config.baseDir });
            outcome.filesChanged++;
        }
        catch (error) {
            const reason = error instanceof UnsafeWriteError
                ? error.message
                : (error.code ?? error.message);
            outcome.notices.push(`${entry.path} was not written (${reason}).`);
        }
    }
    return outcome;
}

/**
 * `postmortem-lint link [paths]`: writes `(#123)` after the action of each open, untracked item
 * for which the Action's `create-issues` opened an issue (found by its hidden marker).
 */
async function runLink(args, io) {
    const { values, positionals } = args;
    const token = githubToken(values, io.env);
    if (token === null)
        throw new UsageError('link reads the issues create-issues opened: set GITHUB_TOKEN or GH_TOKEN, or name the variable with --github-token-env NAME.');
    const repository = await repositoryOf(io);
    if (repository === null)
        throw new UsageError('link needs the repository the issues are in: set GITHUB_REPOSITORY=owner/repo (or run it in a checkout whose origin is on GitHub).');
    const { config, files } = await configAndFiles(positionals, values, io);
    const outcome = await linkIssues({
        files: files.map((path) => resolve(io.cwd, path)),
        config,
        repository,
        client: { token, apiUrl: io.env.GITHUB_API_URL?.trim() || 'https://api.github.com' },
        pathOf: (path) => displayPath(path, io.cwd),
        serverUrl: io.env.GITHUB_SERVER_URL,
        dryRun: values['dry-run'] === true,
    });
    for (const notice of outcome.notices)
        io.stderr(`postmortem-lint: notice: ${notice}\n`);
    for (const line of outcome.linked)
        io.stdout(`${line}\n`);
    const dry = values['dry-run'] === true;
    io.stdout(outcome.linked.length === 0
        ? 'No issue to link: every open item with an issue opened for it is linked already.\n'
        : `${plural(outcome.linked.length, 'reference')} ${dry ? 'to write' : `written in ${plural(outcome.filesChanged, 'file')}`}.\n`);
    return EXIT_OK;
}
const linkCommand = {
    summary: 'Write the issues create-issues opened for untracked action items into the postmortems (needs a GitHub token).',
    usage: '[options] [paths|directories|globs...]',
    positionals: true,
    options: {
        ...CONFIG_OPTIONS,
        'github-token-env': GITHUB_TOKEN_ENV_OPTION,
        'dry-run': {
            type: 'boolean',
            description: 'Print the references that would be written; write nothing.',
        },
    },
    run: runLink,
};

export { linkCommand };
