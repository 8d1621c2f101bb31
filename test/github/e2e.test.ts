import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ACTIONS_BOT } from '../support/fake-github.js';
import { tempTree } from '../support/lint.js';
import {
  CITED_EARLIER,
  HOSTILE_SEVERITY,
  UNCITED_EARLIER,
  UNCITED_ID,
  UNCITED_PATH,
  completeOutage,
  earlierIncident,
  outageCitingAll,
  outageWithBlame,
  outageWithHostileSeverity,
} from './postmortems.js';
import {
  actionHarness,
  pullRequestPayload,
  runAction,
  type ActionRun,
  type ActionRunOptions,
} from './run-action.js';

const REPOSITORY = 'acme/incidents';
const PULL = 7;
const HEAD_SHA = 'abc1234def5678901234567890abcdef12345678';
const OUTAGE = 'postmortems/2026-02-05-api-outage.md';
const MARKER = '<!-- postmortem-lint:comment -->';

const harness = actionHarness();

/** A checkout: the outage under review, the incidents it cites and one it does not. */
function checkout(outage: string, extra: Record<string, string> = {}): string {
  return tempTree({
    ...CITED_EARLIER,
    [UNCITED_PATH]: UNCITED_EARLIER,
    [OUTAGE]: outage,
    'README.md': '# Incidents\n',
    ...extra,
  });
}

/** The pull request changes the outage (and files the linter does not read); 150 files, so listing them takes two pages. */
function pullRequestChangesOutage(): void {
  const unrelated = Array.from({ length: 146 }, (_, i) => ({
    filename: `services/api/file-${i}.ts`,
    status: 'modified' as const,
  }));
  harness.github.pullFiles.set(PULL, [
    ...unrelated,
    { filename: 'README.md', status: 'modified' },
    { filename: 'postmortems/2024-01-01-retired.md', status: 'removed' },
    { filename: 'docs/runbook.md', status: 'added' },
    { filename: OUTAGE, status: 'modified' },
  ]);
}

function onPullRequest(
  workspace: string,
  options: { inputs?: ActionRunOptions['inputs']; headRepository?: string; headSha?: string } = {},
): Promise<ActionRun> {
  return runAction({
    bundle: harness.bundle,
    workspace,
    eventName: 'pull_request',
    payload: pullRequestPayload({
      repository: REPOSITORY,
      number: PULL,
      headSha: options.headSha ?? HEAD_SHA,
      headRepository: options.headRepository,
    }),
    apiUrl: harness.github.url,
    inputs: options.inputs,
  });
}

const annotations = (run: ActionRun): string[] =>
  run.commands
    .filter((c) => c.command === 'error' || c.command === 'warning')
    .filter((c) => c.properties.file !== undefined)
    .map((c) => `${c.command} ${c.properties.file}:${c.properties.line} ${c.properties.title}`);
const notices = (run: ActionRun): string[] =>
  run.commands.filter((c) => c.command === 'notice').map((c) => c.message);
const failure = (run: ActionRun): string | undefined =>
  run.commands.find((c) => c.command === 'error' && c.properties.file === undefined)?.message;
