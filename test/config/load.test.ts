import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { RULES } from '../../src/rules/index.js';
import type { JsonSchema } from '../../src/rules/types.js';
import { tempTree } from '../support/lint.js';

async function configError(
  files: Record<string, string>,
  configPath?: string,
): Promise<ConfigError> {
  const root = tempTree(files);
  try {
    await loadConfig({ configPath, searchFrom: root, cwd: root });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('finding the config file', () => {
  test('searches from the given directory up to the root; .yml before .yaml before .json', async () => {
    const root = tempTree({
      '.postmortemrc.json': JSON.stringify({ maxFileSize: 3 }),
      '.postmortemrc.yaml': 'maxFileSize: 2\n',
      'a/b/c/.keep': '',
    });
    const config = await loadConfig({ searchFrom: join(root, 'a/b/c'), cwd: root });
    expect(config.path).toBe(join(root, '.postmortemrc.yaml'));
    expect(config.baseDir).toBe(root);
    expect(config.maxFileSize).toBe(2);
  });

  test('without a config file: the built-in defaults, patterns relative to the working directory', async () => {
    const root = tempTree({ 'a/.keep': '' });
    const config = await loadConfig({ searchFrom: join(root, 'a'), cwd: root });
    expect(config).toMatchObject({ path: null, baseDir: root, files: ['postmortems/**/*.md'] });
    expect(config.rules.map(({ id }) => id)).toEqual(RULES.map((rule) => rule.meta.id));
  });

  test('an explicit config path is used as given, its patterns relative to the working directory', async () => {
    const root = tempTree({
      'shared/lint.yml': 'files: [docs/**/*.md]\n',
      '.postmortemrc.yml': 'files: [x/*.md]\n',
    });
    const config = await loadConfig({ configPath: 'shared/lint.yml', searchFrom: root, cwd: root });
    expect(config).toMatchObject({
      path: join(root, 'shared/lint.yml'),
      baseDir: root,
      files: ['docs/**/*.md'],
    });
  });

  test('a missing explicit config file is a ConfigError', async () => {
    const error = await configError({}, 'nope.yml');
    expect(error.message).toBe('nope.yml: config file could not be read (ENOENT)');
  });
});

describe('rule settings', () => {
  test('off, a severity, or an object with a severity and options merged over the defaults', async () => {
    const root = tempTree({
      '.postmortemrc.yml':
        'rules:\n  five-whys: off\n  distribution: warning\n  follow-up-meeting:\n    severity: warning\n    defaultWindowDays: 7\n',
    });
    const config = await loadConfig({ searchFrom: root, cwd: root });
    const byId = new Map(config.rules.map((configured) => [configured.id, configured]));
    expect(byId.get('five-whys')?.severity).toBe('off');
    expect(byId.get('distribution')?.severity).toBe('warning');
    expect(byId.get('follow-up-meeting')).toMatchObject({
      severity: 'warning',
      options: { defaultWindowDays: 7 },
    });
  });

  test('an unknown rule id names the file, the key and the closest rule', async () => {
    const error = await configError({ '.postmortemrc.yml': 'rules:\n  five_whys: error\n' });
    expect(error.message).toBe(
      '.postmortemrc.yml: rules.five_whys is an unknown rule (did you mean "five-whys"?) (line 2)',
    );
    expect(error).toMatchObject({ key: 'rules.five_whys', line: 2 });
    expect(error.file).toMatch(/\.postmortemrc\.yml$/);
  });

  test('an unknown option names the rule and lists the known options', async () => {
    const error = await configError({
      '.postmortemrc.yml': 'rules:\n  follow-up-meeting:\n    windowDays: 3\n',
    });
    expect(error.message).toMatch(
      /^\.postmortemrc\.yml: rules\.follow-up-meeting\.windowDays is an unknown option \(.*\) \(line 3\)$/,
    );
  });

  // Every integer option with a minimum, whatever the rules define today.
  const bounded = RULES.flatMap((rule) =>
    Object.entries((rule.meta.optionsSchema.properties ?? {}) as Record<string, JsonSchema>)
      .filter(([, schema]) => schema.type === 'integer' && typeof schema.minimum === 'number')
      .map(([option, schema]) => [rule.meta.id, option, schema.minimum as number] as const),
  );

  test.each(bounded)(
    'a value under the minimum of %s.%s names the file and the key',
    async (id, option, minimum) => {
      const error = await configError({
        '.postmortemrc.yml': `rules:\n  ${id}:\n    ${option}: ${minimum - 1}\n`,
      });
      expect(error.message).toContain(
        `.postmortemrc.yml: rules.${id}.${option} must be integer >= ${minimum} (found ${minimum - 1})`,
      );
      expect(error.key).toBe(`rules.${id}.${option}`);
    },
  );

  test('a JSON config reports the same way (without lines)', async () => {
    const error = await configError({
      '.postmortemrc.json': JSON.stringify({ rules: { 'five-whys': 'on' } }),
    });
    expect(error.message).toBe(
      '.postmortemrc.json: rules.five-whys must be "off", "warning", "warn", "error", 0, 1, 2 or a mapping { severity, ...options } (found "on")',
    );
  });
});

describe('top-level keys', () => {
  test.each([
    ['maxFileSize: 0\n', 'maxFileSize must be integer >= 1 (found 0) (line 1)'],
    [
      'files: postmortems/*.md\n',
      'files must be a non-empty list, each a non-empty string (found "postmortems/*.md") (line 1)',
    ],
    ['rule: {}\n', 'rule is an unknown key (did you mean "rules"?) (line 1)'],
    [
      'actionItemColumns:\n  owners: [Owner]\n',
      'actionItemColumns.owners is an unknown key (did you mean "owner"?) (line 2)',
    ],
    [
      'severityAliases:\n  Critical: 0\n',
      'severityAliases.Critical must be integer from 1 to 5 or a non-empty string (found 0) (line 2)',
    ],
    [
      'severityAliases:\n  Critical: urgent\n',
      'severityAliases.Critical must be a level 1-5 or a severity such as "SEV-1" or "P2" (found "urgent") (line 2)',
    ],
    [
      'incidentIdPattern: "^INC-(\\\\d+$"\n',
      'incidentIdPattern must be a valid regular expression (Invalid regular expression: /^INC-(\\d+$/: Unterminated group) (line 1)',
    ],
  ])('%j → %s', async (yaml, message) => {
    const error = await configError({ '.postmortemrc.yml': yaml });
    expect(error.message).toBe(`.postmortemrc.yml: ${message}`);
  });

  test('several problems are all reported, in line order', async () => {
    const error = await configError({
      '.postmortemrc.yml': 'files: []\nmaxFileSize: -1\nrules:\n  five-whys: 3\n',
    });
    expect(error.message.split('\n').map((line) => / \(line (\d+)\)$/.exec(line)?.[1])).toEqual([
      '1',
      '2',
      '4',
    ]);
  });

  test('valid settings reach the resolved configuration', async () => {
    const root = tempTree({
      '.postmortemrc.yml':
        '$schema: ../schemas/config.schema.json\nfiles: [incidents/*.md]\nignores: []\nmaxFileSize: 1000\nincidentIdPattern: "^PM-\\\\d+$"\nseverityAliases:\n  Critical: 1\n  Major: SEV-2\nactionItemColumns:\n  owner: [Who]\n',
    });
    const config = await loadConfig({ searchFrom: root, cwd: root });
    expect(config).toMatchObject({ files: ['incidents/*.md'], ignores: [], maxFileSize: 1000 });
    expect(config.parse.incidentIdPattern).toBe('^PM-\\d+$');
    expect(config.parse.severityAliases).toEqual({ Critical: 1, Major: 2 });
    expect(config.parse.actionItemColumns.owner).toEqual(['Who']);
  });
});

describe('file contents', () => {
  test('an empty YAML file is the default configuration', async () => {
    const root = tempTree({ '.postmortemrc.yml': '# nothing configured yet\n' });
    const config = await loadConfig({ searchFrom: root, cwd: root });
    expect(config.path).toBe(join(root, '.postmortemrc.yml'));
    expect(config.files).toEqual(['postmortems/**/*.md']);
  });

  test('invalid YAML gives the line', async () => {
    const error = await configError({ '.postmortemrc.yml': 'files:\n  - a.md\n rules: x\n' });
    expect(error.message).toMatch(/^\.postmortemrc\.yml:3: invalid YAML: /);
    expect(error.line).toBe(3);
  });

  test('duplicate keys are an error, not a silent override', async () => {
    const error = await configError({ '.postmortemrc.yml': 'maxFileSize: 10\nmaxFileSize: 20\n' });
    expect(error.message).toMatch(/^\.postmortemrc\.yml:2: invalid YAML: .*unique/i);
  });

  test('invalid JSON gives the line', async () => {
    const error = await configError({ '.postmortemrc.json': '{\n  "files": ["a.md"],\n}\n' });
    expect(error.message).toMatch(/^\.postmortemrc\.json:3: invalid JSON: /);
  });

  test('a YAML alias bomb is refused, not expanded', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const error = await configError({ '.postmortemrc.yml': `${bomb.join('\n')}\n` });
    expect(error.message).toMatch(/^\.postmortemrc\.yml: invalid YAML: .*alias/i);
  });

  test('YAML tags are not code: an unknown tag is reported, nothing is evaluated', async () => {
    const error = await configError({
      '.postmortemrc.yml': 'files: !!js/function "function () { globalThis.pwned = true }"\n',
    });
    expect(error.message).toMatch(/\.postmortemrc\.yml/);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  test('a top-level list is not a configuration', async () => {
    const error = await configError({ '.postmortemrc.yml': '- files\n' });
    expect(error.message).toBe('.postmortemrc.yml: must be a mapping (key: value) (found a list)');
  });
});

describe("ESLint's severity spellings", () => {
  test('warn, 0, 1 and 2 mean warning, off, warning and error, alone or as a severity key', async () => {
    const root = tempTree({
      '.postmortemrc.yml':
        'rules:\n  five-whys: warn\n  distribution: 0\n  follow-up-meeting: 1\n  action-items: 2\n  blameless-language:\n    severity: warn\n  timeline-granularity: { severity: 0 }\n',
    });
    const config = await loadConfig({ searchFrom: root, cwd: root });
    const severity = Object.fromEntries(config.rules.map(({ id, severity }) => [id, severity]));
    expect(severity).toMatchObject({
      'five-whys': 'warning',
      distribution: 'off',
      'follow-up-meeting': 'warning',
      'action-items': 'error',
      'blameless-language': 'warning',
      'timeline-granularity': 'off',
    });
  });

  test('another number is refused', async () => {
    const error = await configError({
      '.postmortemrc.yml': 'rules:\n  five-whys:\n    severity: 3\n',
    });
    expect(error.message).toBe(
      '.postmortemrc.yml: rules.five-whys.severity must be one of "off", "warning", "warn", "error", 0, 1, 2 (found 3) (line 3)',
    );
  });
});

describe('rule overrides (--rule)', () => {
  const tree = (): string =>
    tempTree({
      '.postmortemrc.yml':
        'rules:\n  five-whys:\n    severity: error\n    minDepth: 4\n  distribution: off\n',
    });
  const rule = (config: Awaited<ReturnType<typeof loadConfig>>, id: string) =>
    config.rules.find((configured) => configured.id === id);

  test("a severity replaces the file's and keeps its options; options merge over the file's", async () => {
    const root = tree();
    const severityOnly = await loadConfig({
      searchFrom: root,
      cwd: root,
      ruleOverrides: { 'five-whys': 'warn', distribution: 2 },
    });
    expect(rule(severityOnly, 'five-whys')).toMatchObject({
      severity: 'warning',
      options: { minDepth: 4 },
    });
    expect(rule(severityOnly, 'distribution')?.severity).toBe('error');
    const withOptions = await loadConfig({
      searchFrom: root,
      cwd: root,
      ruleOverrides: { 'five-whys': { minDepth: 6 }, distribution: { severity: 'warn' } },
    });
    expect(rule(withOptions, 'five-whys')).toMatchObject({
      severity: 'error',
      options: { minDepth: 6 },
    });
    expect(rule(withOptions, 'distribution')?.severity).toBe('warning');
  });

  test('apply without a config file too', async () => {
    const root = tempTree({});
    const config = await loadConfig({
      searchFrom: root,
      cwd: root,
      ruleOverrides: { 'five-whys': 0 },
    });
    expect(config.path).toBeNull();
    expect(rule(config, 'five-whys')?.severity).toBe('off');
  });

  test('are validated as a file is, the messages naming --rule', async () => {
    const root = tree();
    const failure = (ruleOverrides: Record<string, unknown>): Promise<unknown> =>
      loadConfig({ searchFrom: root, cwd: root, ruleOverrides }).then(
        () => {
          throw new Error('expected a ConfigError');
        },
        (error: unknown) => error,
      );
    const unknown = await failure({ fivewhys: 'error' });
    expect(unknown).toBeInstanceOf(ConfigError);
    expect((unknown as ConfigError).message).toBe(
      '--rule: rules.fivewhys is an unknown rule (did you mean "five-whys"?)',
    );
    expect(((await failure({ 'five-whys': { minDepth: 0 } })) as ConfigError).message).toBe(
      '--rule: rules.five-whys.minDepth must be integer >= 1 (found 0)',
    );
    expect(((await failure({ ['__proto__']: 'error' })) as ConfigError).message).toMatch(
      /^--rule: rules.__proto__ is an unknown rule/,
    );
  });
});

describe('config regular expressions that could backtrack catastrophically (issue 13)', () => {
  test('incidentIdPattern (a+)+ is refused, naming the file, the key, the reason and the line', async () => {
    const error = await configError({
      '.postmortemrc.yml': 'maxFileSize: 100000\nincidentIdPattern: "(a+)+"\n',
    });
    expect(error.message).toBe(
      '.postmortemrc.yml: incidentIdPattern must be a safe regular expression: a repeated group contains an unbounded quantifier (nested quantifiers such as (a+)+ backtrack catastrophically) (line 2)',
    );
    expect(error.key).toBe('incidentIdPattern');
    expect(error.line).toBe(2);
    expect(error.file).toMatch(/\.postmortemrc\.yml$/);
  });

  test.each(['(a|aa)+$', '^(\\w+\\s?)*$', '(x)\\1', 'a'.repeat(201)])(
    'incidentIdPattern %s is refused',
    async (pattern) => {
      const error = await configError({
        '.postmortemrc.json': JSON.stringify({ incidentIdPattern: pattern }),
      });
      expect(error.message).toMatch(
        /^\.postmortemrc\.json: incidentIdPattern must be a safe regular expression: /,
      );
    },
  );

  test('an invalid pattern is still reported as such', async () => {
    const error = await configError({ '.postmortemrc.yml': 'incidentIdPattern: "(["\n' });
    expect(error.message).toMatch(
      /^\.postmortemrc\.yml: incidentIdPattern must be a valid regular expression \(Invalid regular expression/,
    );
  });

  test.each(['^INC-\\d{4}-\\d{4}-\\d{3}$', '^[A-Z]+-\\d+$', '^(?:INC|SEC)-\\d{4}(?:-\\d+)*$'])(
    'an ordinary pattern such as %s is accepted',
    async (pattern) => {
      const root = tempTree({
        '.postmortemrc.json': JSON.stringify({
          incidentIdPattern: pattern,
          rules: { 'no-placeholders': { patterns: ['\\bXXX\\b', '<[^<>]{1,40}>'] } },
        }),
      });
      const config = await loadConfig({ searchFrom: root, cwd: root });
      expect(config.parse.incidentIdPattern).toBe(pattern);
    },
  );

  test('no-placeholders patterns are checked too, each by its index', async () => {
    const error = await configError({
      '.postmortemrc.yml': [
        'rules:',
        '  no-placeholders:',
        '    patterns:',
        '      - "\\\\bTODO\\\\b"',
        '      - "(\\\\w+\\\\s?)*$"',
        '',
      ].join('\n'),
    });
    expect(error.key).toBe('rules.no-placeholders.patterns[1]');
    expect(error.message).toMatch(
      /^\.postmortemrc\.yml: rules\.no-placeholders\.patterns\[1\] must be a safe regular expression: .*nested quantifiers.* \(line 5\)$/,
    );
  });

  test('and so are those given with --rule', async () => {
    const root = tempTree({ 'a/.keep': '' });
    const error = await loadConfig({
      searchFrom: root,
      cwd: root,
      ruleOverrides: { 'no-placeholders': { patterns: ['(a+)+'] } },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(
      /^--rule: rules\.no-placeholders\.patterns\[0\] must be a safe regular expression: /,
    );
  });
});

describe('config errors never echo the file content (issue 13)', () => {
  const SECRET = 'SECRET=hunter2\nTOKEN=ghp_abcdef\n';

  test.each([
    ['.postmortemrc.yml', SECRET],
    ['.postmortemrc.json', SECRET],
    ['.postmortemrc.json', '{"files": [hunter2]}\n'],
    ['.postmortemrc.yml', 'SECRET: "hunter2\n'],
    ['.postmortemrc.yml', 'files: !hunter2 x\n'],
    ['.postmortemrc.yml', 'a: *hunter2\n'],
    ['.postmortemrc.yml', '- hunter2\n'],
  ])('%s symlinked to a file holding %j', async (name, content) => {
    const root = tempTree({ 'secret.env': content });
    symlinkSync(join(root, 'secret.env'), join(root, name));
    const failure = await loadConfig({ searchFrom: root, cwd: root }).catch(
      (caught: unknown) => caught,
    );
    expect(failure).toBeInstanceOf(ConfigError);
    const message = (failure as ConfigError).message;
    expect(message.startsWith(name)).toBe(true);
    expect(message).not.toMatch(/hunter2|ghp_|SECRET/);
  });
});
