import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../cli/run-cli.js';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { installBundledPlugin } from '../remark/bundle.js';

/**
 * `postmortem-lint/markdownlint` as users run it: markdownlint-cli2 in a copy of the template
 * repository, with the template's own `.markdownlint-cli2.jsonc` (which loads the bundled custom
 * rules by package name). markdownlint's rules pass on the template, the example and a `new`
 * draft; postmortem-lint's findings are the CLI's, rule id by rule id, line by line.
 */

const ROOT = process.cwd();
const CLI2 = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const CORPUS_RULES = new Set(
  RULES.filter((rule) => rule.scope === 'corpus').map((rule) => rule.meta.id),
);
const EXAMPLE = 'postmortems/2026-01-14-order-emails-delayed-by-full-queue-disk.md';
const BROKEN = 'postmortems/2026-02-05-reference-broken.md';

interface Violation {
  file: string;
  line: number;
  column: number | null;
  name: string;
  detail: string;
}

/** markdownlint-cli2's default output: `file:line[:column] error|warning name description [detail]`. */
function parseOutput(text: string): Violation[] {
  return text.split('\n').flatMap((line) => {
    const match = /^(\S+?\.md):(\d+)(?::(\d+))? (?:error|warning) (\S+) .*?(?: \[(.*)\])?$/.exec(
      line,
    );
    if (!match) return [];
    const [, file, at, column, name, detail] = match;
    return [
      {
        file,
        line: Number(at),
        column: column ? Number(column) : null,
        name,
        detail: detail ?? '',
      },
    ];
  });
}

function markdownlint(root: string, args: string[] = []): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, [CLI2, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

/** A postmortem-lint finding as markdownlint shows it: the frontmatter's go after the front matter. */
const asCli = (violation: Violation): string => {
  const inFrontmatter = /\(frontmatter line (\d+)\)$/.exec(violation.detail);
  const line = inFrontmatter ? Number(inFrontmatter[1]) : violation.line;
  return `${violation.file}:${line} ${violation.name.replace(/^postmortem-lint\//, '')}`;
};

let root = '';
let draft = '';
let run: { status: number | null; out: string };
let violations: Violation[] = [];

beforeAll(async () => {
  root = tempTree({});
  cpSync(join(ROOT, 'examples', 'template-repo'), root, { recursive: true });
  await installBundledPlugin(root, ['markdownlint']);
  // Header-line metadata (no front matter): markdownlint's lines are the file's lines.
  const broken = referenceText()
    .replace('**Date:** 2026-02-05', '**Date:** Feb 5, 2026')
    .replace(
      'the finally block was accidentally removed',
      'a human error removed the finally block',
    )
    .replace('Fast Detection', 'Fast Detection, though the on-call should have known the limit')
    .replace(/\n## Lessons Learned[\s\S]*?\n(?=## )/, '\n')
    .replace(
      '## Impact',
      '<!-- postmortem-lint-disable-next-line blameless-langauge -->\n## Impact',
    );
  writeFileSync(join(root, BROKEN), broken);
  const created = await runCli(
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
  expect(created.code).toBe(0);
  draft = `postmortems/${readdirSync(join(root, 'postmortems')).find((name) => name.startsWith('2026-02-04-'))}`;
  run = markdownlint(root);
  violations = parseOutput(run.out);
}, 180_000);

describe("markdownlint-cli2 with the template repository's .markdownlint-cli2.jsonc", () => {
  test("markdownlint's own rules pass on the template, its example, its README and a new draft", () => {
    // The broken file is the tests' reference postmortem, not written for markdownlint.
    expect(
      violations.filter((v) => v.file !== BROKEN && !v.name.startsWith('postmortem-lint/')),
    ).toEqual([]);
    // TEMPLATE.md and README.md get markdownlint's rules only; the example is clean.
    expect(run.out).toContain('Linting: 5 file(s)');
    for (const clean of ['README.md', 'postmortems/TEMPLATE.md', EXAMPLE])
      expect(violations.filter((v) => v.file === clean)).toEqual([]);
    expect(new Set(violations.map((v) => v.file))).toEqual(new Set([BROKEN, draft]));
    expect(run.status).toBe(1);
  });

  test("postmortem-lint's findings are the CLI's: same rule ids, same lines (and columns)", async () => {
    const cli = await runCli(['--format', 'json', BROKEN, draft], root);
    const files = JSON.parse(cli.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; line: number; column: number }>;
    }>;
    const viaCli = files.flatMap((file) =>
      file.messages
        .filter((m) => !CORPUS_RULES.has(m.ruleId))
        .map((m) => `${relative(root, file.filePath)}:${m.line} ${m.ruleId}`),
    );
    const ours = violations.filter((v) => v.name.startsWith('postmortem-lint/'));
    const viaMarkdownlint = ours.map(asCli);
    expect(viaMarkdownlint.sort()).toEqual(viaCli.sort());
    // Not vacuous: every kind of finding is there.
    for (const id of [
      'blameless-language',
      'required-sections',
      'required-metadata',
      'unknown-rule',
      'no-placeholders',
    ])
      expect(viaMarkdownlint.some((v) => v.endsWith(` ${id}`))).toBe(true);
    // Where markdownlint shows a column, it is the CLI's.
    const columns = files.flatMap((file) =>
      file.messages.map(
        (m) => `${relative(root, file.filePath)}:${m.line}:${m.column} ${m.ruleId}`,
      ),
    );
    for (const violation of ours.filter((v) => v.column !== null)) {
      const [at, id] = asCli(violation).split(' ');
      expect(columns).toContain(`${at}:${violation.column} ${id}`);
    }
    // The message and the suggestion are the detail.
    expect(ours.find((v) => v.name === 'postmortem-lint/blameless-language')?.detail).toMatch(
      /^Blaming language ".+": .+ Suggestion: Instead, /,
    );
  });

  test('each rule is configured on its own: off, or only one of them', () => {
    writeFileSync(
      join(root, '.markdownlint-cli2.jsonc'),
      readFileSync(
        join(ROOT, 'examples', 'template-repo', '.markdownlint-cli2.jsonc'),
        'utf8',
      ).replace(
        '"postmortem-lint": true,',
        '"postmortem-lint": false, "postmortem-lint/blameless-language": true,',
      ),
    );
    try {
      const names = new Set(
        parseOutput(markdownlint(root).out)
          .filter((v) => v.file !== BROKEN || v.name.startsWith('postmortem-lint/'))
          .map((v) => v.name),
      );
      expect([...names]).toEqual(['postmortem-lint/blameless-language']);
    } finally {
      cpSync(
        join(ROOT, 'examples', 'template-repo', '.markdownlint-cli2.jsonc'),
        join(root, '.markdownlint-cli2.jsonc'),
      );
    }
  });
});
