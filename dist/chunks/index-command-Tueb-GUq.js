import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { e as displayPath } from './load-ByC8QkA8.js';
import { l as lintFiles } from './sarif-DB19gf22.js';
import { a as corpusIndexProblem, i as indexingConfig, c as corpusIndex } from './corpus-index-D8qmE_1x.js';
import { configAndFiles } from './lint-CP3O7DVH.js';
import { C as CONFIG_OPTIONS, c as choice, b as parseNow, E as EXIT_OK, U as UsageError } from './command-Bdbrxmp2.js';
import './index-SmgBHh-H.js';
import 'process';
import 'buffer';
import 'node:crypto';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:fs';
import 'node:os';
import './lint-text-Bsx74nok.js';
import './build-Bns_6WKI.js';
import 'node:process';
import 'node:url';
import './file-task-Djxy41gL.js';
import 'node:worker_threads';
import './edits-CA1kfjHB.js';
import './stylish-fON7swpa.js';
import 'node:util';

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
    const run = await lintFiles({
        files: files.map((path) => resolve(io.cwd, path)),
        config: indexingConfig(config),
        now,
    });
    return {
        config,
        index: corpusIndex(run, now, (path) => displayPath(resolve(io.cwd, path), io.cwd)),
    };
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
async function runIndex(args, io) {
    choice('format', args.values.format, ['json'], 'json');
    const loaded = await indexCorpus(args.positionals, args.values, io, parseNow(args.values.now));
    await writeOutput(`${JSON.stringify(loaded.index, null, 2)}\n`, args.values, io);
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
    },
    run: runIndex,
};

export { OUT_OPTION, indexCommand, indexCorpus, readCorpusIndex, writeOutput };
