import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs the built Action the way the runner does: a node process with INPUT_*
 * variables, GITHUB_* variables and the runner's files (event payload, step summary, outputs).
 */

import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { FakeGitHub } from '../support/fake-github.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST_ACTION = join(ROOT, 'dist', 'index.js');

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function exec(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Bundles the Action and the engine's worker (loaded from beside it) into `outDir`. */
async function bundleAction(outDir: string): Promise<void> {
  const script = `
    import { rollup } from 'rollup';
    const { default: config } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'rollup.config.js')).href)});
    const input = Object.fromEntries(Object.entries(config.input).filter(([name]) => name === 'index' || name === 'worker'));
    const bundle = await rollup({ ...config, input });
    await bundle.write({ ...config.output, dir: ${JSON.stringify(outDir)} });
    await bundle.close();`;
  const built = await exec(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: process.env,
  });
  if (built.code !== 0) throw new Error(`bundling the Action failed:\n${built.stderr}`);
}

const BUILD_TIMEOUT_MS = 170_000;

/**
 * The built Action: dist/index.js when it is newer than every source (CI bundles before
 * `npm test`), else a bundle of the current sources in a temporary folder, so that dist/ is never
 * rewritten under other tests' feet. That folder is named after the sources' state and shared:
 * test files running in parallel wait for the one that builds it instead of building again.
 */
/**
 * The built action and a local fake GitHub API for the tests of one file or describe block: built
 * and started once, the API's state reset before each test, closed after the last.
 */
export function actionHarness(): { readonly bundle: string; readonly github: FakeGitHub } {
  const harness = {} as { bundle: string; github: FakeGitHub };
  beforeAll(async () => {
    harness.bundle = await builtAction();
    harness.github = await FakeGitHub.start();
  }, 180_000);
  afterAll(async () => {
    await harness.github.close();
  });
  beforeEach(() => harness.github.reset());
  return harness;
}

export async function builtAction(): Promise<string> {
  const sources = Math.max(
    newestMtime(join(ROOT, 'src')),
    newestMtime(join(ROOT, 'rollup.config.js')),
    newestMtime(join(ROOT, 'package-lock.json')),
  );
  if (existsSync(DIST_ACTION) && statSync(DIST_ACTION).mtimeMs >= sources) return DIST_ACTION;
  const key = createHash('sha256').update(`${ROOT}\0${sources}`).digest('hex').slice(0, 16);
  const outDir = join(tmpdir(), `pml-action-${key}`);
  const complete = join(outDir, '.complete');
  const lock = `${outDir}.lock`;
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!existsSync(complete)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building this very state: wait for it.
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock} to go away`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      await bundleAction(outDir);
      writeFileSync(complete, '');
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return join(outDir, 'index.js');
}

/** A real pull_request webhook payload (@octokit/webhooks-examples), moved to our test repository. */
export function pullRequestPayload(options: {
  repository: string;
  number: number;
  headSha: string;
  headRepository?: string;
}): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const example = events
    .find((event) => event.name === 'pull_request')
    ?.examples.find((payload) => payload.action === 'opened');
  if (!example) throw new Error('no pull_request.opened example in @octokit/webhooks-examples');
  const payload = structuredClone(example) as {
    number: number;
    pull_request: {
      number: number;
      head: { sha: string; repo: { full_name: string; name: string; owner: { login: string } } };
      base: { repo: { full_name: string; name: string; owner: { login: string } } };
    };
    repository: { full_name: string; name: string; owner: { login: string } };
  };
  const [owner, name] = options.repository.split('/');
  const [headOwner, headName] = (options.headRepository ?? options.repository).split('/');
  payload.number = options.number;
  payload.pull_request.number = options.number;
  payload.pull_request.head.sha = options.headSha;
  Object.assign(payload.pull_request.head.repo, {
    full_name: `${headOwner}/${headName}`,
    name: headName,
  });
  payload.pull_request.head.repo.owner.login = headOwner;
  for (const repository of [payload.pull_request.base.repo, payload.repository]) {
    Object.assign(repository, { full_name: options.repository, name });
    repository.owner.login = owner;
  }
  return payload;
}

/** One workflow command printed by the action (`::error file=a.md,line=3::message`). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (text: string): string =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string): string =>
  unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));

export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter((part) => part !== '')) {
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) });
  }
  return commands;
}

/** GITHUB_OUTPUT in the runner's multiline format: `name<<DELIMITER`, value lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!header) continue;
    const end = lines.indexOf(header[2], i + 1);
    if (end === -1) throw new Error(`output ${header[1]}: no closing delimiter ${header[2]}`);
    outputs[header[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

export interface ActionRunOptions {
  /** The built Action's entry (from builtAction()). */
  bundle: string;
  workspace: string;
  /** Inputs by their action.yml names (`fail-on`); passed as INPUT_FAIL-ON. */
  inputs?: Record<string, string>;
  eventName: string;
  payload?: Record<string, unknown>;
  apiUrl: string;
  repository?: string;
  sha?: string;
  env?: Record<string, string>;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  summary: string;
  outputs: Record<string, string>;
  runnerTemp: string;
}

/** Defaults of action.yml as the runner fills them in (it passes every input, defaulted or not). */
export const INPUT_DEFAULTS: Record<string, string> = {
  paths: 'postmortems/**/*.md',
  config: '',
  mode: 'auto',
  'changed-only': 'true',
  'fail-on': 'error',
  comment: 'true',
  'sarif-file': '',
  'github-token': 'ghs_test_token',
  now: '2026-02-06',
  cache: 'false',
};

/** The files the runner hands a JavaScript action. */
export interface RunnerFiles {
  eventPath: string;
  summaryPath: string;
  outputPath: string;
  runnerTemp: string;
}

/** The environment the runner gives a JavaScript action: GITHUB_*, RUNNER_TEMP and every INPUT_*. */
export function runnerEnvironment(
  options: Omit<ActionRunOptions, 'bundle'>,
  files: RunnerFiles,
): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_STEP_SUMMARY: files.summaryPath,
    GITHUB_OUTPUT: files.outputPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'acme/incidents',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SHA: options.sha ?? 'f00dfeed00000000000000000000000000000001',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: files.runnerTemp,
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...INPUT_DEFAULTS, ...options.inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerFiles = mkdtempSync(join(tmpdir(), 'pml-runner-'));
  const summaryPath = join(runnerFiles, 'step_summary');
  const outputPath = join(runnerFiles, 'output');
  const eventPath = join(runnerFiles, 'event.json');
  const runnerTemp = join(runnerFiles, 'temp');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...runnerEnvironment(options, { eventPath, summaryPath, outputPath, runnerTemp }),
  };
  const result = await exec(process.execPath, [options.bundle], { cwd: options.workspace, env });
  return {
    exitCode: result.code,
    stdout: result.stdout,
    stderr: result.stderr,
    commands: parseCommands(result.stdout),
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    runnerTemp,
  };
}
