import { resolve, dirname, relative, sep } from 'node:path';
import { C as ConfigError, r as ruleDocsUrl, l as loadConfig, p as picomatch } from './chunks/index-w9i2CiXp.js';
import { l as lintText, a as lintBytes, c as compareDiagnostics } from './chunks/pipeline-D_YbtVZP.js';
import { R as RULES, c as ruleById, e as readInstant } from './chunks/resolve-C5Ud2dc1.js';
import 'node:fs/promises';
import 'node:fs';
import './chunks/decode-BatIPcMV.js';
import 'node:crypto';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';

const SOURCE = 'postmortem-lint';
function referenceDate(now) {
    if (now === undefined)
        return new Date();
    const date = now instanceof Date ? now : readInstant(String(now));
    if (date === null || Number.isNaN(date.getTime()))
        throw new Error(`${SOURCE}/remark: option "now" is not a date: ${String(now)}`);
    return date;
}
const selectors = new WeakMap();
/** Whether the configuration lints this file (its `files` globs, minus `ignores`), as the CLI does. */
function isPostmortem(config, path) {
    const relativePath = relative(config.baseDir, path).split(sep).join('/');
    if (relativePath.startsWith('../'))
        return false;
    let selects = selectors.get(config);
    if (selects === undefined) {
        const included = picomatch(config.files, { dot: true });
        const ignored = picomatch(config.ignores, { dot: true });
        selects = (candidate) => included(candidate) && !ignored(candidate);
        selectors.set(config, selects);
    }
    return selects(relativePath);
}
/**
 * remark plugin: the per-file rules of postmortem-lint as vfile messages, so remark-cli and the
 * editor extension (vscode-remark) show them while you type. Same engine as the CLI (same ids,
 * lines, columns); rules across incidents need the whole folder and stay with the CLI.
 */
function remarkPostmortemLint(options = {}) {
    const now = referenceDate(options.now);
    const rules = options.rules ?? RULES;
    const configs = new Map();
    function configFor(file) {
        const cwd = file.cwd;
        const searchFrom = file.path ? dirname(resolve(cwd, file.path)) : cwd;
        let config = configs.get(searchFrom);
        if (config === undefined) {
            config = loadConfig({ configPath: options.config, searchFrom, cwd });
            configs.set(searchFrom, config);
        }
        return config;
    }
    return async function transformer(_tree, file) {
        let config;
        try {
            config = await configFor(file);
        }
        catch (error) {
            if (!(error instanceof ConfigError))
                throw error;
            const message = file.message(`Invalid configuration: ${error.message}`, {
                ruleId: 'invalid-config',
                source: SOURCE,
            });
            message.fatal = true;
            return;
        }
        const path = file.path ? resolve(file.cwd, file.path) : null;
        if (path !== null && !isPostmortem(config, path))
            return;
        const shown = file.path || 'stdin.md';
        const outcome = typeof file.value === 'string'
            ? lintText(shown, file.value, config, now, rules)
            : lintBytes(shown, file.value, config, now, rules);
        for (const diagnostic of [...outcome.diagnostics].sort(compareDiagnostics)) {
            const message = file.message(diagnostic.message, {
                place: {
                    start: { line: diagnostic.line, column: diagnostic.column },
                    end: { line: diagnostic.endLine, column: diagnostic.endColumn },
                },
                ruleId: diagnostic.ruleId,
                source: SOURCE,
            });
            // remark-lint's convention: errors are fatal messages (remark-cli exits 1), warnings are not.
            message.fatal = diagnostic.severity === 'error';
            // Parse problems (invalid-file, invalid-frontmatter) are not rules and have no page.
            if (ruleById(diagnostic.ruleId))
                message.url = ruleDocsUrl(diagnostic.ruleId);
            if (diagnostic.suggestion !== undefined)
                message.note = diagnostic.suggestion;
        }
    };
}

export { remarkPostmortemLint as default };
