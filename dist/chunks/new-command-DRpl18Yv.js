import { mkdir, readdir } from 'node:fs/promises';
import { resolve, join, relative } from 'node:path';
import { l as loadConfig } from './index-Cgj-hIvX.js';
import { a as applyEdits, T as TEMPLATE_FILE_NAME, f as findTemplate, r as realDirInside, s as safeWrite, U as UnsafeWriteError, b as readBounded } from './edits-vrcRL61i.js';
import { l as isIsoDate, s as severityLevel, a as buildPostmortem, h as allMatches, m as followUpDeadline, p as practiceOptions, n as isoDay } from './resolve-cfr8Br3c.js';
import { C as CONFIG_OPTIONS, p as parseNow, U as UsageError, a as CliError, b as EXIT_FINDINGS, E as EXIT_OK } from './main-DqIZq3Ry.js';
import './_commonjsHelpers-BFTU3MAI.js';
import 'node:crypto';
import 'node:fs';
import './decode-BatIPcMV.js';
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
import 'node:util';

/** A request that cannot be scaffolded (bad title, date or severity): the CLI exits 2. */
class ScaffoldError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ScaffoldError';
    }
}
const MAX_SLUG_LENGTH = 60;
/** `Checkout errors: TLS expiry!` → `checkout-errors-tls-expiry`. */
function slugOf(title) {
    const slug = title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const cut = slug.length > MAX_SLUG_LENGTH ? slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') : slug;
    return cut === '' ? 'incident' : cut;
}
/** The next free `INC-YYYY-MMDD-NNN` for `date`, given every id already written in `texts`. */
function nextIncidentId(date, texts) {
    const day = `INC-${date.slice(0, 4)}-${date.slice(5, 7)}${date.slice(8, 10)}-`;
    const taken = new RegExp(`(?<![\\w-])${day}(\\d{3})(?!\\d)`, 'g');
    let highest = 0;
    for (const text of texts) {
        for (const match of allMatches(taken, text))
            highest = Math.max(highest, Number(match[1]));
    }
    return `${day}${String(highest + 1).padStart(3, '0')}`;
}
/** The follow-up meeting deadline for an incident: the date plus the configured window for the severity. */
function configuredFollowUpDeadline(date, level, config) {
    return followUpDeadline(date, level, practiceOptions(config).followUp);
}
function yamlString(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
function replaceSpan(span, text) {
    return { start: span.start.offset, end: span.end.offset, text };
}
/** A field's new value; with `quote`, YAML-quoted when the field sits in the frontmatter. */
function fieldEdit(model, key, value, quote) {
    const field = model.metadata.fields[key];
    if (!field)
        return null;
    const inFrontmatter = model.metadata.source === 'frontmatter' &&
        field.span.start.offset < (model.metadata.span?.end.offset ?? 0);
    return replaceSpan(field.span, inFrontmatter && quote ? yamlString(value) : value);
}
/** The template's own "how to start" comment at the top of the frontmatter: not for the new file. */
function leadingYamlComment(template) {
    const match = /^---\n((?:[ \t]*#[^\n]*\n)+)/.exec(template);
    return match ? { start: 4, end: 4 + match[1].length, text: '' } : null;
}
/** The first-level heading, when it is still a placeholder such as `# [Incident Title]`. */
function headingEdit(model, template, title) {
    const heading = model.sections.find((section) => section.depth === 1);
    if (!heading || !/^\[.*\]$/.test(heading.title))
        return null;
    const source = template.slice(heading.span.start.offset, heading.span.end.offset);
    const textStart = /^#+[ \t]*/.exec(source)?.[0].length ?? 0;
    return {
        start: heading.span.start.offset + textStart,
        end: heading.span.end.offset,
        text: title,
    };
}
/** How a new postmortem states the meeting: still to be held, with the deadline (never a date held). */
function pendingMeeting(deadline) {
    return `not yet held — due by ${deadline}`;
}
/**
 * The follow-up meeting line says the meeting is not yet held and when it is due: the mask of a
 * template's `not yet held — due by YYYY-MM-DD` is filled, any other value (an older template's bare
 * `YYYY-MM-DD`, `TBD`) is replaced, so that no new file reads as a meeting already held.
 */
function followUpEdit(model, template, deadline) {
    const meeting = model.followUpMeeting;
    if (!meeting)
        return null;
    const source = template.slice(meeting.span.start.offset, meeting.span.end.offset);
    const mask = /YYYY-MM-DD/.exec(source);
    if (!meeting.pending || !mask)
        return replaceSpan(meeting.span, pendingMeeting(deadline));
    const start = meeting.span.start.offset + mask.index;
    return { start, end: start + mask[0].length, text: deadline };
}
/**
 * A template's prefilled distribution line (`Engineering, Product, Executive Leadership`) would read
 * as already shared: it is marked as the plan it is. Only a one-line value outside the frontmatter.
 */
function distributionEdit(model) {
    const list = model.distribution;
    if (!list || list.pending || list.span.start.line !== list.span.end.line)
        return null;
    const inFrontmatter = model.metadata.source === 'frontmatter' &&
        list.span.start.offset < (model.metadata.span?.end.offset ?? 0);
    if (inFrontmatter)
        return null;
    if (list.text.trim() === '')
        return null;
    return {
        start: list.span.start.offset,
        end: list.span.start.offset,
        text: 'not yet shared — send to ',
    };
}
/**
 * Fills a template for a new incident: id, title, date, severity and the follow-up meeting
 * deadline. Pure (no clock, no files): the CLI reads the folder and writes the result.
 */
function scaffoldPostmortem(request) {
    const title = request.title.trim();
    if (title === '' || /[\r\n]/.test(title)) {
        throw new ScaffoldError('--title must be one non-empty line.');
    }
    if (!isIsoDate(request.date)) {
        throw new ScaffoldError(`--date must be a calendar date as YYYY-MM-DD (got "${request.date}").`);
    }
    const level = severityLevel(request.severity.trim(), request.config.parse.severityAliases);
    if (level === null) {
        throw new ScaffoldError(`--severity "${request.severity}" is not recognised: use SEV-1 to SEV-5; S1, P0 to P4 (P0 is SEV-1), Priority 1, Level 1 and the words Critical, High, Major, Medium, Moderate, Minor, Low, Cosmetic and Trivial also work, as does a configured severity alias.`);
    }
    const severity = `SEV-${level}`;
    const id = nextIncidentId(request.date, request.existing);
    const deadline = configuredFollowUpDeadline(request.date, level, request.config);
    const { template } = request;
    const model = buildPostmortem('TEMPLATE.md', template, request.config.parse);
    const idFits = new RegExp(request.config.parse.incidentIdPattern).test(id);
    const edits = [
        leadingYamlComment(template),
        idFits ? fieldEdit(model, 'id', id, false) : null,
        fieldEdit(model, 'title', title, true),
        fieldEdit(model, 'date', request.date, false),
        fieldEdit(model, 'severity', severity, false),
        headingEdit(model, template, title),
        followUpEdit(model, template, deadline),
        distributionEdit(model),
    ].filter((edit) => edit !== null);
    return {
        fileName: `${request.date}-${slugOf(title)}.md`,
        text: applyEdits(template, edits),
        id: idFits ? id : null,
        severity,
        followUpDeadline: deadline,
    };
}

const DEFAULT_DIR = 'postmortems';
function required(args, name) {
    const value = args.values[name];
    if (typeof value !== 'string' || value.trim() === '')
        throw new UsageError(`--${name} is required.`);
    return value;
}
/**
 * Texts of the Markdown files under `dir` (any depth), for the incident ids they already use. Each
 * is read with the size limit: a file over it (or not a regular file) is not read.
 */
async function existingTexts(dir, maxFileSize) {
    let names;
    try {
        names = await readdir(dir, { recursive: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const markdown = names.filter((name) => name.endsWith('.md') && !name.endsWith(TEMPLATE_FILE_NAME));
    const decoder = new TextDecoder();
    const texts = await Promise.all(markdown.map(async (name) => {
        try {
            const read = await readBounded(join(dir, name), maxFileSize);
            return 'bytes' in read ? decoder.decode(read.bytes) : null;
        }
        catch (error) {
            // Not a regular file, or a dangling link: it holds no incident id.
            if (error instanceof UnsafeWriteError)
                return null;
            if (error.code === 'ENOENT')
                return null;
            throw error;
        }
    }));
    return texts.filter((text) => text !== null);
}
async function runNew(args, io) {
    const title = required(args, 'title');
    const severity = required(args, 'severity');
    const now = parseNow(args.values.now);
    const date = typeof args.values.date === 'string' ? args.values.date.trim() : isoDay(now);
    const dir = resolve(io.cwd, typeof args.values.dir === 'string' ? args.values.dir : DEFAULT_DIR);
    const configPath = typeof args.values.config === 'string' ? args.values.config : undefined;
    const config = await loadConfig({ configPath, searchFrom: dir, cwd: io.cwd });
    const template = await findTemplate(dir, config.maxFileSize);
    if (template.warning !== undefined)
        io.stderr(`postmortem-lint: ${template.warning}\n`);
    let scaffolded;
    try {
        scaffolded = scaffoldPostmortem({
            template: template.text,
            title,
            severity,
            date,
            existing: await existingTexts(dir, config.maxFileSize),
            config,
        });
    }
    catch (error) {
        if (error instanceof ScaffoldError)
            throw new UsageError(error.message);
        throw error;
    }
    const target = join(dir, scaffolded.fileName);
    const shown = relative(io.cwd, target) || target;
    try {
        // Checked before mkdir, so that no folder is created outside the configuration's root either.
        await realDirInside(dir, config.baseDir);
        await mkdir(dir, { recursive: true });
        // 'create': written atomically, never through a symlink, never over an existing file.
        await safeWrite(target, scaffolded.text, { root: config.baseDir, mode: 'create' });
    }
    catch (error) {
        if (error instanceof UnsafeWriteError)
            throw new CliError(`${error.message}: not created.`);
        if (error.code !== 'EEXIST')
            throw error;
        io.stderr(`postmortem-lint: ${shown} already exists: not overwritten. Choose another --title or --date.\n`);
        return EXIT_FINDINGS;
    }
    const from = template.path === null ? 'the built-in template' : relative(io.cwd, template.path);
    io.stdout([
        `Created ${shown} from ${from}:`,
        `  id ${scaffolded.id ?? '(yours to fill: incidentIdPattern is your own)'}, ${scaffolded.severity}, follow-up meeting due by ${scaffolded.followUpDeadline}.`,
        `Replace every [placeholder]; once it is shared and reviewed, write who received it and the meeting date; "postmortem-lint ${shown}" lists what is left.`,
        '',
    ].join('\n'));
    return EXIT_OK;
}
const newCommand = {
    summary: 'Create a postmortem from the template, with id, date, severity and follow-up deadline filled in.',
    usage: '--title TEXT --severity SEV [--date YYYY-MM-DD] [--dir DIR]',
    positionals: false,
    options: {
        title: {
            type: 'string',
            short: 't',
            valueName: 'TEXT',
            description: 'One-line title of the incident (required).',
        },
        severity: {
            type: 'string',
            short: 's',
            valueName: 'SEV',
            description: 'Severity, e.g. SEV-2 (required).',
        },
        date: {
            type: 'string',
            short: 'd',
            valueName: 'DATE',
            description: 'Incident date, YYYY-MM-DD (default: today).',
        },
        dir: {
            type: 'string',
            valueName: 'DIR',
            description: `Folder of the postmortems; its ${TEMPLATE_FILE_NAME} is used when present (default: ${DEFAULT_DIR}).`,
        },
        ...CONFIG_OPTIONS,
    },
    run: runNew,
};

export { newCommand };
