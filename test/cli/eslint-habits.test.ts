import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { tempTree } from '../support/lint.js';
import { readRuleDoc } from '../support/rule-docs.js';
import { runCli } from './run-cli.js';
import { GOOD, GOOD_FRONTMATTER, NOW, ONE_ERROR } from './fixtures.js';
import type { EslintFileResult } from '../../src/reporters/json.js';
import { buildConfigSchema } from '../../src/config/schema.js';
import { loadConfig } from '../../src/config/load.js';
import { renderDefaultConfig } from '../../src/scaffold/default-config.js';
import { RULES } from '../../src/rules/index.js';

const json = (stdout: string): EslintFileResult[] => JSON.parse(stdout) as EslintFileResult[];
const ruleIds = (result: EslintFileResult): string[] =>
  result.messages.map((message) => message.ruleId);

/** GOOD with a date and a severity that --fix rewrites (and nothing else to fix). */
const FIXABLE = GOOD.replace('**Date:** 2026-03-10', '**Date:** March 10, 2026').replace(
  '**Severity:** SEV-1 (Critical)',
  '**Severity:** sev1 (Critical)',
);

describe('--stdin and --stdin-filename', () => {
  test('lints standard input as the named file, writing nothing', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD });
    const line = ONE_ERROR.split('\n').findIndex((text) => text.includes('human error')) + 1;
    const outcome = await runCli(
      ['--now', NOW, '--stdin', '--stdin-filename', 'postmortems/new.md'],
      root,
      {},
      ONE_ERROR,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toMatch(
      new RegExp(`^  postmortems/new\\.md:${line}:\\d+  error  Blaming language`, 'm'),
    );
    expect(outcome.stdout).not.toContain('postmortems/a.md');
    expect(existsSync(join(root, 'postmortems/new.md'))).toBe(false);

    const clean = await runCli(
      ['--now', NOW, '--stdin', '--stdin-filename', 'postmortems/a.md'],
      root,
      {},
      GOOD_FRONTMATTER,
    );
    expect(clean).toEqual({
      code: 0,
      stdout: '✔ 1 postmortem checked, no problems\n',
      stderr: '',
    });
  });

  test('the configuration is found from the named path, not from the working directory', async () => {
    const root = tempTree({
      'team/.postmortemrc.yml': 'rules:\n  blameless-language: off\n',
      'team/postmortems/a.md': GOOD,
    });
    const argv = ['--now', NOW, '--stdin', '--stdin-filename'];
    expect((await runCli([...argv, 'team/postmortems/new.md'], root, {}, ONE_ERROR)).code).toBe(0);
    expect((await runCli([...argv, 'other/new.md'], root, {}, ONE_ERROR)).code).toBe(1);
  });

  test("cross-incident rules see the project's other postmortems, as for one named file", async () => {
    const doc = readRuleDoc('pattern-analysis');
    const files = doc.failing.files;
    const tree: Record<string, string> = {};
    files.slice(0, -1).forEach((text, i) => (tree[`postmortems/pm-${i + 1}.md`] = text));
    const root = tempTree(tree);
    const now = doc.now.toISOString();
    const argv = ['--now', now, '-f', 'json', '--stdin', '--stdin-filename'];
    const last = files[files.length - 1];
    const [withContext] = json(
      (await runCli([...argv, `postmortems/pm-${files.length}.md`], root, {}, last)).stdout,
    );
    expect(ruleIds(withContext)).toContain('pattern-analysis');
    expect(withContext.filePath).toBe(join(root, `postmortems/pm-${files.length}.md`));

    // The same text on disk, named on the command line: the same findings.
    writeFileSync(join(root, `postmortems/pm-${files.length}.md`), last);
    const [named] = json(
      (await runCli(['--now', now, '-f', 'json', `postmortems/pm-${files.length}.md`], root))
        .stdout,
    );
    expect(named.messages).toEqual(withContext.messages);

    const alone = tempTree({});
    const [withoutContext] = json(
      (await runCli([...argv, 'postmortems/pm.md'], alone, {}, last)).stdout,
    );
    expect(ruleIds(withoutContext)).not.toContain('pattern-analysis');
  });

  test('without --stdin-filename the text is shown as <stdin>', async () => {
    const root = tempTree({});
    const outcome = await runCli(['--now', NOW, '--stdin'], root, {}, ONE_ERROR);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/^<stdin>$/m);
    expect(outcome.stdout).toMatch(/^ {2}<stdin>:\d+:\d+ {2}error/m);
  });

  test('misuse: exit 2 with the reason', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD });
    const cases: Array<[string[], string | undefined, string]> = [
      [
        ['--stdin-filename', 'a.md'],
        undefined,
        '--stdin-filename names the text read with --stdin',
      ],
      [['--stdin', '--fix'], GOOD, '--fix cannot write to standard input: use --fix-dry-run'],
      [['--stdin', 'postmortems/a.md'], GOOD, '--stdin takes no paths (got "postmortems/a.md")'],
      [['--stdin'], undefined, '--stdin: there is no standard input to read here.'],
    ];
    for (const [argv, stdin, message] of cases) {
      const outcome = await runCli(argv, root, {}, stdin);
      expect([argv, outcome.code]).toEqual([argv, 2]);
      expect(outcome.stderr).toContain(message);
    }
  });
});

