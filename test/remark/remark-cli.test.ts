import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { runCli } from '../cli/run-cli.js';
import { RULES } from '../../src/rules/index.js';
import { installBundledPlugin } from './bundle.js';

const ROOT = process.cwd();
const REMARK = join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
const NOW = '2026-02-06';
const CORPUS_RULES = new Set(
  RULES.filter((rule) => rule.scope === 'corpus').map((rule) => rule.meta.id),
);

interface Reported {
  file: string;
  /** `ruleId line:column-endLine:endColumn severity`. */
  finding: string;
}

/** The findings in vfile-reporter's text output (no colour), file by file. */
function parseReport(text: string): Reported[] {
  const found: Reported[] = [];
  let file = '';
  for (const line of text.split('\n')) {
    const at =
      /^\s*(\d+):(\d+)(?:-(\d+):(\d+))?\s+(error|warning)\s+.+?\s+(\S+)\s+postmortem-lint\s*$/.exec(
        line,
      );
    if (at) {
      const [, l, c, el, ec, severity, ruleId] = at;
      found.push({ file, finding: `${ruleId} ${l}:${c}-${el ?? l}:${ec ?? c} ${severity}` });
    } else if (/^\S.*\.md/.test(line)) file = line.replace(/:.*$/, '').trim();
  }
  return found;
}

function remark(root: string, args: string[]): { status: number | null; report: string } {
  const result = spawnSync(process.execPath, [REMARK, ...args, '--no-color', '--no-stdout'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, report: result.stderr };
}

let root = '';

beforeAll(async () => {
  root = tempTree({});
  cpSync(join(ROOT, 'examples', 'template-repo'), root, { recursive: true });
  await installBundledPlugin(root);
  // The template's .remarkrc.mjs also loads these, as installed by its package.json.
  for (const name of ['remark-frontmatter', 'remark-gfm']) {
    symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  const reference = referenceText();
  const broken = reference
    .replace('**Severity:** SEV-1', '**Severity:** sev1')
    .replace(
      'the finally block was accidentally removed',
      'a human error removed the finally block',
    )
    .replace(/\n## Lessons Learned[\s\S]*?\n(?=## )/, '\n');
  const files: Record<string, string> = {
    'postmortems/2026-02-05-reference-broken.md': broken,
    'postmortems/2026-02-05-reference-crlf.md': broken.replace(/\n/g, '\r\n'),
  };
  // The bundled examples, two good and two flawed, in both metadata forms.
  const examples = join(ROOT, 'examples', 'postmortems');
  for (const name of readdirSync(examples).sort()) {
    files[`postmortems/corpus/${name}`] = readFileSync(join(examples, name), 'utf8');
  }
  mkdirSync(join(root, 'postmortems', 'corpus'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  await runCli(
    [
      'new',
      '--title',
      'Cache stampede after deploy',
      '--severity',
      'SEV-2',
      '--date',
      '2026-02-04',
    ],
    root,
  );
}, 120_000);

describe('postmortem-lint/remark with remark-cli', () => {
  test('reports what the CLI reports: same rule ids, lines, columns and severities', async () => {
    const remarked = remark(root, [
      'postmortems',
      '--no-config',
      '--use',
      `postmortem-lint/remark=now:"${NOW}"`,
    ]);
    const viaRemark = parseReport(remarked.report);

    const cli = await runCli(['--format', 'json', '--now', NOW, 'postmortems'], root);
    const viaCli = (
      JSON.parse(cli.stdout) as Array<{
        filePath: string;
        messages: Array<{
          ruleId: string;
          line: number;
          column: number;
          endLine: number;
          endColumn: number;
          severity: number;
        }>;
      }>
    ).flatMap((file) =>
      file.messages
        .filter((m) => !CORPUS_RULES.has(m.ruleId))
        .map((m) => ({
          file: relative(root, file.filePath),
          finding: `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity === 2 ? 'error' : 'warning'}`,
        })),
    );
    const sortKey = (r: Reported): string => `${r.file} ${r.finding}`;
    expect(viaRemark.map(sortKey).sort()).toEqual(viaCli.map(sortKey).sort());
    // The comparison is not vacuous: the broken files, the flawed examples and the new draft all have findings.
    expect(new Set(viaRemark.map((r) => r.file)).size).toBeGreaterThanOrEqual(5);
    expect(viaRemark.some((r) => r.finding.startsWith('blameless-language '))).toBe(true);
    expect(viaRemark.some((r) => r.finding.startsWith('no-placeholders '))).toBe(true);
    // Errors are fatal messages: remark-cli fails.
    expect(remarked.status).toBe(1);
  });

  test("the template's own .remarkrc.mjs: the example is clean, TEMPLATE.md and README.md are skipped", () => {
    const clean = remark(root, [
      'postmortems/2026-01-14-order-emails-delayed-by-full-queue-disk.md',
      'postmortems/TEMPLATE.md',
      'README.md',
    ]);
    expect(clean.report).toContain(
      '2026-01-14-order-emails-delayed-by-full-queue-disk.md: no issues found',
    );
    expect(clean.report).toContain('TEMPLATE.md: no issues found');
    expect(clean.report).toContain('README.md: no issues found');
    expect(clean.status).toBe(0);
    const broken = remark(root, ['postmortems/2026-02-05-reference-broken.md']);
    expect(parseReport(broken.report).length).toBeGreaterThan(0);
    expect(broken.status).toBe(1);
  });
});
