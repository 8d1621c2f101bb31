import { readFile, mkdir, writeFile, stat } from 'node:fs/promises';
import { resolve, join, dirname } from 'node:path';
import { f as formatStylish, s as searchStart } from './project-DY8yG-kZ.js';
import { a as formatSarif, f as formatJson, t as toEslintJson, l as lintFiles, d as indexingConfig, q as lookUpTracker, u as readEtagCache, v as reconcileTracking, x as writeEtagCache, e as lintPostmortems, y as fixBytes } from './report-iuJZ0I-V.js';
import { b as buildConfigSchema, r as ruleDocsUrl, a as runFilledOptions, i as isRunFilledOption, d as displayPath, c as CONFIG_FILES, l as loadConfig } from './index-Cgj-hIvX.js';
import { d as discoverFiles } from './version-C0Mv0M4l.js';
import { R as RULES, j as distExports, u as plural } from './resolve-cfr8Br3c.js';
import { b as lintBytes, f as failedOutcome, d as checkCorpus, e as fileResult, r as readPostmortem } from './pipeline-D7DYxzb-.js';
import { d as decodePostmortem } from './decode-BatIPcMV.js';
import { f as findTemplate } from './edits-vrcRL61i.js';
import { pathToFileURL } from 'node:url';
import { U as UsageError, a as CliError, C as CONFIG_OPTIONS, p as parseNow, i as integer, b as EXIT_FINDINGS, E as EXIT_OK } from './main-DqIZq3Ry.js';
import { performance } from 'node:perf_hooks';

/** Where an installed package's config schema is, relative to a repository that depends on it. */
const INSTALLED_CONFIG_SCHEMA = './node_modules/postmortem-lint/schemas/config.schema.json';
const WIDTH = 100;
/** `text` as `#` comment lines of at most WIDTH characters, indented by `indent`. */
function comment(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line !== '' && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(line);
    return lines.map((text) => `${indent}# ${text}`).join('\n');
}
/** Lists of plain values that fit on a line are written `[a, b]`; longer ones one per line. */
const FLOW_WIDTH = 80;
/** `{ key: value }` as YAML, indented (no line folding). */
function yamlEntry(key, value, indent) {
    const document = new distExports.Document({ [key]: value });
    distExports.visit(document, {
        Seq(_key, node) {
            const flat = `[${node.items.map((item) => String(item)).join(', ')}]`;
            node.flow = node.items.every(distExports.isScalar) && indent.length + flat.length <= FLOW_WIDTH;
        },
    });
    return document
        .toString({ lineWidth: 0, flowCollectionPadding: false })
        .trimEnd()
        .split('\n')
        .map((line) => `${indent}${line}`)
        .join('\n');
}
function ruleBlock(rule) {
    const { meta } = rule;
    const properties = (meta.optionsSchema.properties ?? {});
    const parts = [
        comment(`${meta.description} ${ruleDocsUrl(meta.id)}`, '  '),
        `  ${meta.id}:`,
        comment('"off", "warning" or "error".', '    '),
        yamlEntry('severity', meta.defaultSeverity, '    '),
    ];
    const runFilled = runFilledOptions(rule);
    for (const [name, value] of Object.entries(meta.defaultOptions)) {
        if (runFilled.has(name))
            continue; // Not a user's setting: refused in a config file.
        const description = properties[name]?.description;
        if (typeof description === 'string')
            parts.push(comment(description, '    '));
        parts.push(yamlEntry(name, value, '    '));
    }
    return parts.join('\n');
}
/**
 * The `.postmortemrc.yml` of the template repository: every option at its default, each with a
 * comment. Generated from the config schema and the rules' metadata (`npm run samples`), and a
 * test loads it and compares with the built-in defaults, so it cannot drift from them.
 */
