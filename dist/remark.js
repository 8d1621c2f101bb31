import { C as ConfigError, r as ruleDocsUrl } from './chunks/index-Cgj-hIvX.js';
import { c as ruleById } from './chunks/resolve-cfr8Br3c.js';
import { c as createEditorLinter } from './chunks/editor-lint-BCAXmhhA.js';
import 'node:fs/promises';
import 'node:path';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import 'node:crypto';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:module';
import './chunks/pipeline-D7DYxzb-.js';
import 'node:fs';
import './chunks/decode-BatIPcMV.js';
import './chunks/edits-vrcRL61i.js';

const SOURCE = 'postmortem-lint';
/**
 * remark plugin: the per-file rules of postmortem-lint as vfile messages, so remark-cli and the
 * editor extension (vscode-remark) show them while you type. Same engine as the CLI (same ids,
 * lines, columns); rules across incidents need the whole folder and stay with the CLI.
 *
 * A message that a fix resolves carries it as `expected` (the text that replaces its range), which
 * unified-language-server offers as a quick fix: the `--fix` fixes and the blameless-language
 * rewordings that fit in place. A `--fix` fix that no finding reports (`sev1` → `SEV-1`, where a
 * missing section goes) is an info message (`fatal` unset) at the text it changes.
 */
function remarkPostmortemLint(options = {}) {
    const linter = createEditorLinter(options, 'remark');
    return async function transformer(_tree, file) {
        let outcome;
        try {
            outcome = await linter.lint({ path: file.path || null, cwd: file.cwd, value: file.value });
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
        if (outcome === null)
            return;
        // The editor's text keeps its line ends: a fix spanning lines uses the file's.
        const value = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value);
        const crlf = value.includes('\r\n');
        for (const found of outcome.messages) {
            const message = file.message(found.message, {
                place: { start: found.start, end: found.end },
                ruleId: found.ruleId,
                source: SOURCE,
            });
            // remark-lint's convention: errors are fatal messages (remark-cli exits 1), warnings are
            // not; an info message (a fix without a finding) has `fatal` unset, as `file.info` makes.
            message.fatal = found.severity === 'info' ? undefined : found.severity === 'error';
            // Parse problems (invalid-file, invalid-frontmatter, unknown-rule) are not rules: no page.
            if (ruleById(found.ruleId))
                message.url = ruleDocsUrl(found.ruleId);
            if (found.suggestion !== undefined)
                message.note = found.suggestion;
            if (found.expected !== undefined) {
                message.expected = [crlf ? found.expected.replace(/\n/g, '\r\n') : found.expected];
                message.actual = found.actual;
            }
        }
    };
}

export { remarkPostmortemLint as default };
