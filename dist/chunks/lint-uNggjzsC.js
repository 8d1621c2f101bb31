import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { l as loadProject, f as formatStylish } from './project-Dhd2U8xc.js';
import { b as lintPostmortems, f as formatJson, a as formatSarif } from './sarif-B2cw4LyG.js';
import { d as discoverFiles } from './version-BjPfT1Y5.js';
import { d as displayPath } from './index-w9i2CiXp.js';
import { C as CONFIG_OPTIONS, c as choice, p as parseNow, i as integer, a as EXIT_FINDINGS, E as EXIT_OK } from './main-Cq8KG5jV.js';
import './resolve-C5Ud2dc1.js';
import 'node:crypto';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:os';
import './pipeline-D_YbtVZP.js';
import 'node:fs';
import './decode-BatIPcMV.js';
import './file-task-CpDZ_u_p.js';
import 'node:worker_threads';
import './edits-CLOHmON-.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:util';

const FORMATS = ['stylish', 'json', 'sarif'];
/**
 * The configuration and files of the command line's targets (`--config` when given), as every
 * command reading postmortems needs them. Throws ConfigError, or NoFilesError when a target
 * matches nothing (main turns both into exit code 2).
 */
function configAndFiles(targets, values, io) {
    const configPath = typeof values.config === 'string' ? values.config : undefined;
    return loadProject({ targets, configPath, cwd: io.cwd });
}
/** Only the errors of a run (`--quiet`). */
function errorsOnly(run) {
    const results = run.results.map((result) => ({
        ...result,
        diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
        warningCount: 0,
    }));
    return { ...run, results, warningCount: 0 };
}
function useColor(values, io) {
    if (values['no-color'])
        return false;
    if (values.color)
        return true;
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdoutIsTTY === true;
}
function format(run, name, io, color) {
    if (name === 'json')
        return formatJson(run, { cwd: io.cwd });
    if (name === 'sarif')
        return formatSarif(run, { cwd: io.cwd });
    return formatStylish(run, { color });
}
async function runLint(args, io) {
    const { values, positionals } = args;
    const formatName = choice('format', values.format, FORMATS, 'stylish');
    const now = parseNow(values.now);
    const maxWarnings = integer('max-warnings', values['max-warnings'], 0);
    const jobs = integer('jobs', values.jobs, 1);
    const { config, files } = await configAndFiles(positionals, values, io);
    const absolute = (path) => resolve(io.cwd, path);
    // Cross-incident rules see every postmortem of the project, not only the ones named.
    const contextFiles = positionals.length > 0 ? await discoverFiles([], config, io.cwd).catch(() => []) : [];
    const found = await lintPostmortems({
        fix: values.fix === true,
        rules: io.rules,
        files: files.map(absolute),
        contextFiles: contextFiles.map(absolute),
        config,
        now,
        jobs,
        cache: values.cache === true,
        cacheLocation: typeof values['cache-location'] === 'string' ? absolute(values['cache-location']) : undefined,
    });
    // Unusable cache files and the like: worth knowing, never a reason to fail.
    for (const warning of found.warnings ?? [])
        io.stderr(`postmortem-lint: ${warning}\n`);
    const run = {
        ...found,
        results: found.results.map((result) => ({
            ...result,
            filePath: displayPath(result.filePath, io.cwd),
        })),
    };
    const reported = values.quiet ? errorsOnly(run) : run;
    const outputFile = typeof values['output-file'] === 'string' ? absolute(values['output-file']) : null;
    const text = format(reported, formatName, io, outputFile === null && useColor(values, io));
    if (outputFile !== null) {
        await mkdir(dirname(outputFile), { recursive: true });
        await writeFile(outputFile, text);
    }
    else if (text !== '')
        io.stdout(text);
    if (run.errorCount > 0)
        return EXIT_FINDINGS;
    if (maxWarnings !== undefined && run.warningCount > maxWarnings) {
        io.stderr(`postmortem-lint found too many warnings (maximum: ${maxWarnings}, found: ${run.warningCount}).\n`);
        return EXIT_FINDINGS;
    }
    return EXIT_OK;
}
const lintCommand = {
    summary: 'Lint postmortems (default command). Without paths, lints the config\'s "files" globs.',
    usage: '[options] [paths|directories|globs...]',
    positionals: true,
    options: {
        ...CONFIG_OPTIONS,
        format: {
            type: 'string',
            short: 'f',
            valueName: 'NAME',
            description: 'Output format: stylish (default), json (ESLint JSON) or sarif (SARIF 2.1.0).',
        },
        'max-warnings': {
            type: 'string',
            valueName: 'N',
            description: 'Exit with code 1 when there are more than N warnings.',
        },
        quiet: { type: 'boolean', short: 'q', description: 'Report errors only.' },
        fix: {
            type: 'boolean',
            description: 'Fix what is mechanical (severity/status spelling, ISO dates, missing section headings) first.',
        },
        'output-file': {
            type: 'string',
            short: 'o',
            valueName: 'FILE',
            description: 'Write the report to FILE instead of stdout.',
        },
        color: {
            type: 'boolean',
            description: 'Force colours (default: only when stdout is a terminal).',
        },
        'no-color': { type: 'boolean', description: 'Never use colours.' },
        jobs: { type: 'string', valueName: 'N', description: 'Parse files on N worker threads.' },
        cache: { type: 'boolean', description: 'Only re-check files that changed since the last run.' },
        'cache-location': {
            type: 'string',
            valueName: 'FILE',
            description: 'Cache file (default: .postmortem-lint-cache).',
        },
    },
    run: runLint,
};

export { configAndFiles, lintCommand };
