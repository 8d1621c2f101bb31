import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/lint.js';
import { runCli } from './run-cli.js';
import { BAD, GOOD, GOOD_FRONTMATTER, NOW, ONE_ERROR } from './fixtures.js';
import type { EslintFileResult } from '../../src/reporters/json.js';
import type { SarifLog } from '../../src/reporters/sarif.js';
import { VERSION } from '../../src/version.js';

const WARNINGS_ONLY = 'rules:\n  blameless-language: warning\n';

describe('help and version', () => {
  test('--version prints the package version', async () => {
    const outcome = await runCli(['--version'], process.cwd());
    expect(outcome).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('--help lists the commands and the lint options', async () => {
    const outcome = await runCli(['--help'], process.cwd());
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^Usage: postmortem-lint \[command\]/);
    expect(outcome.stdout).toContain('  lint  ');
    for (const option of [
      '--config FILE',
      '--format NAME',
      '--now DATE',
      '--max-warnings N',
      '--quiet',
      '--output-file FILE',
    ]) {
      expect(outcome.stdout).toContain(option);
    }
  });

  test('lint --help and a bare --help after paths show the lint usage', async () => {
    for (const argv of [
      ['lint', '--help'],
      ['some/path', '-h'],
    ]) {
      const outcome = await runCli(argv, process.cwd());
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toContain('Usage: postmortem-lint lint [options]');
    }
  });
});

describe('exit codes and formats', () => {
  test('clean postmortems: exit 0 and one line saying how many were checked (default files: postmortems/**/*.md)', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD, 'postmortems/2026/b.md': GOOD_FRONTMATTER });
    expect(await runCli(['--now', NOW], root)).toEqual({
      code: 0,
      stdout: '✔ 2 postmortems checked, no problems\n',
      stderr: '',
    });
    expect((await runCli(['--now', NOW, 'postmortems/a.md'], root)).stdout).toBe(
      '✔ 1 postmortem checked, no problems\n',
    );
    expect(await runCli(['--now', NOW, '--quiet'], root)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  test('an error: exit 1, stylish rows file:line:col severity message rule-id, then the summary', async () => {
    const root = tempTree({ 'postmortems/a.md': ONE_ERROR });
    const line = ONE_ERROR.split('\n').findIndex((text) => text.includes('human error')) + 1;
    const outcome = await runCli(['--now', NOW], root);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(
      new RegExp(
        `^  postmortems/a\\.md:${line}:\\d+  error  Blaming language "human error".*  blameless-language$`,
        'm',
      ),
    );
    expect(outcome.stdout.trimEnd().split('\n').pop()).toBe('✖ 1 problem (1 error, 0 warnings)');
    expect(outcome.stdout).not.toContain('\u001b[');
  });

  test('--format json prints ESLint JSON with absolute paths', async () => {
    const root = tempTree({ 'postmortems/a.md': ONE_ERROR, 'postmortems/b.md': GOOD });
    const outcome = await runCli(['--now', NOW, '--format', 'json'], root);
    expect(outcome.code).toBe(1);
    const results = JSON.parse(outcome.stdout) as EslintFileResult[];
    expect(results.map((result) => result.filePath)).toEqual([
      join(root, 'postmortems/a.md'),
      join(root, 'postmortems/b.md'),
    ]);
    expect(results[0].messages).toEqual([
      expect.objectContaining({ ruleId: 'blameless-language', severity: 2 }),
    ]);
    expect(results[1]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });

  test('--format sarif prints SARIF 2.1.0 with paths relative to the working directory', async () => {
    const root = tempTree({ 'postmortems/a.md': ONE_ERROR });
    const outcome = await runCli(['--now', NOW, '-f', 'sarif'], root);
    expect(outcome.code).toBe(1);
    const log = JSON.parse(outcome.stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(
      log.runs[0].results.map(
        (result) => result.locations[0].physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['postmortems/a.md']);
  });

  test('an unknown format, a bad --now, a bad number or an unknown option: exit 2 with the reason', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD });
    const cases: [string[], string][] = [
      [
        ['--format', 'xml'],
        '--format must be stylish, json, sarif or the path of a formatter module such as ./my-formatter.js (got "xml")',
      ],
      [['--now', 'yesterday'], '--now must be an ISO date'],
      [['--now', '2026-02-30'], '--now must be an ISO date'],
      [['--max-warnings', 'many'], '--max-warnings must be a whole number >= 0'],
      [['--jobs', '0'], '--jobs must be a whole number >= 1'],
      [['--fromat', 'json'], "Unknown option '--fromat'"],
    ];
    for (const [argv, message] of cases) {
      const outcome = await runCli(argv, root);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toContain(message);
      expect(outcome.stderr).toContain('Run "postmortem-lint lint --help" for usage.');
    }
  });

  test('--now accepts an ISO date-time', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD });
    expect((await runCli(['--now', '2026-03-13T08:30:00Z'], root)).code).toBe(0);
  });

  test('--jobs, --cache and --cache-location are accepted', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD });
    const outcome = await runCli(
      ['--now', NOW, '--jobs', '2', '--cache', '--cache-location', 'tmp/cache'],
      root,
    );
    expect(outcome.code).toBe(0);
  });
});

