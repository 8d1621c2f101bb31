import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/types.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { lintBytes, lintText } from '../engine/pipeline.js';
import { compareDiagnostics } from '../diagnostics/diagnostics.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { RULES, ruleById } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { readInstant } from '../model/dates.js';

/** Options of `postmortem-lint/remark` (in `.remarkrc`: `[["postmortem-lint/remark", {…}]]`). */
export interface RemarkPostmortemLintOptions {
  /** A config file to use instead of searching for `.postmortemrc.*` from each file's folder. */
  config?: string;
  /**
   * Reference date for date checks: an ISO date (noon UTC that day) or an ISO date-time with its
   * zone, as the CLI's `--now`; default: the clock.
   */
  now?: string | Date;
  /**
   * For tests and embedders, not for `.remarkrc`: the rules to run instead of the built-in ones
   * (the configuration still decides which run and with what options).
   */
  rules?: readonly Rule[];
}

const SOURCE = 'postmortem-lint';

function referenceDate(now: RemarkPostmortemLintOptions['now']): Date {
  if (now === undefined) return new Date();
  const date = now instanceof Date ? now : readInstant(String(now));
  if (date === null || Number.isNaN(date.getTime()))
    throw new Error(`${SOURCE}/remark: option "now" is not a date: ${String(now)}`);
  return date;
}

const selectors = new WeakMap<ResolvedConfig, (relativePath: string) => boolean>();

/** Whether the configuration lints this file (its `files` globs, minus `ignores`), as the CLI does. */
function isPostmortem(config: ResolvedConfig, path: string): boolean {
  const relativePath = relative(config.baseDir, path).split(sep).join('/');
  if (relativePath.startsWith('../')) return false;
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
export default function remarkPostmortemLint(options: RemarkPostmortemLintOptions = {}) {
  const now = referenceDate(options.now);
  const rules = options.rules ?? RULES;
  const configs = new Map<string, Promise<ResolvedConfig>>();

  function configFor(file: VFile): Promise<ResolvedConfig> {
    const cwd = file.cwd;
    const searchFrom = file.path ? dirname(resolve(cwd, file.path)) : cwd;
    let config = configs.get(searchFrom);
    if (config === undefined) {
      config = loadConfig({ configPath: options.config, searchFrom, cwd });
      configs.set(searchFrom, config);
    }
    return config;
  }

  return async function transformer(_tree: Root, file: VFile): Promise<void> {
    let config: ResolvedConfig;
    try {
      config = await configFor(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const message = file.message(`Invalid configuration: ${error.message}`, {
        ruleId: 'invalid-config',
        source: SOURCE,
      });
      message.fatal = true;
      return;
    }
    const path = file.path ? resolve(file.cwd, file.path) : null;
    if (path !== null && !isPostmortem(config, path)) return;

    const shown = file.path || 'stdin.md';
    const outcome =
      typeof file.value === 'string'
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
      if (ruleById(diagnostic.ruleId)) message.url = ruleDocsUrl(diagnostic.ruleId);
      if (diagnostic.suggestion !== undefined) message.note = diagnostic.suggestion;
    }
  };
}
