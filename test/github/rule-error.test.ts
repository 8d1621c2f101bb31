import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { RULE_ERROR } from '../../src/engine/pipeline.js';
import type { EslintFileResult } from '../../src/reporters/json.js';
import type { Rule } from '../../src/rules/types.js';
import { FakeGitHub } from '../support/fake-github.js';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { postmortem, SPECS } from '../support/trend-postmortems.js';
import { runInProcess, type InProcessRunOptions } from './in-process.js';
import { pullRequestPayload, type ActionRun } from './run-action.js';
import { registryWithThrowing } from '../support/throwing-rule.js';

/**
 * A rule that throws must never crash the Action: the step gets one `rule-error` finding naming
 * the rule (an error annotation, counted in the outputs) and fails, and every other rule's
 * findings are reported as usual. Runs `run({ rules })` in-process, with the runner's environment.
 */

const PATH = 'postmortems/a.md';
/** Blaming language (an error) and, on 2026-03-01, overdue action items (warnings). */
const BLAMING = referenceText().replace('Fast Detection', 'Fast Detection despite human error');

let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start();
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => github.reset());

function lint(
  workspace: string,
  rules: readonly Rule[] | undefined,
  options: Partial<InProcessRunOptions> = {},
): Promise<ActionRun> {
  return runInProcess({
    workspace,
    eventName: 'push',
    apiUrl: github.url,
    ...options,
    inputs: { mode: 'lint', now: '2026-03-01', ...options.inputs },
    runOptions: rules ? { rules } : {},
  });
}

/** File annotations as `severity file:line title`. */
const annotations = (run: ActionRun): string[] =>
  run.commands
    .filter((c) => (c.command === 'error' || c.command === 'warning') && c.properties.file)
    .map((c) => `${c.command} ${c.properties.file}:${c.properties.line} ${c.properties.title}`)
    .sort();
const failure = (run: ActionRun): string | undefined =>
  run.commands.find((c) => c.command === 'error' && c.properties.file === undefined)?.message;
const results = (run: ActionRun): EslintFileResult[] =>
  JSON.parse(readFileSync(run.outputs.json, 'utf8')) as EslintFileResult[];
const ruleIds = (run: ActionRun): string[] =>
  results(run)
    .flatMap((result) => result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`))
    .sort();

describe('a rule that throws (Action, lint mode, in-process)', () => {
  test('one rule-error annotation naming the rule, the other findings kept, the step fails', async () => {
    const exitCodeBefore = process.exitCode;
    const workspace = tempTree({ [PATH]: BLAMING });
    const normal = await lint(workspace, undefined);
    expect(annotations(normal)).toContainEqual(expect.stringMatching(/ blameless-language$/));
    expect(annotations(normal)).toContainEqual(expect.stringMatching(/^warning .* action-items$/));
    expect(annotations(normal)).not.toContainEqual(expect.stringContaining(RULE_ERROR));

    const broken = await lint(workspace, registryWithThrowing('blameless-language'));
    expect(broken.exitCode).toBe(1);
    const errors = broken.commands.filter(
      (c) => c.command === 'error' && c.properties.title === RULE_ERROR,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].properties.file).toBe(PATH);
    expect(errors[0].message).toContain('Rule blameless-language failed on this file');
    expect(errors[0].message).toContain('boom in blameless-language');
    // Every other finding is as in the normal run; only the broken rule's are missing.
    expect(annotations(broken).filter((line) => !line.endsWith(` ${RULE_ERROR}`))).toEqual(
      annotations(normal).filter((line) => !line.endsWith(' blameless-language')),
    );
    expect(ruleIds(broken).filter((id) => !id.startsWith(RULE_ERROR))).toEqual(
      ruleIds(normal).filter((id) => !id.startsWith('blameless-language')),
    );
    expect(broken.outputs).toMatchObject({
      errors: '1',
      warnings: normal.outputs.warnings,
      'files-checked': '1',
      'files-failed': '1',
    });
    expect(failure(broken)).toBe(
      'postmortem-lint found 1 error and ' +
        `${normal.outputs.warnings} warnings in 1 postmortem (fail-on: error).`,
    );
    expect(broken.summary).toContain(RULE_ERROR);
    // The in-process run left the test process's exit code alone.
    expect(process.exitCode).toBe(exitCodeBefore);
  });

  test('fails the step even when the other findings are only warnings', async () => {
    const workspace = tempTree({ [PATH]: referenceText() });
    const normal = await lint(workspace, undefined);
    expect(normal.exitCode).toBe(0);
    expect(Number(normal.outputs.warnings)).toBeGreaterThan(0);
    const broken = await lint(workspace, registryWithThrowing('five-whys'));
    expect(broken.exitCode).toBe(1);
    expect(broken.outputs.errors).toBe('1');
    expect(annotations(broken)).toContainEqual(`error ${PATH}:1 ${RULE_ERROR}`);
  });

  test('on a pull request, the sticky comment lists the rule-error', async () => {
    const workspace = tempTree({ [PATH]: BLAMING });
    github.pullFiles.set(3, [{ filename: PATH, status: 'added' }]);
    const broken = await lint(workspace, registryWithThrowing('blameless-language'), {
      eventName: 'pull_request',
      payload: pullRequestPayload({
        repository: 'acme/incidents',
        number: 3,
        headSha: 'a'.repeat(40),
      }),
    });
    expect(broken.exitCode).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toContain(RULE_ERROR);
    expect(github.comments[0].body).toContain('Rule blameless-language failed');
  });

  test('a corpus rule that throws: one rule-error per postmortem, per-file findings kept', async () => {
    const files: Record<string, string> = {};
    for (const spec of SPECS) files[`postmortems/${spec.date}.md`] = postmortem(spec);
    const workspace = tempTree(files);
    const normal = await lint(workspace, undefined, { inputs: { now: '2026-02-06' } });
    expect(ruleIds(normal).some((id) => id.startsWith('pattern-analysis '))).toBe(true);

    const broken = await lint(workspace, registryWithThrowing('pattern-analysis'), {
      inputs: { now: '2026-02-06' },
    });
    expect(broken.exitCode).toBe(1);
    for (const result of results(broken))
      expect(result.messages.filter((m) => m.ruleId === RULE_ERROR)).toEqual([
        expect.objectContaining({
          severity: 2,
          message: expect.stringContaining('Rule pattern-analysis failed on this file'),
        }),
      ]);
    expect(ruleIds(broken).filter((id) => !id.startsWith(RULE_ERROR))).toEqual(
      ruleIds(normal).filter((id) => !id.startsWith('pattern-analysis')),
    );
  });
});
