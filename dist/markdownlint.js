import { existsSync } from 'node:fs';
import { resolve, relative, isAbsolute, dirname, join } from 'node:path';
import { r as ruleDocsUrl, C as ConfigError } from './chunks/index-Cgj-hIvX.js';
import { U as UNKNOWN_RULE, R as RULE_ERROR } from './chunks/pipeline-D7DYxzb-.js';
import { R as RULES } from './chunks/resolve-cfr8Br3c.js';
import { r as referenceDate, c as createEditorLinter } from './chunks/editor-lint-BCAXmhhA.js';
import 'node:fs/promises';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import './chunks/decode-BatIPcMV.js';
import 'node:crypto';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:module';
import './chunks/edits-vrcRL61i.js';

/**
 * `postmortem-lint/markdownlint`: postmortem-lint's per-file rules as markdownlint custom rules, one
 * per rule id (`postmortem-lint/<id>`), so markdownlint-cli2 and the markdownlint extension for VS
 * Code show the CLI's findings beside markdownlint's own, each configurable on its own:
 *
 *   // .markdownlint-cli2.jsonc
 *   { "customRules": ["postmortem-lint/markdownlint"],
 *     "config": { "postmortem-lint/timeline-granularity": "warning" } }
 *
 * The findings are the engine's (same ids, same lines); the configuration is `.postmortemrc.*`,
 * found from each file's folder as the CLI finds it, and only the files it selects are linted.
 */
const PREFIX = 'postmortem-lint/';
/** Findings that come from reading the file or the configuration rather than from a rule. */
const NON_RULES = [
    {
        id: 'invalid-file',
        description: 'The file could not be linted (not text, not UTF-8, too large, nested too deeply)',
    },
    {
        id: 'invalid-frontmatter',
        description: 'Frontmatter that does not parse or does not match the postmortem schema',
    },
    { id: UNKNOWN_RULE, description: 'An inline postmortem-lint comment names an unknown rule' },
    { id: RULE_ERROR, description: 'A postmortem-lint rule failed on this file (a bug to report)' },
    { id: 'invalid-config', description: 'The .postmortemrc configuration is invalid' },
];
/**
 * Folder the default configuration's globs are relative to when no `.postmortemrc.*` exists: the
 * working directory when the file is inside it (markdownlint-cli2 in the repository), else the
 * nearest folder with a package.json or .git (an editor's process runs elsewhere).
 */
function workingDirectory(path) {
    const cwd = process.cwd();
    const inside = relative(cwd, path);
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside))
        return cwd;
    for (let dir = dirname(path);; dir = dirname(dir)) {
        if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git')))
            return dir;
        if (dirname(dir) === dir)
            return cwd;
    }
}
/**
 * The file's lines as written. markdownlint hides the text of HTML comments from rules (`<!-- … -->`
 * becomes `<!-- ..... -->` in `params.lines`), and postmortem-lint's inline controls are comments;
 * its micromark tokens are parsed from the text as written, so each token's text is put back.
 */
function originalLines(params) {
    const lines = [...params.lines];
    if (!lines.some((line) => line.includes('<!--')))
        return lines;
    const restore = (tokens) => {
        for (const token of tokens) {
            // HTML as written, continuation lines' prefixes (`> `) included; else the leaves (code).
            const verbatim = token.type === 'htmlFlow' || token.type === 'htmlText';
            if (!verbatim && token.children.length > 0) {
                restore(token.children);
                continue;
            }
            token.text.split(/\r\n|\r|\n/).forEach((segment, i) => {
                const index = token.startLine - 1 + i;
                const line = lines[index];
                if (line === undefined)
                    return;
                const at = i === 0 ? token.startColumn - 1 : 0;
                lines[index] = line.slice(0, at) + segment + line.slice(at + segment.length);
            });
        }
    };
    restore(params.parsers.micromark?.tokens ?? []);
    return lines;
}
/** A name markdownlint gives a file (a path) rather than a string it was handed ("content", …). */
const isPath = (name) => /[\\/]/.test(name) || /\.(md|markdown)$/i.test(name);
/**
 * The fix markdownlint can apply for a finding: its one `--fix` edit, on one line, or the one
 * insertion that resolves a file-level finding (a missing section). Rewordings are not offered:
 * `markdownlint-cli2 --fix` applies every fix unseen, and prose is a person's to change.
 */
