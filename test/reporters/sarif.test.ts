import { readFileSync } from 'node:fs';
import {
  FINGERPRINT_KEY,
  MAX_SARIF_RESULTS,
  absoluteLinks,
  formatSarif,
  markdownToText,
  toSarif,
  type SarifLog,
  type SarifResult,
} from '../../src/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { ruleDocsUrl } from '../../src/rules/docs-url.js';
import { RULE_ERROR, lintText } from '../../src/engine/pipeline.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { LintRun } from '../../src/engine/types.js';
import { VERSION } from '../../src/version.js';
import { config } from '../support/lint.js';
import { sampleRun } from './sample-run.js';

const EXAMPLE = 'examples/postmortems/needs-work-cache-stampede.md';
const EXAMPLE_TEXT = readFileSync(new URL(`../../${EXAMPLE}`, import.meta.url), 'utf8');
const NOW = new Date('2026-03-13T12:00:00Z');

/** A LintRun of texts linted in memory (path → text), as the CLI would see them. */
function lintRun(files: Record<string, string>): LintRun {
  const results = Object.entries(files).map(([path, text]) => {
    const outcome = lintText(path, text, config(), NOW);
    return fileResult(path, outcome.diagnostics);
  });
  return {
    results,
    index: [],
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

function runOf(log: SarifLog) {
  return log.runs[0];
}

function fingerprintsOf(log: SarifLog): string[] {
  return runOf(log).results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
}

describe('SARIF: the tool and its rules', () => {
  const log = toSarif(sampleRun(), { cwd: '/repo' });
  const { driver } = runOf(log).tool;

  test('names the tool with its version, semantic version and home page', () => {
    expect(log).toMatchObject({ version: '2.1.0', $schema: expect.stringContaining('sarif') });
    expect(driver).toMatchObject({
      name: 'postmortem-lint',
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: 'https://github.com/postmortem-lint/postmortem-lint',
    });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/);
  });

  test('describes every rule, then the findings that are not rules', () => {
    expect(driver.rules.map((rule) => rule.id)).toEqual([
      ...RULES.map((rule) => rule.meta.id),
      'invalid-file',
      'invalid-frontmatter',
      RULE_ERROR,
      'unknown-rule',
    ]);
  });

  test.each(RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s: descriptions, help (text and Markdown), link, tags and level from its metadata and page',
    (id, rule) => {
      const descriptor = driver.rules.find((candidate) => candidate.id === id);
      expect(descriptor).toMatchObject({
        id,
        shortDescription: { text: rule.meta.description },
        helpUri: ruleDocsUrl(id),
        defaultConfiguration: { level: rule.meta.defaultSeverity },
        properties: { tags: rule.meta.tags, 'problem.severity': rule.meta.defaultSeverity },
      });
      // A Pascal-case friendly name, unless it would only repeat the id (SARIF1001).
      if (id.includes('-')) expect(descriptor!.name).toMatch(/^(?:[A-Z][a-z]+)+$/);
      else expect(descriptor).not.toHaveProperty('name');
      const { fullDescription, help } = descriptor!;
      expect(fullDescription.text.startsWith(rule.meta.description)).toBe(true);
      expect(fullDescription.text.length).toBeGreaterThan(rule.meta.description.length);
      // The page's explanation, its options (from the metadata) and the link to the page.
      expect(help.markdown).toContain('## Why');
      expect(help.markdown).toContain(`[Full documentation](${ruleDocsUrl(id)})`);
      expect(help.markdown).toContain(`\`rules.${id}\``);
      const options = Object.keys(
        (rule.meta.optionsSchema.properties as Record<string, unknown> | undefined) ?? {},
      );
      for (const option of options) expect(help.markdown).toContain(`- \`${option}\`: `);
      // The text is the same help without Markdown.
      expect(help.text).toContain(rule.meta.description);
      expect(help.text).toContain(ruleDocsUrl(id));
      expect(help.text).not.toMatch(/^## Why$/m);
      expect(help.text).not.toContain('[Full documentation](');
      // Links are absolute: the help is shown far from docs/rules/.
      for (const [, href] of help.markdown.matchAll(/\]\(([^)]+)\)/g))
        expect(href).toMatch(/^https:\/\//);
    },
  );

  test.each(['invalid-file', 'invalid-frontmatter', RULE_ERROR, 'unknown-rule'])(
    '%s is described like a rule, at error level',
    (id) => {
      const descriptor = driver.rules.find((candidate) => candidate.id === id);
      expect(descriptor).toMatchObject({
        shortDescription: { text: expect.stringMatching(/\.$/) },
        fullDescription: { text: expect.any(String), markdown: expect.any(String) },
        help: { text: expect.any(String), markdown: expect.stringContaining('## Why') },
        helpUri: expect.stringMatching(/^https:\/\//),
        defaultConfiguration: { level: 'error' },
        properties: { tags: expect.arrayContaining([expect.any(String)]) },
      });
    },
  );

  test('a rule outside the registry still gets a full descriptor, once', () => {
    const run = sampleRun();
    const extra: Diagnostic = {
      ruleId: 'plugin-rule',
      severity: 'warning',
      message: 'From a plugin.',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 3,
    };
    run.results[1] = fileResult('postmortems/clean.md', [extra, { ...extra, line: 3, endLine: 3 }]);
    const withPlugin = runOf(toSarif(run, { cwd: '/repo' }));
    const descriptors = withPlugin.tool.driver.rules.filter((rule) => rule.id === 'plugin-rule');
    expect(descriptors).toHaveLength(1);
    expect(descriptors[0]).toMatchObject({
      name: 'PluginRule',
      fullDescription: { text: expect.any(String) },
      help: { text: expect.any(String), markdown: expect.any(String) },
      defaultConfiguration: { level: 'warning' },
    });
    const results = withPlugin.results.filter((result) => result.ruleId === 'plugin-rule');
    expect(results.map((result) => withPlugin.tool.driver.rules[result.ruleIndex].id)).toEqual([
      'plugin-rule',
      'plugin-rule',
    ]);
  });
});

describe('SARIF: results', () => {
  const log = toSarif(sampleRun(), { cwd: '/repo' });

  test('one result per finding: rule, level, message, relative location, fingerprint', () => {
    const [first, second, third] = runOf(log).results;
    expect(first).toEqual({
      ruleId: 'blameless-language',
      ruleIndex: RULES.findIndex((rule) => rule.meta.id === 'blameless-language'),
      level: 'error',
      message: { text: 'Blaming language "careless". Suggestion: Name the missing safeguard.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'postmortems/2026/outage.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 9 },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}:1$/) },
    });
    expect(second).toMatchObject({ ruleId: 'action-items', level: 'warning' });
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'postmortems/binary%20file.md',
    );
    expect(runOf(log).results).toHaveLength(3);
  });

  test('%SRCROOT% is declared, without an absolute path; columns count UTF-16 code units', () => {
    expect(runOf(log).originalUriBaseIds).toEqual({
      '%SRCROOT%': { description: { text: expect.any(String) } },
    });
    expect(runOf(log).columnKind).toBe('utf16CodeUnits');
    // No absolute path (the cwd is /repo); rule help may still mention owner/repo#123.
    expect(JSON.stringify(log)).not.toMatch(/["\s(]\/repo\b/);
    expect(JSON.stringify(log)).not.toContain('file://');
  });

  test('a file outside the base directory is a relative reference with "..", not a file: URI', () => {
    const outside = toSarif(sampleRun(), { cwd: '/repo', baseDir: 'postmortems/2026' });
    const uris = runOf(outside).results.map(
      (result) => result.locations[0].physicalLocation.artifactLocation,
    );
    expect(uris).toEqual([
      { uri: 'outage.md', uriBaseId: '%SRCROOT%' },
      { uri: 'outage.md', uriBaseId: '%SRCROOT%' },
      { uri: '../binary%20file.md', uriBaseId: '%SRCROOT%' },
    ]);
  });

  test('regions are 1-based, end after start; a point finding covers one column', () => {
    const run = sampleRun();
    const at = (fields: Partial<Diagnostic>): Diagnostic => ({
      ruleId: 'required-sections',
      severity: 'error',
      message: 'Missing a section.',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 1,
      ...fields,
    });
    run.results = [
      fileResult('a.md', [
        at({}),
        at({ line: 4, column: 7, endLine: 4, endColumn: 2 }),
        at({ line: 5, column: 0, endLine: 0, endColumn: 0 }),
        at({ line: 6, column: 2, endLine: 8, endColumn: 1 }),
      ]),
    ];
    const regions = runOf(toSarif(run, { cwd: '/repo' })).results.map(
      (result) => result.locations[0].physicalLocation.region,
    );
    expect(regions).toEqual([
      { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 },
      { startLine: 4, startColumn: 7, endLine: 4, endColumn: 8 },
      { startLine: 5, startColumn: 1, endLine: 5, endColumn: 2 },
      { startLine: 6, startColumn: 2, endLine: 8, endColumn: 1 },
    ]);
  });

  test('formatSarif is toSarif as indented JSON with a final newline', () => {
    const text = formatSarif(sampleRun(), { cwd: '/repo' });
    expect(JSON.parse(text)).toEqual(log);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('SARIF: fingerprints', () => {
  const original = toSarif(lintRun({ [EXAMPLE]: EXAMPLE_TEXT }), { cwd: process.cwd() });
  const results = runOf(original).results;

  test('every result has one, unique in the run; equal messages are told apart by order', () => {
    const fingerprints = fingerprintsOf(original);
    expect(fingerprints.length).toBeGreaterThan(10);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const humanError = results.filter((result) => result.message.text.includes('"Human error"'));
    expect(humanError.map((result) => result.partialFingerprints[FINGERPRINT_KEY])).toEqual([
      expect.stringMatching(/:1$/),
      expect.stringMatching(/:2$/),
    ]);
    expect(humanError[0].partialFingerprints[FINGERPRINT_KEY].split(':')[0]).toBe(
      humanError[1].partialFingerprints[FINGERPRINT_KEY].split(':')[0],
    );
  });

  test('lines inserted above the findings move them, not their fingerprints', () => {
    const lines = EXAMPLE_TEXT.split('\n');
    const at = lines.indexOf('## Executive Summary');
    expect(at).toBeGreaterThan(0);
    const shifted = [
      ...lines.slice(0, at),
      'An added note, with a [link](https://example.com).',
      '',
      '',
      ...lines.slice(at),
    ].join('\n');
    const moved = toSarif(lintRun({ [EXAMPLE]: shifted }), { cwd: process.cwd() });
    const startLines = (log: SarifLog) =>
      runOf(log).results.map((result) => result.locations[0].physicalLocation.region.startLine);
    // The same findings, three lines further down (those below the insertion point).
    expect(runOf(moved).results.map((result) => result.message.text)).toEqual(
      results.map((result) => result.message.text),
    );
    expect(startLines(moved)).toEqual(
      startLines(original).map((line) => (line > at ? line + 3 : line)),
    );
    expect(startLines(moved)).not.toEqual(startLines(original));
    expect(fingerprintsOf(moved)).toEqual(fingerprintsOf(original));
  });

  test("a finding's own text changes its fingerprint, and only its own", () => {
    const edited = EXAMPLE_TEXT.replace('he was careless', 'he was sloppy');
    expect(edited).not.toBe(EXAMPLE_TEXT);
    const after = toSarif(lintRun({ [EXAMPLE]: edited }), { cwd: process.cwd() });
    const before = fingerprintsOf(original);
    const now = fingerprintsOf(after);
    expect(now).toHaveLength(before.length);
    const changed = now.flatMap((fingerprint, index) =>
      fingerprint === before[index] ? [] : [runOf(after).results[index].message.text],
    );
    expect(changed).toEqual([expect.stringContaining('Blaming language "sloppy"')]);
  });

  test('rule, file and message make the key; numbers in the message (line refs, day counts) do not', () => {
    const diagnostic: Diagnostic = {
      ruleId: 'action-items',
      severity: 'warning',
      message: 'Action item WEB-1 is 4 days overdue (also used on line 12).',
      line: 10,
      column: 3,
      endLine: 10,
      endColumn: 9,
    };
    const fingerprint = (filePath: string, fields: Partial<Diagnostic>): string => {
      const run = sampleRun();
      run.results = [fileResult(filePath, [{ ...diagnostic, ...fields }])];
      return fingerprintsOf(toSarif(run, { cwd: '/repo' }))[0];
    };
    const base = fingerprint('a.md', {});
    expect(fingerprint('a.md', { line: 30, endLine: 30, column: 1 })).toBe(base);
    expect(
      fingerprint('a.md', {
        message: 'Action item WEB-1 is 5 days overdue (also used on line 15).',
      }),
    ).toBe(base);
    expect(fingerprint('a.md', { suggestion: 'A new suggestion.' })).toBe(base);
    expect(fingerprint('b.md', {})).not.toBe(base);
    expect(fingerprint('a.md', { ruleId: 'five-whys' })).not.toBe(base);
    expect(fingerprint('a.md', { message: 'Action item WEB-1 has no owner.' })).not.toBe(base);
  });
});

describe('SARIF: the 25,000-result limit', () => {
  /** `count` findings over 100 files; every `errorEvery`-th one an error, the others warnings. */
  function bigRun(count: number, errorEvery: number): LintRun {
    const files = new Map<string, Diagnostic[]>();
    for (let i = 0; i < count; i++) {
      const path = `postmortems/file-${i % 100}.md`;
      const line = Math.floor(i / 100) + 1;
      const list = files.get(path) ?? [];
      list.push({
        ruleId: 'no-placeholders',
        severity: i % errorEvery === 0 ? 'error' : 'warning',
        message: `Unfilled placeholder "TBD" number ${i}.`,
        line,
        column: 1,
        endLine: line,
        endColumn: 4,
      });
      files.set(path, list);
    }
    const results = [...files].map(([path, diagnostics]) => fileResult(path, diagnostics));
    return {
      results,
      index: [],
      errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
      warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
    };
  }

  test('25,010 findings: 25,000 results, a notification and a run property for the 10 left out', () => {
    expect(MAX_SARIF_RESULTS).toBe(25_000);
    const run = bigRun(25_010, 2);
    const sarif = runOf(toSarif(run, { cwd: '/repo' }));
    expect(sarif.results).toHaveLength(25_000);
    expect(sarif.properties).toEqual({ omittedResults: 10 });
    expect(sarif.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: {
              text: expect.stringMatching(/^10 results left out: .*at most 25,000 results per run/),
            },
          },
        ],
      },
    ]);
    // Errors are kept first: only warnings were left out, and the order is the run's.
    const levels = (results: SarifResult[]) =>
      results.reduce((count, result) => count + (result.level === 'error' ? 1 : 0), 0);
    expect(levels(sarif.results)).toBe(run.errorCount);
    const all = run.results.flatMap((result) => result.diagnostics.map((d) => d.message));
    const kept = sarif.results.map((result) => result.message.text);
    const keptSet = new Set(kept);
    expect(kept).toEqual(all.filter((message) => keptSet.has(message)));
    const fingerprints = sarif.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fingerprints).size).toBe(25_000);
  });

  test('more errors than the limit: the first 25,000 errors, no warning', () => {
    const sarif = runOf(toSarif(bigRun(25_010, 1), { cwd: '/repo' }));
    expect(sarif.results).toHaveLength(25_000);
    expect(sarif.results.every((result) => result.level === 'error')).toBe(true);
    expect(sarif.properties).toEqual({ omittedResults: 10 });
  });

  test('exactly 25,000 findings: all of them, no notification, no property', () => {
    const sarif = runOf(toSarif(bigRun(25_000, 3), { cwd: '/repo' }));
    expect(sarif.results).toHaveLength(25_000);
    expect(sarif.properties).toBeUndefined();
    expect(sarif.invocations).toEqual([{ executionSuccessful: true }]);
  });
});