describe('--print-config FILE', () => {
  test('prints the configuration that applies to FILE as a valid config file', async () => {
    const root = tempTree({
      'team/.postmortemrc.yml':
        'files: [incidents/*.md]\nrules:\n  five-whys:\n    severity: warn\n    minDepth: 4\n  distribution: 0\n',
    });
    const outcome = await runCli(['--print-config', 'team/incidents/new.md'], root);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('');
    const printed = JSON.parse(outcome.stdout) as {
      files: string[];
      rules: Record<string, Record<string, unknown>>;
    };
    expect(printed.files).toEqual(['incidents/*.md']);
    expect(printed.rules['five-whys']).toMatchObject({ severity: 'warning', minDepth: 4 });
    expect(printed.rules.distribution).toMatchObject({ severity: 'off' });
    expect(Object.keys(printed.rules)).toEqual(RULES.map((rule) => rule.meta.id));

    const validate = new Ajv({ strict: false }).compile(buildConfigSchema());
    expect(validate(printed)).toBe(true);
    // Saved as a config file, it configures the same run.
    writeFileSync(join(root, 'team/printed.json'), outcome.stdout);
    const original = await loadConfig({ searchFrom: join(root, 'team'), cwd: root });
    const reloaded = await loadConfig({
      configPath: 'team/printed.json',
      searchFrom: root,
      cwd: root,
    });
    expect(reloaded.hash).toBe(original.hash);
  });

  test('without a config file: the built-in defaults; --rule applies; paths are refused', async () => {
    const root = tempTree({});
    const outcome = await runCli(
      ['--print-config', 'postmortems/a.md', '--rule', 'five-whys: 0'],
      root,
    );
    expect(outcome.code).toBe(0);
    const printed = JSON.parse(outcome.stdout) as { rules: Record<string, { severity: string }> };
    expect(printed.rules['five-whys'].severity).toBe('off');
    expect(printed.rules['blameless-language'].severity).toBe('error');
    const both = await runCli(['--print-config', 'a.md', 'b.md'], root);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--print-config takes no paths (got "b.md")');
  });
});

describe('--init', () => {
  test('writes the default .postmortemrc.yml in the working directory', async () => {
    const root = tempTree({});
    const outcome = await runCli(['--init'], root);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Created .postmortemrc.yml');
    expect(readFileSync(join(root, '.postmortemrc.yml'), 'utf8')).toBe(renderDefaultConfig());
  });

  test('never overwrites a configuration: exit 2 with a message, the file unchanged', async () => {
    for (const name of ['.postmortemrc.yml', '.postmortemrc.yaml', '.postmortemrc.json']) {
      const root = tempTree({ [name]: '{}\n' });
      const outcome = await runCli(['--init'], root);
      expect(outcome).toEqual({
        code: 2,
        stdout: '',
        stderr: `postmortem-lint: ${name} already exists in this directory: not overwritten.\n`,
      });
      expect(readFileSync(join(root, name), 'utf8')).toBe('{}\n');
    }
  });
});

describe('--format with a formatter module', () => {
  const FORMATTER = [
    'export default async function (results, context) {',
    '  const rules = Object.keys(context.rulesMeta).length;',
    '  return results',
    "    .map((r) => `${r.filePath.slice(context.cwd.length + 1)} ${r.errorCount} ${r.messages.map((m) => m.ruleId).join(',')}`)",
    "    .concat(`rules: ${rules}`, `url: ${context.rulesMeta['five-whys'].docs.url}`)",
    "    .join('\\n') + '\\n';",
    '}',
    '',
  ].join('\n');

  test("a module whose default export has ESLint's formatter signature", async () => {
    const root = tempTree({
      'postmortems/a.md': ONE_ERROR,
      'postmortems/b.md': GOOD,
      'tools/my-formatter.js': FORMATTER,
    });
    const outcome = await runCli(['--now', NOW, '--format', './tools/my-formatter.js'], root);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe(
      [
        'postmortems/a.md 1 blameless-language',
        'postmortems/b.md 0 ',
        `rules: ${RULES.length}`,
        'url: https://github.com/postmortem-lint/postmortem-lint/blob/main/docs/rules/five-whys.md',
        '',
      ].join('\n'),
    );
  });

  test('a module that does not load, exports no function, fails or returns no text: exit 2 naming it', async () => {
    const root = tempTree({
      'postmortems/a.md': GOOD,
      'not-a-function.mjs': 'export default 42;\n',
      'broken.js': 'export default (;\n',
      'throws.js': "export default () => { throw new Error('no output today'); };\n",
      'object.js': 'export default () => ({});\n',
    });
    const cases: Array<[string, string]> = [
      ['./missing.js', '--format ./missing.js: the formatter module could not be loaded ('],
      ['broken.js', '--format broken.js: the formatter module could not be loaded ('],
      [
        './not-a-function.mjs',
        "--format ./not-a-function.mjs: the module's default export must be a function",
      ],
      ['./throws.js', '--format ./throws.js: the formatter failed: no output today'],
      ['./object.js', '--format ./object.js: the formatter returned object, not a string.'],
    ];
    for (const [format, message] of cases) {
      const outcome = await runCli(['--now', NOW, '--format', format], root);
      expect([format, outcome.code]).toEqual([format, 2]);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain(`postmortem-lint: ${message}`);
    }
  });
});

