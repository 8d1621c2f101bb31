import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { a as discoverFiles, e as displayPath, l as loadConfig } from './load-ByC8QkA8.js';
import { l as lintFiles, f as formatJson, a as formatSarif } from './sarif-DB19gf22.js';
import { m as modelBytes } from './lint-text-Bsx74nok.js';
import { b as buildPostmortem, d as decodePostmortem } from './build-Bns_6WKI.js';
import { f as findTemplate, b as applyEditsToBytes } from './edits-CA1kfjHB.js';
import { d as requiredMetadata, i as isIsoDate, e as findDate, g as requiredSections, h as findSection } from './index-SmgBHh-H.js';
import { f as formatStylish } from './stylish-fON7swpa.js';
import { C as CONFIG_OPTIONS, c as choice, b as parseNow, i as integer, d as EXIT_FINDINGS, E as EXIT_OK } from './command-Bdbrxmp2.js';
import 'node:crypto';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:fs';
import 'node:os';
import './file-task-Djxy41gL.js';
import 'node:worker_threads';
import 'node:url';
import 'node:process';
import 'process';
import 'buffer';
import 'node:util';

/** The options a rule runs with in this configuration, or null when it is off. */
function enabledOptions(config, id) {
    const entry = config.rules.find((enabled) => enabled.rule.meta.id === id);
    return entry ? entry.options : null;
}
function sourceOf(text, field) {
    return text.slice(field.span.start.offset, field.span.end.offset);
}
/** `sev1`, `Sev 1`, `SEV_1` → `SEV-1` (the leading token only: `SEV-1 (Critical)` keeps its remark). */
function severityFix({ model, text }) {
    const field = model.metadata.fields.severity;
    if (!field)
        return null;
    const match = /^(["']?[ \t]*)(sev(?:erity)?[ \t_-]*(\d))(?!\d)/i.exec(sourceOf(text, field));
    if (!match)
        return null;
    const canonical = `SEV-${match[3]}`;
    if (match[2] === canonical)
        return null;
    const start = field.span.start.offset + match[1].length;
    return { start, end: start + match[2].length, text: canonical };
}
const letters = (value) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** `completed` → `Completed`, `in-review` → `In Review`: the configured spelling of a status. */
function statusFix({ model, text, config }) {
    const field = model.metadata.fields.status;
    const options = enabledOptions(config, requiredMetadata.meta.id);
    if (!field || !options)
        return null;
    const source = sourceOf(text, field);
    const words = /\p{L}[\p{L}\p{N} _-]*[\p{L}\p{N}]|\p{L}/u.exec(source);
    if (!words)
        return null;
    const canonical = options.statuses.find((status) => letters(status) === letters(words[0]));
    if (canonical === undefined || canonical === words[0])
        return null;
    const start = field.span.start.offset + words.index;
    return { start, end: start + words[0].length, text: canonical };
}
/** `Feb 5, 2026`, `5 February 2026`, `2026/02/05` → `2026-02-05`, when the value is that date alone. */
function dateFix({ model, text }) {
    const field = model.metadata.fields.date;
    if (!field || typeof field.value !== 'string')
        return null;
    const value = field.value.trim();
    if (value === '' || isIsoDate(value))
        return null;
    const found = findDate(value);
    if (!found || found.index !== 0 || found.length !== value.length)
        return null;
    const at = sourceOf(text, field).indexOf(value);
    if (at === -1)
        return null;
    const start = field.span.start.offset + at;
    return { start, end: start + value.length, text: found.iso };
}
/** The template's text for a section (heading, guidance, placeholders), or a bare heading. */
function sectionText(template, templateText, names) {
    const section = findSection(template.sections, names);
    if (!section) {
        return `## ${names[0]}\n\n<!-- Required section (rule required-sections): write it. -->\n\n[${names[0]}]\n\n`;
    }
    return `${templateText.slice(section.span.start.offset, section.bodySpan.end.offset).trimEnd()}\n\n`;
}
/**
 * Missing required sections, each inserted in template order: after the nearest earlier required
 * section that exists, else before the nearest later one, else at the end. Sections that go to
 * the same place form one insertion, so their order is kept.
 */
function sectionFixes({ model, text, config, template }) {
    const options = enabledOptions(config, requiredSections.meta.id);
    if (!options)
        return [];
    const entries = options.sections.map((entry) => (typeof entry === 'string' ? [entry] : entry));
    const found = entries.map((names) => findSection(model.sections, names));
    if (found.every((section) => section !== null))
        return [];
    const templateModel = buildPostmortem('TEMPLATE.md', template, config.parse);
    const inserts = new Map();
    entries.forEach((names, i) => {
        if (found[i] !== null)
            return;
        const previous = found
            .slice(0, i)
            .reverse()
            .find((section) => section !== null);
        const next = found.slice(i + 1).find((section) => section !== null);
        const offset = previous
            ? previous.bodySpan.end.offset
            : next
                ? next.span.start.offset
                : text.length;
        inserts.set(offset, (inserts.get(offset) ?? '') + sectionText(templateModel, template, names));
    });
    return [...inserts].map(([offset, inserted]) => {
        // At the end of the file the new text needs a blank line before it.
        const lead = offset < text.length ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
        const body = offset < text.length ? inserted : inserted.trimEnd() + '\n';
        return { start: offset, end: offset, text: lead + body };
    });
}
/** Every mechanical fix for one modelled file, as text edits. */
function computeFixes(input) {
    const single = [severityFix(input), statusFix(input), dateFix(input)];
    return [...single.filter((edit) => edit !== null), ...sectionFixes(input)];
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