/** Annotation commands on a file, as printed (`::error title=…,file=…,line=…::message`). */
const fileAnnotationLines = (run: ActionRun, command: 'error' | 'warning'): string[] =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${command} `) && line.includes(',file='));

describe('pull request check (changed postmortems only)', () => {
  test('annotates only the changed postmortem; cross-incident rules still read the whole corpus', async () => {
    pullRequestChangesOutage();
    const run = await onPullRequest(checkout(outageWithHostileSeverity()));

    expect(annotations(run)).toEqual([
      `error ${OUTAGE}:5 required-metadata`,
      `error ${OUTAGE}:149 pattern-analysis`,
    ]);
    // The exact workflow command: inclusive end column, one-line range, rule id as title.
    const severityLine = `**Severity:** ${HOSTILE_SEVERITY}`;
    const expected =
      `::error title=required-metadata,file=${OUTAGE},line=5,endLine=5,col=15,endColumn=${severityLine.length}::` +
      `Severity "${HOSTILE_SEVERITY}" is not recognised`;
    expect(fileAnnotationLines(run, 'error')[0].slice(0, expected.length)).toBe(expected);
    // The uncited incident is not in the pull request, but the rule saw it.
    const pattern = run.commands.find((c) => c.properties.title === 'pattern-analysis');
    expect(pattern?.message).toContain(`does not cite ${UNCITED_ID}`);

    expect(run.exitCode).toBe(1);
    expect(failure(run)).toBe(
      'postmortem-lint found 2 errors in 1 changed postmortem (fail-on: error).',
    );
    expect(run.outputs).toMatchObject({
      errors: '2',
      warnings: '0',
      'files-checked': '1',
      'files-failed': '1',
    });

    // Both pages of the pull request's files were read.
    const fileRequests = harness.github.requests.filter(
      (r) => r.path === `/repos/${REPOSITORY}/pulls/${PULL}/files`,
    );
    expect(
      fileRequests.map((r) => `${r.query.get('per_page')}:${r.query.get('page') ?? '1'}`),
    ).toEqual(['100:1', '100:2']);
    expect(fileRequests[0].authorization).toBe('token ghs_test_token');
  });

  test('job summary: counts, per-file table, every finding linked to its line and rule doc, text escaped', async () => {
    pullRequestChangesOutage();
    const run = await onPullRequest(checkout(outageWithHostileSeverity()));
    const blob = `https://github.com/${REPOSITORY}/blob/${HEAD_SHA}/${OUTAGE}`;

    expect(run.summary).toContain('## postmortem-lint: ❌ 2 errors in 1 changed postmortem');
    expect(run.summary).toContain(
      `| [postmortems/2026-02-05-api-outage.md](${blob}) | ❌ fail | 2 | 0 |`,
    );
    expect(run.summary).toContain(
      `| [postmortems/2026-02-05-api-outage.md:5:15](${blob}#L5) | ❌ error | ` +
        '[required-metadata](https://github.com/postmortem-lint/postmortem-lint/blob/main/docs/rules/required-metadata.md) | ' +
        'Severity "&lt;script&gt;alert(1)&lt;/script&gt; cc @\u200Dalice \\| see #\u200D12" is not recognised',
    );
    expect(run.summary).not.toContain('<script>');
    expect(run.summary).not.toMatch(/@alice/);
  });

  test('one sticky comment: created, updated in place on the next push, "all pass" once fixed', async () => {
    pullRequestChangesOutage();
    // Someone else's comments, 120 of them so that ours lands on the second page, and a human
    // who quoted our marker: neither is ever edited.
    for (let i = 0; i < 120; i++)
      harness.github.addComment(PULL, `Review note ${i}`, {
        login: 'reviewer',
        id: 9,
        type: 'User',
      });
    const human = harness.github.addComment(PULL, `${MARKER} copied by hand`, {
      login: 'alice',
      id: 10,
      type: 'User',
    });
    const workspace = checkout(outageWithHostileSeverity());

    const first = await onPullRequest(workspace);
    expect(harness.github.writes()).toEqual([`POST /repos/${REPOSITORY}/issues/${PULL}/comments`]);
    const ours = harness.github.comments.filter((c) => c.user.login === ACTIONS_BOT.login);
    expect(ours).toHaveLength(1);
    const body = ours[0].body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('### postmortem-lint: ❌ 2 errors in 1 changed postmortem');
    expect(body).toContain('| Location | Severity | Rule | Message |');
    // Escaped: no HTML, no ping, no cross-reference, no extra table cell.
    expect(body).not.toContain('<script>');
    expect(body).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; cc @\u200Dalice \\| see #\u200D12',
    );
    expect(
      body
        .split('\n')
        .filter((line) => line.startsWith('| [postmortems'))
        .every((line) => line.split(/(?<!\\)\|/).length === 6),
    ).toBe(true);
    expect(first.stdout).toContain('Pull request comment: created.');

    // A new push: same findings, new head commit.
    harness.github.requests.length = 0;
    const second = await onPullRequest(workspace, {
      headSha: '0123456789abcdef0123456789abcdef01234567',
    });
    expect(harness.github.writes()).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${ours[0].id}`,
    ]);
    expect(second.stdout).toContain('Pull request comment: updated.');
    const listed = harness.github.requests.filter(
      (r) => r.path === `/repos/${REPOSITORY}/issues/${PULL}/comments`,
    );
    expect(listed.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    // Our bot comment is found by its author type: no need to ask who the token is.
    expect(harness.github.requests.some((r) => r.path === '/user')).toBe(false);

    // The author fixes the postmortem.
    writeFileSync(join(workspace, OUTAGE), outageCitingAll());
    const fixed = await onPullRequest(workspace);
    expect(fixed.exitCode).toBe(0);
    expect(harness.github.comments.filter((c) => c.user.login === ACTIONS_BOT.login)).toHaveLength(
      1,
    );
    const passing = harness.github.comments.find((c) => c.id === ours[0].id)?.body ?? '';
    expect(passing).toContain('### postmortem-lint: ✅ All 1 changed postmortem pass');
    expect(passing).not.toContain('| Location |');
    expect(human.body).toBe(`${MARKER} copied by hand`);
    expect(fixed.outputs).toMatchObject({
      errors: '0',
      warnings: '0',
      'files-checked': '1',
      'files-failed': '0',
    });
  });

  test('a personal access token finds its own marked comment by login', async () => {
    pullRequestChangesOutage();
    const me = { login: 'release-bot-user', id: 77, type: 'User' as const };
    harness.github.commenter = me;
    harness.github.tokenUser = me;
    harness.github.addComment(PULL, `${MARKER} someone else`, {
      login: 'alice',
      id: 10,
      type: 'User',
    });
    const mine = harness.github.addComment(PULL, `${MARKER} old`, me);
    await onPullRequest(checkout(outageWithHostileSeverity()));
    expect(harness.github.writes()).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${mine.id}`,
    ]);
    expect(harness.github.requests.some((r) => r.path === '/user')).toBe(true);
  });

  test('no comment when a pull request never had findings', async () => {
    pullRequestChangesOutage();
    const run = await onPullRequest(checkout(outageCitingAll()));
    expect(run.exitCode).toBe(0);
    expect(harness.github.writes()).toEqual([]);
    expect(run.summary).toContain('## postmortem-lint: ✅ All 1 changed postmortem pass');
  });

  test('a pull request that changes no postmortem passes without reading the corpus', async () => {
    harness.github.pullFiles.set(PULL, [{ filename: 'README.md', status: 'modified' }]);
    const run = await onPullRequest(checkout(outageWithHostileSeverity()));
    expect(run.exitCode).toBe(0);
    expect(annotations(run)).toEqual([]);
    expect(run.outputs).toMatchObject({ errors: '0', 'files-checked': '0' });
    expect(run.summary).toContain('No postmortem changed in this pull request');
  });

  test('403 on the comment (read-only token): notice, and the check still annotates, summarises and fails', async () => {
    pullRequestChangesOutage();
    harness.github.forbidden.add('write-comments');
    const run = await onPullRequest(checkout(outageWithHostileSeverity()));
    expect(notices(run)).toContainEqual(
      expect.stringContaining(
        'No pull request comment (HTTP 403: Resource not accessible by integration)',
      ),
    );
    expect(notices(run).join('\n')).toContain('pull-requests: write');
    expect(annotations(run)).toHaveLength(2);
    expect(run.summary).toContain('❌ 2 errors');
    expect(run.exitCode).toBe(1);
    expect(harness.github.comments.filter((c) => c.user.login === ACTIONS_BOT.login)).toHaveLength(
      0,
    );
  });

  test('pull request from a fork: no comment attempted, everything else as usual', async () => {
    pullRequestChangesOutage();
    const run = await onPullRequest(checkout(outageWithHostileSeverity()), {
      headRepository: 'outside-contributor/incidents',
    });
    expect(notices(run)).toContainEqual(expect.stringContaining('Pull request from a fork'));
    expect(harness.github.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
    expect(annotations(run)).toHaveLength(2);
    expect(run.exitCode).toBe(1);
  });

  test('the files cannot be listed: notice, then every postmortem is checked', async () => {
    pullRequestChangesOutage();
    harness.github.forbidden.add('list-files');
    const run = await onPullRequest(checkout(outageWithHostileSeverity()), {
      inputs: { comment: 'false' },
    });
    expect(notices(run)).toContainEqual(
      expect.stringContaining(
        "Could not list the pull request's files (HTTP 403: Resource not accessible by integration)",
      ),
    );
    expect(run.outputs['files-checked']).toBe('4');
    expect(harness.github.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
  });
});