describe('warnings, --max-warnings and --quiet', () => {
  const tree = (): string =>
    tempTree({ '.postmortemrc.yml': WARNINGS_ONLY, 'postmortems/a.md': ONE_ERROR });

  test('warnings alone exit 0 and are listed', async () => {
    const outcome = await runCli(['--now', NOW], tree());
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('  warning  Blaming language');
    expect(outcome.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
  });

  test('more warnings than --max-warnings: exit 1 with a message', async () => {
    const over = await runCli(['--now', NOW, '--max-warnings', '0'], tree());
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (maximum: 0, found: 1)');
    expect((await runCli(['--now', NOW, '--max-warnings', '1'], tree())).code).toBe(0);
  });

  test('--quiet reports errors only, but warnings still count for --max-warnings', async () => {
    expect(await runCli(['--now', NOW, '--quiet'], tree())).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const root = tempTree({
      '.postmortemrc.yml': WARNINGS_ONLY,
      'postmortems/a.md': ONE_ERROR,
      'postmortems/b.md': BAD,
    });
    const quiet = await runCli(['--now', NOW, '--quiet', '--max-warnings', '0'], root);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toContain(' warning ');
    expect(quiet.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/);
  });
});

describe('--output-file and colours', () => {
  test('--output-file writes the report (creating folders) and prints nothing', async () => {
    const root = tempTree({ 'postmortems/a.md': ONE_ERROR });
    const outcome = await runCli(['--now', NOW, '-f', 'json', '-o', 'reports/lint.json'], root);
    expect(outcome).toEqual({ code: 1, stdout: '', stderr: '' });
    const written = JSON.parse(
      readFileSync(join(root, 'reports/lint.json'), 'utf8'),
    ) as EslintFileResult[];
    expect(written[0].errorCount).toBe(1);
  });

  test('colours only when asked for or forced (never with --no-color)', async () => {
    const root = tempTree({ 'postmortems/a.md': ONE_ERROR });
    expect((await runCli(['--now', NOW, '--color'], root)).stdout).toContain('\u001b[31merror');
    expect((await runCli(['--now', NOW], root, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect(
      (await runCli(['--now', NOW, '--no-color'], root, { FORCE_COLOR: '1' })).stdout,
    ).not.toContain('\u001b[');
    expect((await runCli(['--now', NOW, '--color', '-o', 'out.txt'], root)).stdout).toBe('');
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).not.toContain('\u001b[');
  });
});

describe('configuration', () => {
  test('--config overrides the file found by the search', async () => {
    const root = tempTree({
      '.postmortemrc.yml': 'rules:\n  blameless-language: error\n',
      'elsewhere/relaxed.json': JSON.stringify({ rules: { 'blameless-language': 'off' } }),
      'postmortems/a.md': ONE_ERROR,
    });
    expect((await runCli(['--now', NOW], root)).code).toBe(1);
    expect((await runCli(['--now', NOW, '--config', 'elsewhere/relaxed.json'], root)).code).toBe(0);
  });

  test('the config is found from the linted files upwards, not from the working directory', async () => {
    const root = tempTree({
      'team/.postmortemrc.yml': 'rules:\n  blameless-language: off\n',
      'team/postmortems/a.md': ONE_ERROR,
      'other/README.md': 'not a postmortem',
    });
    expect(
      (await runCli(['--now', NOW, '../team/postmortems/a.md'], join(root, 'other'))).code,
    ).toBe(0);
    expect((await runCli(['--now', NOW, 'team/postmortems/*.md'], root)).code).toBe(0);
    expect((await runCli(['--now', NOW, 'team'], root)).code).toBe(0);
  });

  test('an unknown rule id: exit 2, naming the file and the key', async () => {
    const root = tempTree({
      '.postmortemrc.yml': 'rules:\n  fivewhys: error\n',
      'postmortems/a.md': GOOD,
    });
    const outcome = await runCli(['--now', NOW], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain(
      '.postmortemrc.yml: rules.fivewhys is an unknown rule (did you mean "five-whys"?) (line 2)',
    );
  });

  test('a bad severity: exit 2, naming the file and the key', async () => {
    const root = tempTree({
      '.postmortemrc.yml': 'rules:\n  five-whys: on\n',
      'postmortems/a.md': GOOD,
    });
    const outcome = await runCli(['--now', NOW], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      '.postmortemrc.yml: rules.five-whys must be "off", "warning", "warn", "error", 0, 1, 2 or a mapping { severity, ...options } (found "on")',
    );
  });

  test("ESLint's severities: warn, and 0 / 1 / 2 for off / warning / error", async () => {
    const lint = async (setting: string): Promise<string> => {
      const root = tempTree({
        '.postmortemrc.yml': `rules:\n  blameless-language: ${setting}\n`,
        'postmortems/a.md': ONE_ERROR,
      });
      const outcome = await runCli(['--now', NOW], root);
      expect(outcome.stderr).toBe('');
      return `${outcome.code} ${outcome.stdout.trimEnd().split('\n').pop()}`;
    };
    expect(await lint('warn')).toBe('0 ✖ 1 problem (0 errors, 1 warning)');
    expect(await lint('1')).toBe('0 ✖ 1 problem (0 errors, 1 warning)');
    expect(await lint('2')).toBe('1 ✖ 1 problem (1 error, 0 warnings)');
    expect(await lint('0')).toBe('0 ✔ 1 postmortem checked, no problems');
    expect(await lint('{ severity: warn }')).toBe('0 ✖ 1 problem (0 errors, 1 warning)');
  });

  test('invalid YAML: exit 2 with the line', async () => {
    const root = tempTree({
      '.postmortemrc.yml': 'rules:\n  five-whys: [error\n',
      'postmortems/a.md': GOOD,
    });
    const outcome = await runCli(['--now', NOW], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/\.postmortemrc\.yml:\d+: invalid YAML: /);
  });
});

describe('targets', () => {
  const tree = (): string =>
    tempTree({
      'postmortems/a.md': GOOD,
      'postmortems/b.md': ONE_ERROR,
      'postmortems/README.md': '# About this folder\n',
      'postmortems/TEMPLATE.md': '# Postmortem: <title>\n',
      'notes/c.md': ONE_ERROR,
    });

  test('a file, a directory and a glob; ignores apply to directories and globs only', async () => {
    const root = tree();
    const json = async (argv: string[]): Promise<string[]> => {
      const outcome = await runCli(['--now', NOW, '-f', 'json', ...argv], root);
      return (JSON.parse(outcome.stdout) as EslintFileResult[]).map((result) =>
        result.filePath.slice(root.length + 1),
      );
    };
    expect(await json(['postmortems'])).toEqual(['postmortems/a.md', 'postmortems/b.md']);
    expect(await json(['postmortems/*.md', 'notes/c.md'])).toEqual([
      'notes/c.md',
      'postmortems/a.md',
      'postmortems/b.md',
    ]);
    expect(await json(['postmortems/README.md'])).toEqual(['postmortems/README.md']);
    expect(await json(['postmortems/a.md', 'postmortems', './postmortems/a.md'])).toEqual([
      'postmortems/a.md',
      'postmortems/b.md',
    ]);
  });

  test('a target matching nothing: exit 2 with the pattern', async () => {
    const root = tree();
    const missing = await runCli(['missing.md'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No files matching the pattern "missing.md" were found.');
    expect((await runCli(['drafts/**/*.md'], root)).stderr).toContain(
      'No files matching the pattern "drafts/**/*.md"',
    );
    const ignored = await runCli(['postmortems/README.md', 'postmortems/T*.md'], root);
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toContain('All files matched by "postmortems/T*.md" are ignored');
  });

  test('no target and nothing under the configured files: exit 2', async () => {
    const root = tempTree({ 'notes/c.md': GOOD });
    const outcome = await runCli([], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('No files matching the pattern "postmortems/**/*.md"');
  });
});

describe('inline controls', () => {
  const sentence = 'The outage was caused by human error.';
  const lint = async (text: string): Promise<number> =>
    (await runCli(['--now', NOW], tempTree({ 'postmortems/a.md': text }))).code;

  test('disable / enable a rule for a range of lines', async () => {
    const disabled = ONE_ERROR.replace(
      sentence,
      `<!-- postmortem-lint-disable blameless-language -->\n\n${sentence}`,
    );
    expect(await lint(disabled)).toBe(0);
    const reenabled = disabled.replace(
      sentence,
      `${sentence}\n\n<!-- postmortem-lint-enable blameless-language -->\n\nIt was human error.`,
    );
    expect(await lint(reenabled)).toBe(1);
  });

  test('disable-next-line silences only the next line, and only the named rule', async () => {
    expect(
      await lint(
        ONE_ERROR.replace(
          sentence,
          `<!-- postmortem-lint-disable-next-line blameless-language -->\n${sentence}`,
        ),
      ),
    ).toBe(0);
    expect(
      await lint(
        ONE_ERROR.replace(
          sentence,
          `<!-- postmortem-lint-disable-next-line five-whys -->\n${sentence}`,
        ),
      ),
    ).toBe(1);
    expect(
      await lint(
        ONE_ERROR.replace(sentence, `<!-- postmortem-lint-disable-next-line -->\n${sentence}`),
      ),
    ).toBe(0);
  });
});

describe('the bundled bin (after npm run bundle)', () => {
  const bundled = existsSync(new URL('../../dist/cli.js', import.meta.url));
  const maybe = bundled ? test : test.skip;
  if (!bundled)
    console.warn(
      'dist/cli.js is missing: run "npm run bundle" to test bin/postmortem-lint.js end to end.',
    );

  maybe(
    'node bin/postmortem-lint.js examples/postmortems: the bad examples fail, the good ones are clean',
    async () => {
      const { spawnSync } = await import('node:child_process');
      const repository = new URL('../..', import.meta.url).pathname;
      const run = spawnSync(
        process.execPath,
        ['bin/postmortem-lint.js', 'examples/postmortems', '--now', NOW, '-f', 'json'],
        {
          cwd: repository,
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const results = JSON.parse(run.stdout) as EslintFileResult[];
      const errorsByFile = Object.fromEntries(
        results.map((result) => [result.filePath.split('/').pop(), result.errorCount]),
      );
      expect(errorsByFile).toMatchObject({
        'sev1-checkout-certificate-expiry.md': 0,
        'sev2-webhook-signing-key.md': 0,
      });
      expect(errorsByFile['needs-work-cache-stampede.md']).toBeGreaterThan(0);
      expect(errorsByFile['needs-work-dns-migration.md']).toBeGreaterThan(0);
    },
  );
});