function renderDefaultConfig(rules = RULES) {
    const schema = buildConfigSchema(rules);
    const properties = schema.properties;
    const top = [
        'files',
        'ignores',
        'maxFileSize',
        'incidentIdPattern',
        'severityAliases',
        'actionItemColumns',
    ];
    const sections = top.map((key) => {
        const property = properties[key];
        const columns = property.properties;
        const value = key === 'actionItemColumns' && columns
            ? Object.fromEntries(Object.entries(columns).map(([column, spec]) => [column, spec.default]))
            : (property.default ?? {});
        return `${comment(String(property.description), '')}\n${yamlEntry(key, value, '')}`;
    });
    return [
        `# yaml-language-server: $schema=${INSTALLED_CONFIG_SCHEMA}`,
        comment('postmortem-lint configuration. Every option below is at its default value, so this file changes nothing until you edit it. Delete the lines you do not change: you then get improved defaults when you upgrade.', ''),
        '',
        sections.join('\n\n'),
        '',
        comment('Per rule: "off", "warning", "error", or the severity and the rule\'s options.', ''),
        'rules:',
        rules.map(ruleBlock).join('\n\n'),
        '',
    ].join('\n');
}

/** The built-in formatters, by `--format` name. */
const BUILTIN_FORMATTERS = {
    stylish: (run, context) => formatStylish(run, { color: context.color, quiet: context.quiet }),
    json: (run, context) => formatJson(run, { cwd: context.cwd, outputs: context.outputs }),
    sarif: (run, context) => formatSarif(run, { cwd: context.cwd }),
};
/** Whether a `--format` value names a module rather than a built-in formatter. */
function isModulePath(name) {
    return /[\\/]/.test(name) || name.startsWith('.') || /\.[cm]?js$/.test(name);
}
function rulesMeta(rules) {
    return Object.fromEntries(rules.map(({ meta }) => [
        meta.id,
        { docs: { description: meta.description, url: ruleDocsUrl(meta.id) } },
    ]));
}
/** A formatter module (ESLint's signature) as a formatter over the run. */
function moduleFormatter(name, format) {
    return async (run, context) => {
        let text;
        try {
            text = await format(toEslintJson(run, { cwd: context.cwd, outputs: context.outputs }), {
                cwd: context.cwd,
                rulesMeta: rulesMeta(context.rules),
                ...(context.maxWarningsExceeded
                    ? { maxWarningsExceeded: context.maxWarningsExceeded }
                    : {}),
            });
        }
        catch (error) {
            throw new CliError(`--format ${name}: the formatter failed: ${error?.message ?? String(error)}`);
        }
        if (typeof text !== 'string')
            throw new CliError(`--format ${name}: the formatter returned ${typeof text}, not a string.`);
        return text;
    };
}
/**
 * The formatter `--format` names: a built-in (stylish, json, sarif), or the path (relative to
 * `cwd`) of a module whose default export has ESLint's formatter signature. An unknown name is a
 * UsageError; a module that cannot be loaded, or exports no function, a CliError.
 */
async function loadFormatter(name, cwd) {
    if (Object.hasOwn(BUILTIN_FORMATTERS, name))
        return BUILTIN_FORMATTERS[name];
    if (!isModulePath(name))
        throw new UsageError(`--format must be ${Object.keys(BUILTIN_FORMATTERS).join(', ')} or the path of a formatter module such as ./my-formatter.js (got "${name}").`);
    let loaded;
    try {
        loaded = (await import(pathToFileURL(resolve(cwd, name)).href));
    }
    catch (error) {
        throw new CliError(`--format ${name}: the formatter module could not be loaded (${error?.message ?? String(error)}).`);
    }
    if (typeof loaded.default !== 'function')
        throw new CliError(`--format ${name}: the module's default export must be a function (results, context) => string.`);
    return moduleFormatter(name, loaded.default);
}

/**
 * Lints texts that are not (or not yet) on disk, as `lintPostmortems` lints files: standard input
 * (`--stdin`) and the fixed texts of `--fix-dry-run`. The context files are only indexed (no rule
 * runs on them); the cross-incident rules then see the texts and the context together.
 */
