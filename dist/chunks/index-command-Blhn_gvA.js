import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { resolve, dirname, join, basename } from 'node:path';
import { d as displayPath } from './index-Cgj-hIvX.js';
import { i as indexPostmortems } from './report-iuJZ0I-V.js';
import { c as configAndFiles } from './lint-2KBpMPPm.js';
import { C as CONFIG_OPTIONS, c as choice, U as UsageError, p as parseNow, E as EXIT_OK } from './main-DqIZq3Ry.js';
import './resolve-cfr8Br3c.js';
import 'node:crypto';
import './_commonjsHelpers-BFTU3MAI.js';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:module';
import './pipeline-D7DYxzb-.js';
import 'node:fs';
import './decode-BatIPcMV.js';
import './edits-vrcRL61i.js';
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

/** Checks the outline of an index read back from disk; returns a problem or null. */
function corpusIndexProblem(data) {
    if (typeof data !== 'object' || data === null)
        return 'not a JSON object';
    const candidate = data;
    if (candidate.version !== 1)
        return 'unsupported "version" (expected 1)';
    if (!Array.isArray(candidate.entries))
        return '"entries" must be an array';
    if (!Array.isArray(candidate.failed))
        return '"failed" must be an array';
    const bad = candidate.entries.findIndex((entry) => typeof entry !== 'object' || entry === null || typeof entry.path !== 'string');
    return bad === -1 ? null : `entries[${bad}] has no "path"`;
}

/** Options shared by `index` and `report`: where the output goes. */
const OUT_OPTION = {
    out: {
        type: 'string',
        short: 'o',
        valueName: 'FILE',
        description: 'Write to FILE instead of stdout.',
    },
};
/**
 * Lints the postmortems named by `targets` (the config's `files` globs when none) and returns the
 * corpus index, paths shown relative to the working directory. A target matching nothing throws
 * NoFilesError, as for `lint`.
 */
async function indexCorpus(targets, values, io, now) {
    const { config, files } = await configAndFiles(targets, values, io);
    const index = await indexPostmortems({
        files: files.map((path) => resolve(io.cwd, path)),
        config,
        now,
        pathOf: (path) => displayPath(resolve(io.cwd, path), io.cwd),
    });
    return { config, index };
}
/** Reads an index written by `postmortem-lint index`. */
async function readCorpusIndex(path, io) {
    let data;
    try {
        data = JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'));
    }
    catch (error) {
        throw new UsageError(`--index ${path} cannot be read as JSON (${error.message}).`);
    }
    const problem = corpusIndexProblem(data);
    if (problem !== null)
        throw new UsageError(`--index ${path} is not a postmortem-lint index: ${problem}.`);
    return data;
}
/** Writes `text` to `--out` (creating folders) or to stdout. */
async function writeOutput(text, values, io) {
    if (typeof values.out !== 'string') {
        io.stdout(text);
        return;
    }
    const target = resolve(io.cwd, values.out);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
}
/** `owner/name` of a GitHub remote URL (https, ssh or git@ form); null for anything else. */
function repositoryOfRemote(url) {
    const match = /github\.com[:/]+([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
    return match ? `${match[1]}/${match[2]}` : null;
}
/**
 * The repository an index records: `--repository`, else the `origin` remote read from
 * `.git/config` (no git command is run), else the folder's name.
 */
async function defaultRepository(cwd) {
    try {
        const config = await readFile(join(cwd, '.git', 'config'), 'utf8');
        const origin = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? '';
        const url = /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1];
        const repository = url === undefined ? null : repositoryOfRemote(url);
        if (repository !== null)
            return repository;
    }
    catch {
        // No git checkout here: the folder name names the repository.
    }
    return basename(resolve(cwd));
}
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
async function runIndex(args, io) {
    choice('format', args.values.format, ['json'], 'json');
    const given = args.values.repository;
    if (given !== undefined && (typeof given !== 'string' || !REPOSITORY.test(given)))
        throw new UsageError(`--repository must be owner/name (got "${String(given)}").`);
    const loaded = await indexCorpus(args.positionals, args.values, io, parseNow(args.values.now));
    const repository = typeof given === 'string' ? given : await defaultRepository(io.cwd);
    const { version, generatedAt, ...rest } = loaded.index;
    const index = { version, generatedAt, repository, ...rest };
    await writeOutput(`${JSON.stringify(index, null, 2)}\n`, args.values, io);
    for (const failed of loaded.index.failed)
        io.stderr(`postmortem-lint: ${failed.path}:${failed.line}: ${failed.message}\n`);
    return EXIT_OK;
}
const indexCommand = {
    summary: 'Write the corpus index (JSON): one entry per postmortem, unreadable files listed under "failed".',
    usage: '[options] [paths|directories|globs...]',
    positionals: true,
    options: {
        ...CONFIG_OPTIONS,
        format: {
            type: 'string',
            short: 'f',
            valueName: 'NAME',
            description: 'Output format: json (the only one).',
        },
        ...OUT_OPTION,
        repository: {
            type: 'string',
            valueName: 'OWNER/NAME',
            description: 'Repository recorded in the index, for organisation reports (default: the origin remote, else the folder name).',
        },
    },
    run: runIndex,
};

export { OUT_OPTION, defaultRepository, indexCommand, indexCorpus, readCorpusIndex, repositoryOfRemote, writeOutput };
