import { describe, expect, test } from '@jest/globals';
import type { LintRun } from '../../src/engine/types.js';
import type { Diagnostic, FileResult } from '../../src/diagnostics/types.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';
import {
  annotationProperties,
  hiddenAnnotationsNotice,
  planAnnotations,
} from '../../src/github/annotations.js';
import { buildCommentBody, COMMENT_MARKER } from '../../src/github/comment.js';
import type { RunContext } from '../../src/github/context.js';
import type { CheckedRun } from '../../src/github/findings-markdown.js';
import { failureReason } from '../../src/github/lint-mode.js';
import { inlineText, link, urlPath } from '../../src/text/markdown-escape.js';
import { buildSummary, SUMMARY_BUDGET_BYTES } from '../../src/github/summary.js';
import { resolveMode, splitList } from '../../src/github/inputs.js';

const ZWJ = '\u200D';

const context: RunContext = {
  eventName: 'pull_request',
  owner: 'acme',
  repo: 'incidents',
  workspace: '/work/repo',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  sha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/incidents/actions/runs/99',
  pullRequest: { number: 3, headSha: '0123456789abcdef0123456789abcdef01234567', fromFork: false },
  tempDir: null,
  ref: 'refs/pull/3/merge',
  defaultBranch: 'main',
};

function finding(
  line: number,
  severity: Diagnostic['severity'],
  message = 'Something is missing.',
): Diagnostic {
  return {
    ruleId: 'required-sections',
    severity,
    message,
    line,
    column: 3,
    endLine: line,
    endColumn: 9,
  };
}

function runOf(results: FileResult[]): LintRun {
  return {
    results,
    index: [],
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

function checked(results: FileResult[], failOn: CheckedRun['failOn'] = 'error'): CheckedRun {
  return { run: runOf(results), changedOnly: true, failOn };
}

describe('inlineText: postmortem text shown, never acting', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!-- postmortem-lint:comment -->', '&lt;!-- postmortem-lint:comment --&gt;'],
    ['a | b', 'a \\| b'],
    ['line one\nline two\r\nthree', 'line one line two three'],
    ['cc @alice and @acme/sre', `cc @${ZWJ}alice and @${ZWJ}acme/sre`],
    ['see #12, GH-7 and acme/api#3', `see #${ZWJ}12, GH-${ZWJ}7 and acme/api#${ZWJ}3`],
    [
      '**bold** _em_ `code` [link](x) ~~gone~~',
      '\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\[link\\](x) \\~\\~gone\\~\\~',
    ],
    ['AT&T', 'AT&amp;T'],
    ['mail ops@example.com', `mail ops@${ZWJ}example.com`],
  ])('%j', (text, shown) => {
    expect(inlineText(text)).toBe(shown);
  });

  test('links: escaped text, URL that cannot end the destination early', () => {
    expect(urlPath('postmortems/a b/(draft)!.md')).toBe('postmortems/a%20b/%28draft%29%21.md');
    expect(link('a|b', 'https://x.test/p(1) q')).toBe('[a\\|b](https://x.test/p%281%29%20q)');
  });
});