describe('whole corpus, limits and failure modes', () => {
  test('at most 10 error annotations, the failure line included: 9 findings, the notice, the failure line', async () => {
    // Enough postmortems for the engine's worker pool: the bundle must find its worker.
    const more = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => {
        const day = String(i + 1).padStart(2, '0');
        return [
          `postmortems/2025-09-${day}-disk.md`,
          earlierIncident(`INC-2025-09${day}-001`, `2025-09-${day}`),
        ];
      }),
    );
    const workspace = checkout(completeOutage(), more);
    const run = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: { mode: 'lint' },
      apiUrl: harness.github.url,
    });
    const errors = fileAnnotationLines(run, 'error');
    expect(errors).toHaveLength(9);
    // GitHub shows 10 error annotations of a step: the closing failure line is the 10th, not an 11th.
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(/^postmortem-lint found \d+ errors in 20 postmortems/);
    expect(Number(run.outputs.errors)).toBeGreaterThan(10);
    const hidden = Number(run.outputs.errors) - 9;
    expect(notices(run)).toContainEqual(
      `${hidden} errors not shown as annotations (GitHub displays 10 of each per step, one of the errors being the failure line). ` +
        `Every finding is listed in the job summary, the JSON results (output "json": ${run.outputs.json}).`,
    );
    // Errors come in file order: the earliest files' findings are shown.
    expect(errors[0]).toContain('file=postmortems/2025-08-10-cache-connections.md');
    expect(run.outputs['files-checked']).toBe('20');
    expect(harness.github.requests).toEqual([]);

    // The JSON output: ESLint's shape, absolute paths, in RUNNER_TEMP for later steps.
    expect(run.outputs.json.startsWith(run.runnerTemp)).toBe(true);
    const json = JSON.parse(readFileSync(run.outputs.json, 'utf8')) as {
      filePath: string;
      errorCount: number;
    }[];
    expect(json.map((file) => file.filePath)).toContain(join(workspace, UNCITED_PATH));
    expect(json.reduce((sum, file) => sum + file.errorCount, 0)).toBe(Number(run.outputs.errors));
  });

  test('cache: true keeps the cache file in the workspace and gives the same results', async () => {
    const workspace = checkout(outageWithBlame());
    const inputs = { mode: 'lint', cache: 'true' };
    const first = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs,
      apiUrl: harness.github.url,
    });
    expect(existsSync(join(workspace, '.postmortem-lint-cache'))).toBe(true);
    const second = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs,
      apiUrl: harness.github.url,
    });
    expect(second.outputs).toEqual({ ...first.outputs, json: second.outputs.json });
    expect(fileAnnotationLines(second, 'error')).toEqual(fileAnnotationLines(first, 'error'));
  });

  test('fail-on: never passes with errors; warning fails on warnings; error passes on warnings', async () => {
    const corpus = {
      ...CITED_EARLIER,
      [OUTAGE]: outageWithBlame(),
      '.postmortemrc.yml': 'rules:\n  blameless-language: warning\n',
    };
    const workspace = tempTree(corpus);
    const only = { paths: OUTAGE, mode: 'lint' };

    const onError = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: only,
      apiUrl: harness.github.url,
    });
    expect(onError.outputs).toMatchObject({ errors: '0', warnings: '1', 'files-failed': '0' });
    expect(fileAnnotationLines(onError, 'warning')).toHaveLength(1);
    expect(onError.exitCode).toBe(0);

    const onWarning = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: { ...only, 'fail-on': 'warning' },
      apiUrl: harness.github.url,
    });
    expect(onWarning.exitCode).toBe(1);
    expect(failure(onWarning)).toBe(
      'postmortem-lint found 1 warning in 1 postmortem (fail-on: warning).',
    );
    expect(onWarning.outputs['files-failed']).toBe('1');

    rmSync(join(workspace, '.postmortemrc.yml'));
    const never = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: { ...only, 'fail-on': 'never' },
      apiUrl: harness.github.url,
    });
    expect(never.outputs.errors).toBe('1');
    expect(never.exitCode).toBe(0);
  });

  test('SARIF file written when asked, with repository-relative locations', async () => {
    const workspace = tempTree({ ...CITED_EARLIER, [OUTAGE]: outageWithBlame() });
    const run = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: { mode: 'lint', 'sarif-file': 'reports/postmortems.sarif' },
      apiUrl: harness.github.url,
    });
    const sarif = JSON.parse(
      readFileSync(join(workspace, 'reports/postmortems.sarif'), 'utf8'),
    ) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const blame = sarif.runs[0].results.find((result) => result.ruleId === 'blameless-language');
    expect(blame?.locations[0].physicalLocation.artifactLocation.uri).toBe(OUTAGE);
    // The notice about findings GitHub does not display points at the SARIF file too.
    expect(notices(run)).toContainEqual(
      expect.stringMatching(
        /not shown as annotations .*, the SARIF file reports\/postmortems\.sarif\.$/,
      ),
    );
  });

  test('configuration error: one clear failure line, annotated on the config file, no stack trace', async () => {
    const workspace = tempTree({
      [OUTAGE]: completeOutage(),
      '.postmortemrc.yml': '# team settings\nrules:\n  five-whys: sometimes\n',
    });
    const run = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: { mode: 'lint' },
      apiUrl: harness.github.url,
    });
    expect(run.exitCode).toBe(1);
    // The wording is the config loader's; this checks how the Action passes it on.
    const message = failure(run)?.replace(/^postmortem-lint failed: /, '') ?? '';
    expect(message).toMatch(
      /^\.postmortemrc\.yml: rules\.five-whys .*\(found "sometimes"\) \(line 3\)$/,
    );
    expect(failure(run)).toBe(`postmortem-lint failed: ${message}`);
    expect(fileAnnotationLines(run, 'error')).toEqual([
      `::error title=postmortem-lint configuration,file=.postmortemrc.yml,line=3::${message}`,
    ]);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  test('invalid input value: names the input and the value', async () => {
    const run = await runAction({
      bundle: harness.bundle,
      workspace: checkout(completeOutage()),
      eventName: 'push',
      inputs: { 'fail-on': 'sometimes' },
      apiUrl: harness.github.url,
    });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toBe(
      'postmortem-lint failed: input "fail-on" must be one of error, warning, never (found "sometimes")',
    );
  });

  test('no postmortems at all: the step fails with one line naming the glob (the CLI exits 2)', async () => {
    const run = await runAction({
      bundle: harness.bundle,
      workspace: tempTree({ 'README.md': '# Nothing yet\n' }),
      eventName: 'push',
      inputs: { mode: 'lint' },
      apiUrl: harness.github.url,
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(1);
    expect(failure(run)).toBe(
      'postmortem-lint failed: input "paths": no file matches "postmortems/**/*.md"',
    );
    expect(run.outputs).toEqual({});
  });
});

