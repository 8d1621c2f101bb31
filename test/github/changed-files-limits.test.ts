import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { tempTree } from '../support/lint.js';
import {
  CITED_EARLIER,
  UNCITED_EARLIER,
  UNCITED_PATH,
  completeOutage,
  earlierIncident,
} from './postmortems.js';
import {
  actionHarness,
  pullRequestPayload,
  runAction,
  type ActionRun,
  type ActionRunOptions,
} from './run-action.js';

// Issue 13: a pull request GitHub does not list in full, and postmortems the literal default
// glob `postmortems/**/*.md` would miss.

const REPOSITORY = 'acme/incidents';
const PULL = 13;
const HEAD_SHA = 'feedc0de00000000000000000000000000000013';
const OUTAGE = 'postmortems/2026-02-05-api-outage.md';
const LONG_EXTENSION = 'postmortems/2026/2026-01-10-queue-backlog.markdown';
const UPPER_CASE = 'postmortems/2026/2026-01-20-dns-expiry.MD';

const harness = actionHarness();

function checkout(extra: Record<string, string> = {}): string {
  return tempTree({
    ...CITED_EARLIER,
    [UNCITED_PATH]: UNCITED_EARLIER,
    [OUTAGE]: completeOutage(),
    'README.md': '# Incidents\n',
    ...extra,
  });
}

function onPullRequest(
  workspace: string,
  options: { changedFiles?: number; inputs?: ActionRunOptions['inputs'] } = {},
): Promise<ActionRun> {
  const payload = pullRequestPayload({ repository: REPOSITORY, number: PULL, headSha: HEAD_SHA });
  if (options.changedFiles !== undefined)
    (payload.pull_request as { changed_files: number }).changed_files = options.changedFiles;
  return runAction({
    bundle: harness.bundle,
    workspace,
    eventName: 'pull_request',
    payload,
    apiUrl: harness.github.url,
    inputs: options.inputs,
  });
}

const notices = (run: ActionRun): string[] =>
  run.commands.filter((c) => c.command === 'notice').map((c) => c.message);

/** The repository paths in the JSON results (output `json`). */
function checkedPaths(run: ActionRun): string[] {
  const results = JSON.parse(readFileSync(run.outputs.json, 'utf8')) as { filePath: string }[];
  return results.map((result) => result.filePath.slice(result.filePath.indexOf('postmortems/')));
}

const listRequests = (): number =>
  harness.github.requests.filter((r) => r.path.endsWith(`/pulls/${PULL}/files`)).length;

/** `count` unrelated files, none a postmortem. */
function unrelatedFiles(count: number): { filename: string; status: 'modified' }[] {
  return Array.from({ length: count }, (_, i) => ({
    filename: `services/api/file-${i}.ts`,
    status: 'modified' as const,
  }));
}

const CORPUS = [...Object.keys(CITED_EARLIER), UNCITED_PATH, OUTAGE].sort();

describe('a pull request GitHub does not list in full', () => {
  test('the API lists fewer files than the payload counts: notice, every postmortem checked', async () => {
    // What GitHub does past 3,000 files, scaled down: the listing stops short of changed_files.
    harness.github.pullFiles.set(PULL, unrelatedFiles(150));
    const run = await onPullRequest(checkout(), { changedFiles: 350 });
    expect(notices(run)).toContainEqual(
      'GitHub lists at most 3,000 files of a pull request; this one changes 350: checking every postmortem.',
    );
    expect(run.outputs['files-checked']).toBe(String(CORPUS.length));
    expect(checkedPaths(run).sort()).toEqual(CORPUS);
    expect(run.summary).not.toContain('changed in this pull request');
  });

  test('changed_files past 3,000: every postmortem checked, without listing the files', async () => {
    harness.github.pullFiles.set(PULL, unrelatedFiles(10));
    const run = await onPullRequest(checkout(), { changedFiles: 4210 });
    expect(notices(run)).toContainEqual(
      'GitHub lists at most 3,000 files of a pull request; this one changes 4,210: checking every postmortem.',
    );
    expect(listRequests()).toBe(0);
    expect(checkedPaths(run).sort()).toEqual(CORPUS);
  });

  test('a complete listing (removed files counted) checks only the changed postmortems', async () => {
    harness.github.pullFiles.set(PULL, [
      ...unrelatedFiles(2),
      { filename: 'postmortems/2024-01-01-retired.md', status: 'removed' },
      { filename: OUTAGE, status: 'modified' },
    ]);
    const run = await onPullRequest(checkout(), { changedFiles: 4 });
    expect(notices(run).join('\n')).not.toContain('at most 3,000');
    expect(listRequests()).toBe(1);
    expect(checkedPaths(run)).toEqual([OUTAGE]);
    expect(run.summary).toContain('changed in this pull request');
  });
});

describe('the default paths find every Markdown postmortem, as the CLI does', () => {
  const extra = {
    [LONG_EXTENSION]: earlierIncident('INC-2026-0110-001', '2026-01-10'),
    [UPPER_CASE]: earlierIncident('INC-2026-0120-001', '2026-01-20'),
  };

  test('a .markdown and a .MD postmortem a pull request changes are checked with default inputs', async () => {
    harness.github.pullFiles.set(PULL, [
      { filename: LONG_EXTENSION, status: 'added' },
      { filename: UPPER_CASE, status: 'added' },
    ]);
    const run = await onPullRequest(checkout(extra), { changedFiles: 2 });
    expect(run.outputs['files-checked']).toBe('2');
    expect(checkedPaths(run).sort()).toEqual([LONG_EXTENSION, UPPER_CASE].sort());
  });

  test('an empty paths input is the default too; the whole corpus includes them', async () => {
    harness.github.pullFiles.set(PULL, unrelatedFiles(1));
    const run = await onPullRequest(checkout(extra), {
      changedFiles: 1,
      inputs: { paths: '', 'changed-only': 'false' },
    });
    expect(checkedPaths(run).sort()).toEqual([...CORPUS, LONG_EXTENSION, UPPER_CASE].sort());
  });

  test('a glob the workflow writes matches as written', async () => {
    const run = await onPullRequest(checkout(extra), {
      inputs: { paths: 'postmortems/**/*.md, postmortems/*.md', 'changed-only': 'false' },
    });
    expect(checkedPaths(run).sort()).toEqual(CORPUS);
  });
});