describe('annotations', () => {
  test('one-line findings get inclusive columns; multi-line findings get none', () => {
    expect(annotationProperties('postmortems/a.md', finding(4, 'error'))).toEqual({
      file: 'postmortems/a.md',
      startLine: 4,
      endLine: 4,
      startColumn: 3,
      endColumn: 8,
      title: 'required-sections',
    });
    const span = { ...finding(4, 'error'), endLine: 6, endColumn: 2 };
    expect(annotationProperties('a.md', span)).toEqual({
      file: 'a.md',
      startLine: 4,
      endLine: 6,
      title: 'required-sections',
    });
    // An empty span (file-level finding at a point) still gives a valid range.
    const point = { ...finding(1, 'error'), column: 1, endColumn: 1 };
    expect(annotationProperties('a.md', point)).toMatchObject({ startColumn: 1, endColumn: 1 });
  });

  test('errors first, then warnings, in file order, at most 10 of each; the rest counted', () => {
    const a = fileResult('a.md', [
      ...Array.from({ length: 8 }, (_, i) => finding(i + 1, 'error')),
      ...Array.from({ length: 3 }, (_, i) => finding(i + 20, 'warning')),
    ]);
    const b = fileResult(
      'b.md',
      Array.from({ length: 5 }, (_, i) => finding(i + 1, 'error')),
    );
    const plan = planAnnotations([a, b]);
    expect(
      plan.annotations.map((x) => `${x.severity} ${x.properties.file}:${x.properties.startLine}`),
    ).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `error a.md:${i + 1}`),
      'error b.md:1',
      'error b.md:2',
      'warning a.md:20',
      'warning a.md:21',
      'warning a.md:22',
    ]);
    expect(plan).toMatchObject({ hiddenErrors: 3, hiddenWarnings: 0 });
    expect(hiddenAnnotationsNotice(plan, 'the job summary')).toBe(
      '3 errors not shown as annotations (GitHub displays 10 of each per step). Every finding is listed in the job summary.',
    );
    expect(hiddenAnnotationsNotice(planAnnotations([b]), 'x')).toBeNull();
  });

  test("a failing step keeps an error slot for its failure line: 9 findings + core.setFailed's line", () => {
    const many = fileResult(
      'a.md',
      Array.from({ length: 12 }, (_, i) => finding(i + 1, 'error')),
    );
    const failing = planAnnotations([many], { errors: 1 });
    expect(failing.annotations.map((x) => x.properties.startLine)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(failing).toMatchObject({ hiddenErrors: 3, hiddenWarnings: 0, reservedErrors: 1 });
    expect(hiddenAnnotationsNotice(failing, 'the job summary')).toBe(
      '3 errors not shown as annotations (GitHub displays 10 of each per step, one of the errors being the failure line). ' +
        'Every finding is listed in the job summary.',
    );
    // Exactly 9 findings: every one shown, nothing to say.
    const nine = fileResult(
      'a.md',
      Array.from({ length: 9 }, (_, i) => finding(i + 1, 'error')),
    );
    expect(hiddenAnnotationsNotice(planAnnotations([nine], { errors: 1 }), 'x')).toBeNull();
    // The step's own warnings (an unusable cache file) take warning slots the same way.
    const warnings = fileResult(
      'a.md',
      Array.from({ length: 10 }, (_, i) => finding(i + 1, 'warning')),
    );
    expect(planAnnotations([warnings], { warnings: 2 })).toMatchObject({ hiddenWarnings: 2 });
    expect(planAnnotations([warnings], { warnings: 2 }).annotations).toHaveLength(8);
  });

  test('the message carries the suggestion', () => {
    const result = fileResult('a.md', [
      { ...finding(1, 'warning'), suggestion: 'Say what the system allowed.' },
    ]);
    expect(planAnnotations([result]).annotations[0].message).toBe(
      'Something is missing. Suggestion: Say what the system allowed.',
    );
  });
});

describe('fail-on', () => {
  const warningsOnly = [fileResult('a.md', [finding(1, 'warning')])];
  const withError = [fileResult('a.md', [finding(1, 'error'), finding(2, 'warning')])];
  test.each([
    ['error', warningsOnly, null],
    [
      'error',
      withError,
      'postmortem-lint found 1 error and 1 warning in 1 changed postmortem (fail-on: error).',
    ],
    [
      'warning',
      warningsOnly,
      'postmortem-lint found 1 warning in 1 changed postmortem (fail-on: warning).',
    ],
    ['never', withError, null],
  ] as const)('fail-on %s', (failOn, results, reason) => {
    expect(failureReason(checked([...results], failOn))).toBe(reason);
  });
});