async function lintContents(request) {
    const { config, now } = request;
    const registry = request.rules ?? RULES;
    const outcomes = request.contents.map(({ path, bytes }) => bytes instanceof Uint8Array
        ? lintBytes(path, bytes, config, now, registry)
        : failedOutcome(path, bytes));
    const own = new Set(request.contents.map((content) => content.path));
    const context = [...new Set(request.contextFiles)].filter((path) => !own.has(path));
    const indexed = context.length === 0
        ? null
        : await lintFiles({
            files: context,
            config: indexingConfig(config),
            now,
            jobs: request.jobs,
        });
    const contextOutcomes = (indexed?.index ?? []).map((entry) => ({
        path: entry.path,
        diagnostics: [],
        entry,
        controls: [],
    }));
    checkCorpus([...outcomes, ...contextOutcomes], config, now, registry);
    const results = outcomes.map((outcome) => fileResult(outcome.path, outcome.diagnostics));
    const run = {
        results,
        index: [...outcomes, ...contextOutcomes].flatMap((outcome) => outcome.entry ? [outcome.entry] : []),
        errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
        warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
    };
    if (indexed?.warnings)
        run.warnings = indexed.warnings;
    return run;
}

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function ruleError(text) {
    return new UsageError(`--rule must be "id: severity" (off, warn, warning, error, 0, 1 or 2) or a JSON object such as '{"five-whys": {"severity": "warn", "minDepth": 6}}' (got ${JSON.stringify(text)}).`);
}
/** `warn`, `2`, `{"severity": "warn"}`: the setting after `id:` (numbers as numbers, JSON as JSON). */
function settingOf(text, whole) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value);
    if (value.startsWith('{') || value.startsWith('"')) {
        try {
            return JSON.parse(value);
        }
        catch {
            throw ruleError(whole);
        }
    }
    return value;
}
/**
 * The rule settings of `--rule` options, later ones winning, as a config file's `rules` (not yet
 * validated: the config loader checks them as it checks a file). Each value is `id: severity`,
 * `id: {JSON options}`, or a JSON object of such settings, as ESLint's `--rule` takes.
 */
function parseRuleOptions(value) {
    if (value === undefined || typeof value === 'boolean')
        return undefined;
    // A map, then own properties: a key such as "__proto__" stays a key (and an unknown rule).
    const settings = new Map();
    for (const text of Array.isArray(value) ? value : [value]) {
        const trimmed = text.trim();
        if (trimmed.startsWith('{')) {
            let parsed;
            try {
                parsed = JSON.parse(trimmed);
            }
            catch {
                throw ruleError(text);
            }
            if (!isPlainObject(parsed) || Object.keys(parsed).length === 0)
                throw ruleError(text);
            for (const [id, setting] of Object.entries(parsed))
                settings.set(id, setting);
            continue;
        }
        const match = /^([^\s:{}"]+)\s*:(.+)$/s.exec(trimmed);
        if (!match)
            throw ruleError(text);
        settings.set(match[1], settingOf(match[2], text));
    }
    return Object.fromEntries(settings);
}

/** Each rule's severity and options, without those the run fills in (refused in a config file). */
function ruleSettings(rules) {
    return Object.fromEntries(rules.map(({ id, severity, options }) => [
        id,
        {
            severity,
            ...Object.fromEntries(Object.entries(options).filter(([name]) => !isRunFilledOption(id, name))),
        },
    ]));
}
/**
 * A resolved configuration written back as a config file (`--print-config`): every setting
 * explicit, every rule with its severity and its options as they apply. Valid against the config
 * schema, so saved as `.postmortemrc.json` it configures exactly the same run.
 */
function printableConfig(config) {
    return {
        files: config.files,
        ignores: config.ignores,
        maxFileSize: config.maxFileSize,
        fileTimeBudget: config.fileTimeBudget,
        incidentIdPattern: config.parse.incidentIdPattern,
        severityAliases: config.parse.severityAliases,
        actionItemColumns: config.parse.actionItemColumns,
        // One override per severity level that overrides change, each with every rule explicit.
        overrides: Object.entries(config.rulesBySeverity ?? {}).map(([level, rules]) => ({
            severities: [Number(level)],
            rules: ruleSettings(rules),
        })),
        rules: ruleSettings(config.rules),
    };
}

/**
 * Unified diffs (`diff -u`, what `git apply` and `patch -p1` read) of a file before and after its
 * fixes, for `--fix-dry-run`. Lines are compared with their line ending, so a change of the final
 * newline or of CRLF shows.
 */
/** Edit-script length past which the diff is one hunk replacing the whole middle (never slow). */
const MAX_EDITS = 2000;
/** The lines of a text, each with its `\n` (the last one may have none). */
function linesOf(text) {
    return text === '' ? [] : text.split(/(?<=\n)/);
}
/**
 * Myers' O(ND) shortest edit script from `a` to `b`, or null past MAX_EDITS. `trace[d]` holds,
 * for each diagonal k in -d..d, how far the furthest path with d edits reaches along `a`.
 */
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
        const reached = new Int32Array(2 * d + 1);
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
            let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            reached[k + d] = x;
            if (x >= n && y >= m) {
                trace.push(reached);
                return backtrack(trace, a, b);
            }
        }
        trace.push(reached);
    }
    return null;
}
function backtrack(trace, a, b) {
    const ops = [];
    let x = a.length;
    let y = b.length;
    for (let d = trace.length - 1; d > 0; d--) {
        const previous = trace[d - 1];
        const at = (k) => previous[k + d - 1];
        const k = x - y;
        const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
        const previousK = down ? k + 1 : k - 1;
        const previousX = at(previousK);
        const previousY = previousX - previousK;
        const startX = down ? previousX : previousX + 1;
        while (x > startX) {
            ops.push({ kind: ' ', line: a[--x] });
            y--;
        }
        if (down)
            ops.push({ kind: '+', line: b[--y] });
        else
            ops.push({ kind: '-', line: a[--x] });
        x = previousX;
        y = previousY;
    }
    while (x > 0) {
        ops.push({ kind: ' ', line: a[--x] });
        y--;
    }
    return ops.reverse();
}
/** The edit script: common start and end kept as they are, Myers (or one replacement) between. */
function editScript(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const middleA = a.slice(start, endA);
    const middleB = b.slice(start, endB);
    const middle = myers(middleA, middleB) ?? [
        ...middleA.map((line) => ({ kind: '-', line })),
        ...middleB.map((line) => ({ kind: '+', line })),
    ];
    return [
        ...a.slice(0, start).map((line) => ({ kind: ' ', line })),
        ...middle,
        ...a.slice(endA).map((line) => ({ kind: ' ', line })),
    ];
}
function range(start, count) {
    // `diff -u`: a hunk that adds to an empty range names the line before it.
    const first = count === 0 ? start : start + 1;
    return count === 1 ? String(first) : `${first},${count}`;
}
/**
 * The unified diff from `before` to `after`, headed `--- a/<path>` and `+++ b/<path>`; empty when
 * the texts are equal.
 */
