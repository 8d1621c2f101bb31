// The GitHub Action's entry point (bundled to dist/index.js; action.yml runs it on node24).
import * as core from '@actions/core';
import { isAbsolute, relative, sep } from 'node:path';
import { ConfigError } from '../config/load.js';
import { readRunContext } from './context.js';
import { readInputs, resolveMode } from './inputs.js';
import { runLintMode } from './lint-mode.js';
import { runReport } from './report.js';

/**
 * Fails the step with one clear line (`postmortem-lint failed: …`); the stack only in debug logs.
 * A configuration error is also annotated on the config file, at the offending line.
 */
function reportFailure(error: unknown, workspace: string): void {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ConfigError && error.file !== null) {
    const file = relative(workspace, error.file);
    if (!file.startsWith('..') && !isAbsolute(file)) {
      core.error(message, {
        title: 'postmortem-lint configuration',
        file: file.split(sep).join('/'),
        startLine: error.line ?? undefined,
      });
    }
  }
  if (error instanceof Error && error.stack) core.debug(error.stack);
  core.setFailed(`postmortem-lint failed: ${message}`);
}

export async function main(): Promise<void> {
  let workspace = process.cwd();
  try {
    const context = readRunContext();
    workspace = context.workspace;
    const run = { inputs: readInputs(), context };
    if (resolveMode(run.inputs.mode, context.eventName) === 'report') await runReport(run);
    else await runLintMode(run);
  } catch (error) {
    reportFailure(error, workspace);
  }
}

await main();