describe('--rule', () => {
  const tree = (): string =>
    tempTree({
      '.postmortemrc.yml': 'rules:\n  blameless-language: error\n',
      'postmortems/a.md': ONE_ERROR,
    });
  const summary = (stdout: string): string | undefined => stdout.trimEnd().split('\n').pop();

  test("'id: severity' over the config file, in ESLint's spellings; repeatable, the last one wins", async () => {
    const root = tree();
    const lint = (...rules: string[]) =>
      runCli(['--now', NOW, ...rules.flatMap((rule) => ['--rule', rule])], root);
    const warn = await lint('blameless-language: warn');
    expect([warn.code, summary(warn.stdout)]).toEqual([0, '✖ 1 problem (0 errors, 1 warning)']);
    expect((await lint('blameless-language: 0')).code).toBe(0);
    expect((await lint('blameless-language:off')).code).toBe(0);
    expect((await lint('blameless-language: off', 'blameless-language: 2')).code).toBe(1);
    expect((await lint('blameless-language: warning', 'five-whys: error')).code).toBe(0);
  });

  test('a JSON object, with options as in a config file', async () => {
    const root = tree();
    expect(
      (await runCli(['--now', NOW, '--rule', '{"blameless-language": "off"}'], root)).code,
    ).toBe(0);
    const printed = await runCli(
      [
        '--print-config',
        'postmortems/a.md',
        '--rule',
        '{"five-whys": {"severity": "warn", "minDepth": 6}}',
        '--rule',
        'distribution: {"severity": 1}',
      ],
      root,
    );
    const rules = (JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules;
    expect(rules['five-whys']).toMatchObject({ severity: 'warning', minDepth: 6 });
    expect(rules.distribution).toMatchObject({ severity: 'warning' });
    expect(rules['blameless-language']).toMatchObject({ severity: 'error' });
  });

  test('validated like the config: an unknown rule, a bad severity or option exits 2', async () => {
    const root = tree();
    const cases: Array<[string, string]> = [
      [
        'fivewhys: error',
        'invalid configuration:\n--rule: rules.fivewhys is an unknown rule (did you mean "five-whys"?)\n',
      ],
      [
        'five-whys: on',
        '--rule: rules.five-whys must be "off", "warning", "warn", "error", 0, 1, 2 or a mapping { severity, ...options } (found "on")',
      ],
      [
        '{"five-whys": {"minDepth": 0}}',
        '--rule: rules.five-whys.minDepth must be integer >= 1 (found 0)',
      ],
      ['five-whys', '--rule must be "id: severity" (off, warn, warning, error, 0, 1 or 2)'],
      ['{"five-whys": ', '--rule must be "id: severity"'],
    ];
    for (const [rule, message] of cases) {
      const outcome = await runCli(['--now', NOW, '--rule', rule], root);
      expect([rule, outcome.code]).toEqual([rule, 2]);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain(message);
    }
  });
});

describe('--fix-dry-run', () => {
  test('prints the fixes as a unified diff and the findings that would remain; writes nothing', async () => {
    const root = tempTree({
      'postmortems/a.md': FIXABLE,
      'postmortems/b.md': GOOD.replace('INC-2026-0310-001', 'INC-2026-0312-001'),
    });
    const outcome = await runCli(['--now', NOW, '--fix-dry-run'], root);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(
      [
        '--- a/postmortems/a.md',
        '+++ b/postmortems/a.md',
        '@@ -1,8 +1,8 @@',
        ...GOOD.split('\n')
          .slice(0, 8)
          .flatMap((line, i) =>
            i === 3 || i === 4
              ? [`-${FIXABLE.split('\n')[i]}`]
              : i === 5
                ? [`+${GOOD.split('\n')[3]}`, `+${GOOD.split('\n')[4]}`, ` ${line}`]
                : [` ${line}`],
          ),
        '✔ 2 postmortems checked, no problems',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(root, 'postmortems/a.md'), 'utf8')).toBe(FIXABLE);
  });

  test('reports what --fix would leave, and JSON carries the fixed text as ESLint\'s "output"', async () => {
    const text = FIXABLE.replace(
      'Service returned after',
      'It was human error. Service returned after',
    );
    const root = tempTree({ 'postmortems/a.md': text, 'postmortems/b.md': GOOD });
    const before = await runCli(['--now', NOW, '-f', 'json'], root);
    expect(ruleIds(json(before.stdout)[0])).toContain('required-metadata');

    const dry = await runCli(['--now', NOW, '-f', 'json', '--fix-dry-run'], root);
    expect(dry.code).toBe(1);
    // The diff goes to stderr so that stdout stays JSON.
    expect(dry.stderr).toMatch(/^--- a\/postmortems\/a\.md\n\+\+\+ b\/postmortems\/a\.md\n@@ /);
    const [dryA, dryB] = json(dry.stdout);
    expect(ruleIds(dryA)).toEqual(['blameless-language']);
    expect(dryB.output).toBeUndefined();
    expect(readFileSync(join(root, 'postmortems/a.md'), 'utf8')).toBe(text);

    const fixed = await runCli(['--now', NOW, '-f', 'json', '--fix'], root);
    const [fixedA] = json(fixed.stdout);
    expect(fixedA.messages).toEqual(dryA.messages);
    expect(dryA.output).toBe(readFileSync(join(root, 'postmortems/a.md'), 'utf8'));
  });

  test('with --stdin: the diff of standard input', async () => {
    const root = tempTree({ 'postmortems/b.md': GOOD });
    const outcome = await runCli(
      ['--now', NOW, '--stdin', '--stdin-filename', 'postmortems/a.md', '--fix-dry-run'],
      root,
      {},
      FIXABLE,
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^--- a\/postmortems\/a\.md\n/);
    expect(outcome.stdout).toContain('\n+**Severity:** SEV-1 (Critical)  \n');
    expect(outcome.stdout).toContain('✔ 1 postmortem checked, no problems\n');
  });

  test('nothing to fix: no diff; --fix and --fix-dry-run together are refused', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD });
    expect((await runCli(['--now', NOW, '--fix-dry-run'], root)).stdout).toBe(
      '✔ 1 postmortem checked, no problems\n',
    );
    const both = await runCli(['--fix', '--fix-dry-run'], root);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--fix and --fix-dry-run cannot be used together.');
  });
});