describe('the paths input', () => {
  test('a brace glob is one glob: postmortems/{a,b}.md checks both files (it used to match nothing and pass)', async () => {
    const workspace = tempTree({
      ...CITED_EARLIER,
      'postmortems/a.md': outageWithBlame(),
      'postmortems/b.md': completeOutage(),
      'postmortems/c.md': outageWithBlame(),
    });
    const run = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: { mode: 'lint', paths: 'postmortems/{a,b}.md' },
      apiUrl: harness.github.url,
    });
    expect(run.outputs['files-checked']).toBe('2');
    expect(annotations(run)).toContainEqual(
      expect.stringMatching(/^error postmortems\/a\.md:\d+ blameless-language$/),
    );
    expect(annotations(run).some((a) => a.includes('postmortems/c.md'))).toBe(false);
    expect(run.exitCode).toBe(1);
  });

  test('globs on lines and after commas, braces kept whole', async () => {
    const workspace = tempTree({
      ...CITED_EARLIER,
      'postmortems/2026/a.md': completeOutage(),
      'rca/b.md': completeOutage(),
      'incidents/c.md': completeOutage(),
    });
    const run = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'push',
      inputs: {
        mode: 'lint',
        'fail-on': 'never',
        paths: 'postmortems/{2025,2026}/*.md, rca/*.md\nincidents/{c,d}.md\n',
      },
      apiUrl: harness.github.url,
    });
    expect(run.exitCode).toBe(0);
    // postmortems/2026/a.md, rca/b.md and incidents/c.md; not the postmortems directly in postmortems/.
    expect(run.outputs['files-checked']).toBe('3');
  });

  test('one glob of several matches nothing: fails naming it, before any output', async () => {
    const run = await runAction({
      bundle: harness.bundle,
      workspace: checkout(completeOutage()),
      eventName: 'push',
      inputs: { mode: 'lint', paths: 'postmortems/**/*.md, incidents/*.md, rca/{a,b}.md' },
      apiUrl: harness.github.url,
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'postmortem-lint failed: input "paths": no file matches "incidents/*.md"; no file matches "rca/{a,b}.md"',
    ]);
    expect(run.outputs).toEqual({});
  });

  test('a glob whose files are all ignored by the configuration fails too', async () => {
    const workspace = checkout(completeOutage(), {
      'drafts/TEMPLATE.md': completeOutage(),
      '.postmortemrc.yml': 'ignores:\n  - drafts/**\n',
    });
    const run = await runAction({
      bundle: harness.bundle,
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload({ repository: REPOSITORY, number: PULL, headSha: HEAD_SHA }),
      inputs: { paths: 'postmortems/**/*.md\ndrafts/*.md' },
      apiUrl: harness.github.url,
    });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toBe(
      'postmortem-lint failed: input "paths": every file "drafts/*.md" matches is ignored (see "ignores" in the configuration)',
    );
    expect(harness.github.requests).toEqual([]);
  });
});