function unifiedDiff(path, before, after, options = {}) {
    if (before === after)
        return '';
    const context = options.context ?? 3;
    const paint = (code, text) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const ops = editScript(linesOf(before), linesOf(after));
    const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
    // Hunks: runs of changes closer than 2 × context lines, with their context around them.
    const hunks = [];
    for (const index of changed) {
        const last = hunks[hunks.length - 1];
        if (last && index - last.to <= 2 * context + 1)
            last.to = index;
        else
            hunks.push({ from: index, to: index });
    }
    const out = [paint(1, `--- a/${path}`), paint(1, `+++ b/${path}`)];
    // Lines of each side before op i, for the hunk headers.
    const oldBefore = [];
    const newBefore = [];
    let oldLine = 0;
    let newLine = 0;
    for (const op of ops) {
        oldBefore.push(oldLine);
        newBefore.push(newLine);
        if (op.kind !== '+')
            oldLine++;
        if (op.kind !== '-')
            newLine++;
    }
    for (const hunk of hunks) {
        const from = Math.max(0, hunk.from - context);
        const to = Math.min(ops.length - 1, hunk.to + context);
        const slice = ops.slice(from, to + 1);
        const oldCount = slice.filter((op) => op.kind !== '+').length;
        const newCount = slice.filter((op) => op.kind !== '-').length;
        out.push(paint(36, `@@ -${range(oldBefore[from], oldCount)} +${range(newBefore[from], newCount)} @@`));
        for (const op of slice) {
            const text = `${op.kind}${op.line.replace(/\n$/, '')}`;
            out.push(op.kind === '-' ? paint(31, text) : op.kind === '+' ? paint(32, text) : text);
            if (!op.line.endsWith('\n'))
                out.push('\\ No newline at end of file');
        }
    }
    return `${out.join('\n')}\n`;
}