describe('--debug', () => {
  test("prints the config file, the files and each phase's time to stderr; stdout unchanged", async () => {
    const root = tempTree({
      '.postmortemrc.yml': 'rules:\n  five-whys: warn\n',
      'postmortems/a.md': GOOD,
      'postmortems/b.md': GOOD_FRONTMATTER,
    });
    const plain = await runCli(['--now', NOW, 'postmortems/a.md'], root);
    const outcome = await runCli(
      ['--now', NOW, 'postmortems/a.md', '--debug', '--rule', 'distribution: off'],
      root,
      { FORCE_COLOR: '1' },
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(
      plain.stdout.replace(/^/, '\u001b[32m').replace(/\n$/, '\u001b[0m\n'),
    );
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('postmortem-lint: debug: '))).toBe(true);
    expect(outcome.stderr).not.toContain('\u001b[');
    const text = lines.map((line) => line.slice('postmortem-lint: debug: '.length));
    expect(text).toEqual([
      expect.stringMatching(/^phase config: \d+ ms$/),
      'config file: .postmortemrc.yml',
      '--rule settings: {"distribution":"off"}',
      expect.stringMatching(/^phase files: \d+ ms$/),
      '1 file to lint:',
      '  postmortems/a.md',
      '1 more postmortem read as context for cross-incident rules',
      'format: stylish',
      expect.stringMatching(/^phase tracking: \d+ ms$/),
      expect.stringMatching(/^phase lint: \d+ ms$/),
      expect.stringMatching(/^phase report: \d+ ms$/),
    ]);
  });

  test('without a config file, says so', async () => {
    const root = tempTree({ 'postmortems/a.md': GOOD });
    const outcome = await runCli(['--now', NOW, '--debug'], root);
    expect(outcome.stderr).toContain(
      'postmortem-lint: debug: config file: none found, built-in defaults\n',
    );
  });
});

describe('help', () => {
  test('lists every new option', async () => {
    const outcome = await runCli(['--help'], process.cwd());
    for (const option of [
      '--stdin ',
      '--stdin-filename PATH',
      '--print-config FILE',
      '--init',
      '--rule RULE',
      '--fix-dry-run',
      '--debug',
      'path of a module exporting an ESLint formatter',
    ])
      expect(outcome.stdout).toContain(option);
  });
});