describe('SARIF: the invocation', () => {
  test('a rule that threw makes the execution unsuccessful, with an error notification', () => {
    const run = sampleRun();
    run.results.push(
      fileResult('postmortems/other.md', [
        {
          ruleId: RULE_ERROR,
          severity: 'error',
          message: 'Rule five-whys failed on this file (boom).',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        },
      ]),
    );
    const sarif = runOf(toSarif(run, { cwd: '/repo' }));
    expect(sarif.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [
        { level: 'error', message: { text: expect.stringContaining('A rule failed 1 time') } },
      ],
    });
    expect(sarif.results.at(-1)).toMatchObject({ ruleId: RULE_ERROR, level: 'error' });
  });

  test('no automationDetails unless a category is given (upload-sarif keeps an existing id)', () => {
    expect(runOf(toSarif(sampleRun(), { cwd: '/repo' })).automationDetails).toBeUndefined();
    expect(
      runOf(toSarif(sampleRun(), { cwd: '/repo', category: 'postmortems' })).automationDetails,
    ).toEqual({ id: 'postmortems/' });
    expect(
      runOf(toSarif(sampleRun(), { cwd: '/repo', category: 'postmortems/' })).automationDetails,
    ).toEqual({ id: 'postmortems/' });
  });
});

describe('help text helpers', () => {
  test('relative links become absolute, against the page they come from', () => {
    const page = 'https://github.com/o/r/blob/main/docs/rules/x.md';
    expect(
      absoluteLinks(
        'See [config](../../README.md#configuration), [y](y.md "Y"), [abs](https://a.b/c), [top](#why).\n[ref]: ../z.md',
        page,
      ),
    ).toBe(
      'See [config](https://github.com/o/r/blob/main/README.md#configuration), [y](https://github.com/o/r/blob/main/docs/rules/y.md "Y"), [abs](https://a.b/c), [top](https://github.com/o/r/blob/main/docs/rules/x.md#why).\n[ref]: https://github.com/o/r/blob/main/docs/z.md',
    );
  });

  test('Markdown to plain text: no heading marks, emphasis or link syntax; code as written', () => {
    expect(
      markdownToText(
        [
          '## Why',
          '',
          'The **practice** says _blameless always_; `root_cause_category` and `` `x` `` stay,',
          'and so does `\\[a-z\\]` **across',
          'lines**. A [link](https://a.b) and <https://c.d>, a\\|pipe, snake_case_name.',
          '```yaml',
          "- '\\[x\\]' # **kept**",
          '```',
        ].join('\n'),
      ),
    ).toBe(
      [
        'Why',
        '',
        'The practice says blameless always; root_cause_category and `x` stay,',
        'and so does \\[a-z\\] across',
        'lines. A link (https://a.b) and <https://c.d>, a|pipe, snake_case_name.',
        "- '\\[x\\]' # **kept**",
      ].join('\n'),
    );
  });
});