/**
 * `--debug`: what the run decided and how long each phase took, on stderr, one plain line each
 * (`postmortem-lint: debug: …`, never coloured), so that it can be read, grepped and pasted into
 * an issue. Does nothing when off.
 */
class DebugLog {
    enabled;
    io;
    constructor(enabled, io) {
        this.enabled = enabled;
        this.io = io;
    }
    log(text) {
        if (this.enabled)
            this.io.stderr(`postmortem-lint: debug: ${text}\n`);
    }
    /** Runs one phase and logs `phase NAME: N ms` once it is done (or failed). */
    async time(phase, work) {
        if (!this.enabled)
            return work();
        const start = performance.now();
        try {
            return await work();
        }
        finally {
            this.log(`phase ${phase}: ${Math.round(performance.now() - start)} ms`);
        }
    }
}

/** ETags of the issue lookups, kept beside the lint cache (only with `--cache`). */
const ETAG_CACHE_FILE = '.postmortem-lint-etags.json';
const GITHUB_TOKEN_ENV_OPTION = {
    type: 'string',
    valueName: 'NAME',
    description: 'Read the GitHub token for action-item-tracking from the environment variable NAME (default: GITHUB_TOKEN, then GH_TOKEN).',
};
/** The token: `--github-token-env NAME`'s variable (which must be set), else GITHUB_TOKEN or GH_TOKEN. */
function githubToken(values, env) {
    const name = values['github-token-env'];
    if (typeof name === 'string') {
        const token = env[name]?.trim();
        if (!token)
            throw new UsageError(`--github-token-env ${name}: the variable ${name} is not set or empty.`);
        return token;
    }
    return env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim() || null;
}
/** `owner/repo` of a github.com or `serverHost` remote URL (https, ssh or scp-like form). */
function repositoryOfRemote(url, hosts) {
    const match = /^(?:[a-z+]+:\/\/)?(?:[^@/\s]+@)?([^/:\s]+)(?::\d+)?[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(url.trim());
    if (!match || !hosts.includes(match[1].toLowerCase()))
        return null;
    return `${match[2]}/${match[3]}`;
}
/** The repository a bare `#123` means: GITHUB_REPOSITORY, else the checkout's `origin` remote. */
async function repositoryOf(io) {
    const declared = io.env.GITHUB_REPOSITORY?.trim();
    if (declared && /^[^/\s]+\/[^/\s]+$/.test(declared))
        return declared;
    let text;
    try {
        text = await readFile(join(io.cwd, '.git', 'config'), 'utf8');
    }
    catch {
        return null;
    }
    const origin = /\[remote "origin"\][^[]*?^\s*url\s*=\s*(\S+)/m.exec(text);
    const server = io.env.GITHUB_SERVER_URL;
    const hosts = ['github.com'];
    if (server) {
        try {
            hosts.push(new URL(server).host.toLowerCase());
        }
        catch {
            // github.com only.
        }
    }
    return origin ? repositoryOfRemote(origin[1], hosts) : null;
}
/**
 * The configuration to lint with: with a token, `action-item-tracking` gets the states of the
 * issues the action items of `files` link to; without one, `config` as it is. What could not be
 * looked up is printed as a notice on standard error, never a failure.
 */
async function withTracking(config, files, values, io) {
    const token = githubToken(values, io.env);
    if (token === null)
        return config;
    const cachePath = values.cache === true ? join(io.cwd, ETAG_CACHE_FILE) : null;
    const client = {
        token,
        apiUrl: io.env.GITHUB_API_URL?.trim() || 'https://api.github.com',
        ...(cachePath ? { cache: await readEtagCache(cachePath) } : {}),
    };
    const tracked = await reconcileTracking({
        files,
        config,
        client,
        repository: await repositoryOf(io),
        serverUrl: io.env.GITHUB_SERVER_URL,
    });
    for (const notice of tracked.notices)
        io.stderr(`postmortem-lint: notice: ${notice}\n`);
    if (cachePath && client.cache) {
        try {
            await writeEtagCache(cachePath, client.cache);
        }
        catch (error) {
            io.stderr(`postmortem-lint: ${ETAG_CACHE_FILE} could not be written (${error.message}).\n`);
        }
    }
    return tracked.config;
}
const REPOSITORY_OPTION = {
    type: 'string',
    valueName: 'OWNER/NAME',
    description: 'With a GitHub token: the repository a bare #123 of the postmortems belongs to (default: GITHUB_REPOSITORY, else the origin remote; an index uses the one it records).',
};
/**
 * For `report`: with a token, what GitHub says of the issues the indexes' action items link to
 * (the Action's report mode does the same lookup); without one, null and no request. What could
 * not be looked up is a notice on standard error, never a failed report.
 */
async function reportTracker(index, config, values, io) {
    const given = values.repository;
    if (given !== undefined && (typeof given !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(given)))
        throw new UsageError(`--repository must be owner/name (got "${String(given)}").`);
    const token = githubToken(values, io.env);
    if (token === null)
        return null;
    const { tracker, notices } = await lookUpTracker(index, config, {
        client: { token, apiUrl: io.env.GITHUB_API_URL?.trim() || 'https://api.github.com' },
        repository: typeof given === 'string' ? given : await repositoryOf(io),
        serverUrl: io.env.GITHUB_SERVER_URL,
    });
    for (const notice of notices)
        io.stderr(`postmortem-lint: notice: ${notice}\n`);
    return tracker;
}

/** What `--stdin` is shown as without `--stdin-filename`. */
const STDIN_NAME = '<stdin>';
/** The file `--init` writes. */
const INIT_FILE = '.postmortemrc.yml';
/**
 * The configuration that applies to `targets` (found from them upwards, or `--config`), with the
 * `--rule` settings of `values` on top. Throws ConfigError.
 */
function configFor(targets, values, io) {
    return loadConfig({
        configPath: typeof values.config === 'string' ? values.config : undefined,
        searchFrom: searchStart(targets, io.cwd),
        cwd: io.cwd,
        ruleOverrides: parseRuleOptions(values.rule),
    });
}
/**
 * The configuration and files of the command line's targets (`--config` when given), as every
 * command reading postmortems needs them. Throws ConfigError, or NoFilesError when a target
 * matches nothing (main turns both into exit code 2).
 */
async function configAndFiles(targets, values, io) {
    const config = await configFor(targets, values, io);
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
/** Options that choose what the run does, which cannot be combined with one another. */
function checkCombinations(values, positionals) {
    const modes = ['init', 'print-config', 'stdin'].filter((name) => values[name] !== undefined);
    if (modes.length > 1)
        throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be used together.`);
    if ((values.init || values.stdin || values['print-config'] !== undefined) && positionals.length)
        throw new UsageError(`--${modes[0]} takes no paths (got "${positionals[0]}").`);
    if (values['stdin-filename'] !== undefined && !values.stdin)
        throw new UsageError('--stdin-filename names the text read with --stdin: add --stdin.');
    if (values.fix && values['fix-dry-run'])
        throw new UsageError('--fix and --fix-dry-run cannot be used together.');
    if (values.fix && values.stdin)
        throw new UsageError('--fix cannot write to standard input: use --fix-dry-run to see the fixes.');
}
/** `--init`: the default configuration, every option at its default and commented. */
async function runInit(io) {
    const present = await Promise.all(CONFIG_FILES.map((name) => stat(join(io.cwd, name)).then(() => true, () => false)));
    const existing = CONFIG_FILES.find((_name, i) => present[i]);
    if (existing !== undefined)
        throw new CliError(`${existing} already exists in this directory: not overwritten.`);
    try {
        // 'wx': fail when the file appeared meanwhile, so a configuration is never overwritten.
        await writeFile(join(io.cwd, INIT_FILE), renderDefaultConfig(), { flag: 'wx' });
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
        throw new CliError(`${INIT_FILE} already exists in this directory: not overwritten.`);
    }
    io.stdout(`Created ${INIT_FILE}: every option at its default, with a comment. Edit what you want to change and delete the rest.\n`);
    return EXIT_OK;
}
/** `--print-config FILE`: the configuration that applies to FILE, as a config file in JSON. */
async function runPrintConfig(file, values, io) {
    const config = await configFor([file], values, io);
    io.stdout(`${JSON.stringify(printableConfig(config), null, 2)}\n`);
    return EXIT_OK;
}
/** `--fix-dry-run`: the fixes of each content computed in memory, never written. */
async function fixInMemory(contents, config, shown, color) {
    const templates = new Map();
    const result = { contents: [], diffs: [], outputs: new Map() };
    for (const content of contents) {
        const { path, bytes } = content;
        if (!(bytes instanceof Uint8Array)) {
            result.contents.push(content);
            continue;
        }
        const dir = dirname(path);
        let template = templates.get(dir);
        if (template === undefined) {
            template = (await findTemplate(dir, config.maxFileSize)).text;
            templates.set(dir, template);
        }
        const fixed = fixBytes(path, bytes, config, template);
        result.contents.push({ path, bytes: fixed.bytes });
        if (fixed.fixes === 0)
            continue;
        const before = decodePostmortem(bytes);
        const after = decodePostmortem(fixed.bytes);
        if (!before.ok || !after.ok)
            continue;
        result.diffs.push(unifiedDiff(shown(path), before.text, after.text, { color }));
        result.outputs.set(shown(path), after.text);
    }
    return result;
}
async function runLint(args, io) {
    const { values, positionals } = args;
    checkCombinations(values, positionals);
    if (values.init)
        return runInit(io);
    if (typeof values['print-config'] === 'string')
        return runPrintConfig(values['print-config'], values, io);
    const debug = new DebugLog(values.debug === true, io);
    const formatName = typeof values.format === 'string' ? values.format : 'stylish';
    const formatter = await loadFormatter(formatName, io.cwd);
    const now = parseNow(values.now);
    const maxWarnings = integer('max-warnings', values['max-warnings'], 0);
    const jobs = integer('jobs', values.jobs, 1);
    const stdin = values.stdin === true;
    const dryRun = values['fix-dry-run'] === true;
    if (stdin && io.stdin === undefined)
        throw new UsageError('--stdin: there is no standard input to read here.');
    const stdinName = typeof values['stdin-filename'] === 'string' ? values['stdin-filename'] : null;
    const targets = stdin ? (stdinName === null ? [] : [stdinName]) : positionals;
    const absolute = (path) => resolve(io.cwd, path);
    const shown = (path) => stdin && stdinName === null ? STDIN_NAME : displayPath(path, io.cwd);
    const outputFile = typeof values['output-file'] === 'string' ? absolute(values['output-file']) : null;
    const color = outputFile === null && useColor(values, io);
    const config = await debug.time('config', () => configFor(targets, values, io));
    debug.log(`config file: ${config.path === null ? 'none found, built-in defaults' : displayPath(config.path, io.cwd)}`);
    const overrides = parseRuleOptions(values.rule);
    if (overrides)
        debug.log(`--rule settings: ${JSON.stringify(overrides)}`);
    const files = stdin
        ? [absolute(stdinName ?? STDIN_NAME)]
        : await debug.time('files', async () => (await discoverFiles(targets, config, io.cwd)).map(absolute));
    // Cross-incident rules see every postmortem of the project, not only the ones named.
    const contextFiles = targets.length > 0 || stdin
        ? (await discoverFiles([], config, io.cwd).catch(() => [])).map(absolute)
        : [];
    if (debug.enabled) {
        debug.log(`${plural(files.length, 'file')} to lint:`);
        for (const path of files)
            debug.log(`  ${shown(path)}`);
        const named = new Set(files);
        const more = contextFiles.filter((path) => !named.has(path)).length;
        debug.log(`${plural(more, 'more postmortem', 'more postmortems')} read as context for cross-incident rules`);
        debug.log(`format: ${formatName}`);
    }
    // The issues action items link to, looked up before the rules run (with a token only); a text
    // read from standard input is not on disk to read the links from.
    const lintConfig = stdin
        ? config
        : await debug.time('tracking', () => withTracking(config, files, values, io));
    const { found, dry } = await debug.time('lint', async () => {
        if (!stdin && !dryRun) {
            const linted = await lintPostmortems({
                fix: values.fix === true,
                onWarning: (message) => io.stderr(`postmortem-lint: ${message}\n`),
                rules: io.rules,
                files,
                contextFiles,
                config: lintConfig,
                now,
                jobs,
                cache: values.cache === true,
                cacheLocation: typeof values['cache-location'] === 'string'
                    ? absolute(values['cache-location'])
                    : undefined,
            });
            return { found: linted, dry: null };
        }
        const read = stdin && io.stdin
            ? [{ path: files[0], bytes: new TextEncoder().encode(await io.stdin()) }]
            : files.map((path) => ({ path, bytes: readPostmortem(path, config) }));
        const fixed = dryRun ? await fixInMemory(read, config, shown, color) : null;
        const contents = fixed?.contents ?? read;
        const linted = await lintContents({
            contents,
            contextFiles,
            config: lintConfig,
            now,
            rules: io.rules,
            jobs,
        });
        return { found: linted, dry: fixed };
    });
    // Unusable cache files and the like: worth knowing, never a reason to fail.
    for (const warning of found.warnings ?? [])
        io.stderr(`postmortem-lint: ${warning}\n`);
    const run = {
        ...found,
        results: found.results.map((result) => ({ ...result, filePath: shown(result.filePath) })),
    };
    const tooManyWarnings = maxWarnings !== undefined && run.warningCount > maxWarnings;
    const text = await debug.time('report', async () => formatter(values.quiet ? errorsOnly(run) : run, {
        cwd: io.cwd,
        color,
        quiet: values.quiet === true,
        rules: io.rules ?? RULES,
        outputs: dry?.outputs,
        ...(tooManyWarnings
            ? { maxWarningsExceeded: { maxWarnings, foundWarnings: run.warningCount } }
            : {}),
    }));
    const diffs = dry?.diffs ?? [];
    // The diffs go with a report read by people; a machine-read report on stdout stays parseable.
    const diffOut = formatter === BUILTIN_FORMATTERS.stylish || outputFile !== null ? io.stdout : io.stderr;
    for (const diff of diffs)
        diffOut(diff);
    if (outputFile !== null) {
        await mkdir(dirname(outputFile), { recursive: true });
        await writeFile(outputFile, text);
    }
    else if (text !== '')
        io.stdout(text);
    if (run.errorCount > 0)
        return EXIT_FINDINGS;
    if (tooManyWarnings) {
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
        rule: {
            type: 'string',
            valueName: 'RULE',
            multiple: true,
            description: 'Set a rule over the config file (repeatable): \'five-whys: warn\' (off, warn, warning, error, 0, 1, 2) or JSON, \'{"five-whys": {"minDepth": 6}}\'.',
        },
        format: {
            type: 'string',
            short: 'f',
            valueName: 'NAME',
            description: 'Output format: stylish (default), json (ESLint JSON), sarif (SARIF 2.1.0), or the path of a module exporting an ESLint formatter, e.g. ./my-formatter.js.',
        },
        'max-warnings': {
            type: 'string',
            valueName: 'N',
            description: 'Exit with code 1 when there are more than N warnings.',
        },
        quiet: {
            type: 'boolean',
            short: 'q',
            description: 'Report errors only (and print nothing when there is none).',
        },
        fix: {
            type: 'boolean',
            description: 'Fix what is mechanical (severity/status spelling, ISO dates, missing section headings) first.',
        },
        'fix-dry-run': {
            type: 'boolean',
            description: 'Print the fixes --fix would make as a unified diff per file, then what would remain; write nothing.',
        },
        stdin: {
            type: 'boolean',
            description: 'Lint the text read from standard input (editors, pre-commit hooks).',
        },
        'stdin-filename': {
            type: 'string',
            valueName: 'PATH',
            description: 'Lint the --stdin text as if it were PATH: its config, its template, the other postmortems as context.',
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
        'print-config': {
            type: 'string',
            valueName: 'FILE',
            description: 'Print the configuration that applies to FILE as JSON, and exit.',
        },
        init: {
            type: 'boolean',
            description: `Write the default ${INIT_FILE} (every option, commented) here, and exit.`,
        },
        debug: {
            type: 'boolean',
            description: "Print to stderr the config file used, the files found and each phase's time.",
        },
        'github-token-env': GITHUB_TOKEN_ENV_OPTION,
    },
    run: runLint,
};

const lint = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  configAndFiles,
  configFor,
  lintCommand
}, Symbol.toStringTag, { value: 'Module' }));

export { GITHUB_TOKEN_ENV_OPTION as G, REPOSITORY_OPTION as R, repositoryOf as a, configAndFiles as c, githubToken as g, lint as l, reportTracker as r };