describe('job summary size', () => {
  test('findings stop before the budget, with a note saying how many were left out and where', () => {
    const long = 'A finding with a long explanation that repeats itself. '.repeat(8);
    const files = Array.from({ length: 60 }, (_, f) =>
      fileResult(
        `postmortems/incident-${f}.md`,
        Array.from({ length: 80 }, (_, i) => finding(i + 1, 'error', long)),
      ),
    );
    const summary = buildSummary(context, checked(files), { fullResults: ['the JSON results'] });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(SUMMARY_BUDGET_BYTES - 4096);
    const shown = summary
      .split('\n')
      .filter(
        (line) => line.startsWith('| [postmortems/incident-') && line.includes(':1:3'),
      ).length;
    const shownFindings = summary
      .split('\n')
      .filter((line) => line.includes('| ❌ error |')).length;
    expect(shown).toBeGreaterThan(0);
    expect(summary).toContain(
      `${60 * 80 - shownFindings} more findings left out to keep this summary under GitHub's 1 MiB limit; all findings are in the JSON results.`,
    );
    // The per-file table is complete: it is small.
    expect(
      summary.split('\n').filter((line) => / \| ❌ fail \| 80 \| 0 \|$/.test(line)),
    ).toHaveLength(60);
  });

  test('a huge corpus cuts the per-file table too, leaving room for the findings', () => {
    const files = Array.from({ length: 5000 }, (_, f) =>
      fileResult(`postmortems/a-very-long-directory-name/incident-${f}.md`, []),
    );
    files.push(fileResult('postmortems/zz-last.md', [finding(1, 'error')]));
    const summary = buildSummary(context, checked(files, 'error'), {
      fullResults: ['x'],
      budgetBytes: 200_000,
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(200_000);
    expect(summary).toMatch(/…and \d+ more postmortems\./);
    expect(summary).toContain('[postmortems/zz-last.md:1:3]');
  });
});

describe('sticky comment body', () => {
  test('marker first, headline, at most 50 findings, then a pointer to the summary', () => {
    const files = [
      fileResult(
        'postmortems/a.md',
        Array.from({ length: 2000 }, (_, i) => finding(i + 1, 'error')),
      ),
    ];
    const body = buildCommentBody(context, checked(files));
    expect(
      body.startsWith(
        `${COMMENT_MARKER}\n\n### postmortem-lint: ❌ 2000 errors in 1 changed postmortem\n`,
      ),
    ).toBe(true);
    expect(body.split('\n').filter((line) => line.startsWith('| [postmortems/a.md:'))).toHaveLength(
      50,
    );
    expect(body).toContain(
      '\n1950 more findings in [job summary](https://github.com/acme/incidents/actions/runs/99).\n',
    );
    expect(body).toContain('<sub>Checked at 0123456 with fail-on: error.');
  });

  test('long findings are cut to the comment size limit', () => {
    const long = 'x'.repeat(5000);
    const files = [
      fileResult(
        'postmortems/a.md',
        Array.from({ length: 40 }, (_, i) => finding(i + 1, 'error', long)),
      ),
    ];
    const body = buildCommentBody(context, checked(files));
    expect(body.length).toBeLessThan(65_536);
    const shown = body.split('\n').filter((line) => line.startsWith('| [postmortems/a.md:')).length;
    expect(shown).toBeGreaterThan(5);
    expect(body).toContain(`\n${40 - shown} more findings in [job summary]`);
  });

  test('all pass: short, no table', () => {
    const body = buildCommentBody(context, checked([fileResult('postmortems/a.md', [])]));
    expect(body).toBe(
      `${COMMENT_MARKER}\n\n### postmortem-lint: ✅ All 1 changed postmortem pass\n\n` +
        '<sub>Checked at 0123456 with fail-on: error. Details: [job summary](https://github.com/acme/incidents/actions/runs/99).</sub>\n',
    );
  });
});

describe('inputs', () => {
  test('paths: newline- or comma-separated', () => {
    expect(splitList('postmortems/**/*.md\n  incidents/*.md , \n\nrca/*.md')).toEqual([
      'postmortems/**/*.md',
      'incidents/*.md',
      'rca/*.md',
    ]);
  });

  test.each([
    ['postmortems/{a,b}.md', ['postmortems/{a,b}.md']],
    ['postmortems/{2025,2026}/*.md, rca/*.md', ['postmortems/{2025,2026}/*.md', 'rca/*.md']],
    ['pm/{a,{b,c}}.md,x.md', ['pm/{a,{b,c}}.md', 'x.md']],
    [
      'postmortems/{a,b}.md\r\nincidents/{c,d}/*.md',
      ['postmortems/{a,b}.md', 'incidents/{c,d}/*.md'],
    ],
    ['odd\\,name.md, b.md', ['odd\\,name.md', 'b.md']],
    ['a}.md,b.md', ['a}.md', 'b.md']],
  ])('paths: a comma inside braces belongs to the glob: %j', (text, globs) => {
    expect(splitList(text)).toEqual(globs);
  });

  test.each([
    ['auto', 'pull_request', 'lint'],
    ['auto', 'push', 'report'],
    ['auto', 'schedule', 'report'],
    ['auto', 'workflow_dispatch', 'report'],
    ['auto', 'merge_group', 'lint'],
    ['lint', 'schedule', 'lint'],
    ['report', 'pull_request', 'report'],
  ] as const)('mode %s on %s → %s', (mode, event, resolved) => {
    expect(resolveMode(mode, event)).toBe(resolved);
  });
});
