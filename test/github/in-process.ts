import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type RunOptions } from '../../src/github/main.js';
import {
  parseCommands,
  runnerEnvironment,
  parseOutputs,
  type ActionRun,
  type ActionRunOptions,
} from './run-action.js';

/**
 * Runs the Action's `run()` in this process, with the environment the runner gives a JavaScript
 * action (INPUT_*, GITHUB_*, the event payload, step summary and output files), and restores
 * process.env, process.stdout.write and process.exitCode afterwards. For what only an in-process
 * run can do, such as passing a rule registry; runAction() runs the built bundle.
 */

/**
 * @actions/core keeps the first GITHUB_STEP_SUMMARY it sees for the life of the module, so every
 * in-process run of a test file shares one summary file, emptied before each run.
 */
let runnerFiles: string | null = null;

export interface InProcessRunOptions extends Omit<ActionRunOptions, 'bundle'> {
  /** What run() gets besides the environment (e.g. the rules). */
  runOptions?: RunOptions;
}

export async function runInProcess(options: InProcessRunOptions): Promise<ActionRun> {
  runnerFiles ??= mkdtempSync(join(tmpdir(), 'pml-runner-in-process-'));
  const summaryPath = join(runnerFiles, 'step_summary');
  const outputPath = join(runnerFiles, 'output');
  const eventPath = join(runnerFiles, 'event.json');
  const runnerTemp = mkdtempSync(join(runnerFiles, 'temp-'));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));

  const env = runnerEnvironment(options, { eventPath, summaryPath, outputPath, runnerTemp });

  const saved = new Map(Object.keys(env).map((name) => [name, process.env[name]]));
  const savedExitCode = process.exitCode;
  const write = process.stdout.write;
  let stdout = '';
  let exitCode: number;
  Object.assign(process.env, env);
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    await run(options.runOptions);
  } finally {
    process.stdout.write = write;
    exitCode = Number(process.exitCode ?? 0);
    process.exitCode = savedExitCode;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return {
    exitCode,
    stdout,
    stderr: '',
    commands: parseCommands(stdout),
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    runnerTemp,
  };
}
