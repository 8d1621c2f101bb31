import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { d as displayPath, l as loadConfig } from './index-Ck11Zl3Q.js';
import { C as CONFIG_OPTIONS, c as choice, b as parseNow, i as integer, d as discoverFiles, e as EXIT_FINDINGS, E as EXIT_OK } from './command-CzzEo1mI.js';
import { l as lintFiles, f as formatJson, a as formatSarif } from './sarif-D6sOmchy.js';
import { m as modelBytes } from './pipeline-CNA_tzUg.js';
import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { f as findTemplate, b as applyEditsToBytes } from './edits-CLOHmON-.js';
import { R as RULES, h as enabledRules } from './resolve-C5FT6IMq.js';
import { f as formatStylish } from './stylish-CerLpyR5.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:util';
import 'node:os';
import './file-task-akbbQzaP.js';
import 'node:crypto';
import 'node:fs';
import 'node:worker_threads';
import 'node:url';
import 'node:process';
import 'process';
import 'buffer';

/**
 * Every mechanical fix for one modelled file, as text edits: the fixes each enabled rule declares,
 * in registry order, with the options that rule runs with.
 */
function computeFixes(input, registry = RULES) {
    const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
    return enabledRules(input.config).flatMap(({ id, options }) => {
        const rule = byId.get(id);
        if (rule?.scope !== 'file' || !rule.fixes)
            return [];
        return rule.fixes({
            model: input.model,
            text: input.text,
            options,
            parse: input.config.parse,
            template: input.template,
        });
    });
}

/** The fixed bytes of one file and how many fixes went in (0: the bytes are returned as they were). */
function fixBytes(path, bytes, config, template) {
    const modelled = modelBytes(path, bytes, config);
    const decoded = decodePostmortem(bytes);
    // A file that cannot be modelled is reported by the lint that follows, and left as it is.
    if (!modelled.ok || !decoded.ok)
        return { bytes, fixes: 0 };
    const edits = computeFixes({ model: modelled.model, text: decoded.text, config, template });
    return edits.length === 0
        ? { bytes, fixes: 0 }
        : { bytes: applyEditsToBytes(bytes, edits), fixes: edits.length };
}
/**
 * `--fix`: applies the mechanical fixes to each file in place, before the lint reports what is
 * left. Missing sections come from the TEMPLATE.md beside the file, else the built-in template.
 * Returns the number of files changed.
 */
async function fixFiles(paths, config) {
    const templates = new Map();
    let changed = 0;
    for (const path of paths) {
        let bytes;
        try {
            bytes = await readFile(path);
        }
        catch {
            continue; // The lint that follows reports the unreadable file (invalid-file).
        }
        if (bytes.length > config.maxFileSize)
            continue;
        const dir = dirname(path);
        let template = templates.get(dir);
        if (template === undefined) {
            template = (await findTemplate(dir)).text;
            templates.set(dir, template);
        }
        const fixed = fixBytes(path, bytes, config, template);
        if (fixed.fixes === 0)
            continue;
        await writeFile(path, fixed.bytes);
        changed++;
    }
    return changed;
}

const FORMATS = ['stylish', 'json', 'sarif'];
/** Characters that make a path segment a glob. */
const GLOB_MAGIC = /[*?[\]{}()!]/;
/**
 * Where the config search starts: the deepest directory containing every target (for a glob, its
 * part before the first wildcard). No target: the working directory.
 */
function searchStart(targets, cwd) {
    if (targets.length === 0)
        return cwd;
    const bases = targets.map((target) => {
        const segments = target.split(/[\\/]/);
        const magic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
        // A file works as a start too: its own directory is the first one searched.
        return resolve(cwd, magic === -1 ? target : segments.slice(0, magic).join(sep) || '.');
    });
    let common = bases[0].split(sep);
    for (const base of bases.slice(1)) {
        const segments = base.split(sep);
        let shared = 0;
        while (shared < common.length &&
            shared < segments.length &&
            common[shared] === segments[shared])
            shared++;
        common = common.slice(0, shared);
    }
    return common.join(sep) || sep;
}
/**
 * The configuration for `targets` (found from them upwards, or `--config`) and the files they name
 * (the config's `files` when none), as every command reading postmortems needs them. Throws
 * ConfigError, or NoFilesError when a target matches nothing (main turns both into exit code 2).
 */
async function configAndFiles(targets, values, io) {
    const configPath = typeof values.config === 'string' ? values.config : undefined;
    const config = await loadConfig({
        configPath,
        searchFrom: searchStart(targets, io.cwd),
        cwd: io.cwd,
    });
    return { config, files: await discoverFiles(targets, config, io.cwd) };
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
    if (values.fix === true)
        await fixFiles(files.map(absolute), config);
    // Cross-incident rules see every postmortem of the project, not only the ones named.
    const contextFiles = positionals.length > 0 ? await discoverFiles([], config, io.cwd).catch(() => []) : [];
    const found = await lintFiles({
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

export { configAndFiles, lintCommand, searchStart };