function fixInfoOf(message, text, frontMatterLines) {
    const edits = message.expected !== undefined ? message.mechanical && message.edits : message.insertions;
    if (!edits || edits.length !== 1)
        return undefined;
    const edit = edits[0];
    const before = text.slice(0, edit.start);
    const line = before.split('\n').length;
    const column = edit.start - (before.lastIndexOf('\n') + 1) + 1;
    const deleted = text.slice(edit.start, edit.end);
    if (deleted.includes('\n') || line <= frontMatterLines)
        return undefined;
    return {
        lineNumber: line - frontMatterLines,
        editColumn: column,
        ...(deleted.length > 0 ? { deleteCount: deleted.length } : {}),
        insertText: edit.text,
    };
}
/** A message as markdownlint reports it: lines after the front matter, the frontmatter's at line 1. */
function violation(message, params, text) {
    if (params.lines.length === 0)
        return null;
    const offset = params.frontMatterLines.length;
    const suggestion = message.suggestion ? ` Suggestion: ${message.suggestion}` : '';
    const fixInfo = text === null ? undefined : fixInfoOf(message, text, offset);
    let error;
    if (message.start.line <= offset) {
        // markdownlint reports nothing inside the front matter: the finding goes on the first line
        // after it, naming its own line.
        error = {
            lineNumber: 1,
            detail: `${message.message}${suggestion} (frontmatter line ${message.start.line})`,
        };
    }
    else {
        const lineNumber = Math.min(message.start.line - offset, params.lines.length);
        const line = params.lines[lineNumber - 1];
        const end = message.end.line === message.start.line ? message.end.column : line.length + 1;
        const length = Math.min(end, line.length + 1) - message.start.column;
        error = { lineNumber, detail: `${message.message}${suggestion}` };
        if (length >= 1 && message.start.column + length - 1 <= line.length)
            error.range = [message.start.column, length];
    }
    if (fixInfo)
        error.fixInfo = fixInfo;
    return error;
}
/**
 * The custom rules, one per per-file rule of postmortem-lint plus one per non-rule finding.
 * `options` as the remark plugin's (`config`, `now`); the default export uses the defaults.
 * Each file is linted once, whichever rule asks first; configuration files are read per file, so
 * a long-lived editor sees edits to `.postmortemrc.yml` at once.
 */
function postmortemLintRules(options = {}) {
    // Checked now, as the remark plugin checks it: a bad `now` fails when the rules are loaded.
    referenceDate(options.now, 'markdownlint');
    const runs = new WeakMap();
    function lint(params) {
        let run = runs.get(params.lines);
        if (run === undefined) {
            const value = [...params.frontMatterLines, ...originalLines(params)].join('\n');
            const path = isPath(params.name) ? resolve(params.name) : null;
            const cwd = path ? workingDirectory(path) : process.cwd();
            run = createEditorLinter(options, 'markdownlint')
                .lint({ path, cwd, value })
                .then((outcome) => ({ outcome }), (error) => {
                if (error instanceof ConfigError)
                    return { configError: error };
                throw error;
            });
            runs.set(params.lines, run);
        }
        return run;
    }
    const rule = (id, description, tags, information) => ({
        names: [`${PREFIX}${id}`],
        description,
        ...(information ? { information: new URL(information) } : {}),
        tags: ['postmortem-lint', ...tags.map((tag) => `postmortem-lint-${tag}`)],
        parser: 'micromark',
        asynchronous: true,
        async function(params, onError) {
            const run = await lint(params);
            if ('configError' in run) {
                if (id === 'invalid-config' && params.lines.length > 0)
                    onError({ lineNumber: 1, detail: run.configError.message });
                return;
            }
            if (run.outcome === null)
                return;
            const { text, messages } = run.outcome;
            for (const message of messages) {
                // markdownlint has no info level: a fix no finding reports is --fix's, not a violation.
                if (message.ruleId !== id || message.severity === 'info')
                    continue;
                const error = violation(message, params, text);
                if (error)
                    onError(error);
            }
        },
    });
    return [
        ...RULES.filter((entry) => entry.scope === 'file').map((entry) => rule(entry.meta.id, entry.meta.description, entry.meta.tags, ruleDocsUrl(entry.meta.id))),
        ...NON_RULES.map(({ id, description }) => rule(id, description, [])),
    ];
}
/** The rules with the default options: `"customRules": ["postmortem-lint/markdownlint"]`. */
const rules = postmortemLintRules();

export { rules as default, postmortemLintRules };
