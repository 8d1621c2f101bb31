// The GitHub Action's logic: `run()` reads the inputs and the run's context and runs one mode.
// The entry point (index.ts, bundled to dist/index.js) only calls it; tests call it in-process.
import * as core from '@actions/core';
import { isAbsolute, relative, sep } from 'node:path';
import { ConfigError } from '../config/load.js';
import type { Rule } from '../rules/types.js';
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

/** What a run may get besides the environment (for tests and embedders). */
export interface RunOptions {
  /** The rules to lint with instead of the built-in registry (tests use it for a rule that throws). */
  rules?: readonly Rule[];
}

/**
 * Runs the Action once: inputs from `INPUT_*`, the run from `GITHUB_*`, results as outputs,
 * annotations, the job summary and the step's status. Never throws: a failure fails the step.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  let workspace = process.cwd();
  try {
    const context = readRunContext();
    workspace = context.workspace;
    const modeRun = { inputs: readInputs(), context, rules: options.rules };
    if (resolveMode(modeRun.inputs.mode, context.eventName) === 'report') await runReport(modeRun);
    else await runLintMode(modeRun);
  } catch (error) {
    reportFailure(error, workspace);
  }
}
