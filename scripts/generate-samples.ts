/**
 * Files generated from the template repository and the examples, through the real code paths.
 * `npm run samples` writes them (it runs test/scaffold/generated.test.ts with UPDATE_SAMPLES=1);
 * the same test, run normally, fails when one of them is stale.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { main } from '../src/cli/main.js';
import { loadConfig } from '../src/config/load.js';
import { discoverFiles } from '../src/files/discover.js';
import { displayPath } from '../src/text/paths.js';
import { lintFiles } from '../src/engine/lint-files.js';
import type { LintRun } from '../src/engine/types.js';
import { hiddenAnnotationsNotice, planAnnotations } from '../src/github/annotations.js';
import { buildCommentBody } from '../src/github/comment.js';
import type { RunContext } from '../src/github/context.js';
import { renderDefaultConfig } from '../src/scaffold/default-config.js';

export const TEMPLATE_REPO = 'examples/template-repo';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  text: string;
  /** What it is generated from, for the staleness message. */
  from: string;
}

/** The built-in template of `postmortem-lint new`: TEMPLATE.md as a TypeScript string. */
function builtinTemplateModule(root: string): GeneratedFile {
  const template = readFileSync(join(root, TEMPLATE_REPO, 'postmortems', 'TEMPLATE.md'), 'utf8');
  const literal = template.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return {
    path: 'src/scaffold/builtin-template.ts',
    from: `${TEMPLATE_REPO}/postmortems/TEMPLATE.md`,
    text: [
      '// Generated from examples/template-repo/postmortems/TEMPLATE.md by `npm run samples`: do not edit.',
      '// The built-in template of `postmortem-lint new`, shipped inside the bundle as a string.',
      `export const BUILTIN_TEMPLATE = \`${literal}\`;`,
      '',
    ].join('\n'),
  };
}

/** The samples' scene: the example postmortems, a pull request adding the two drafts, one date. */
const SAMPLE_NOW = '2026-03-15';
const SAMPLE_DIR = 'examples';
const SAMPLE_DRAFTS = [
  'postmortems/needs-work-cache-stampede.md',
  'postmortems/needs-work-dns-migration.md',
];
const SAMPLE_SHA = '3f9c2e7a41d05b8e6c1f0a9d2b7e4c5a8f6d1e03';

/** Runs the CLI in-process (as `npx postmortem-lint …` in `cwd`) and returns what it printed. */
async function cli(argv: string[], cwd: string): Promise<string> {
  let out = '';
  await main(argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (out += text),
    cwd,
    env: {},
  });
  return out;
}

/** The workflow commands the action prints for its annotations (GitHub turns them into the diff's notes). */
function annotationCommands(run: LintRun): string {
  const plan = planAnnotations(run.results);
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(String(chunk).trimEnd());
    return true;
  }) as typeof process.stdout.write;
  try {
    for (const annotation of plan.annotations) {
      if (annotation.severity === 'error') core.error(annotation.message, annotation.properties);
      else core.warning(annotation.message, annotation.properties);
    }
  } finally {
    process.stdout.write = write;
  }
  const hidden = hiddenAnnotationsNotice(plan, 'the job summary and the pull-request comment');
  return [...lines, ...(hidden === null ? [] : [`::notice::${hidden}`])].join('\n');
}

/** The run the action would make on a pull request adding the two drafts. */
async function pullRequestRun(cwd: string, now: Date): Promise<LintRun> {
  const config = await loadConfig({ searchFrom: join(cwd, 'postmortems'), cwd });
  const all = await discoverFiles([], config, cwd);
  const run = await lintFiles({
    files: SAMPLE_DRAFTS.map((path) => resolve(cwd, path)),
    contextFiles: all.map((path) => resolve(cwd, path)),
    config,
    now,
  });
  return {
    ...run,
    results: run.results.map((result) => ({
      ...result,
      filePath: displayPath(result.filePath, cwd),
    })),
  };
}

const SAMPLE_CONTEXT = (cwd: string): RunContext => ({
  eventName: 'pull_request',
  owner: 'your-org',
  repo: 'postmortems',
  workspace: cwd,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  sha: SAMPLE_SHA,
  runUrl: 'https://github.com/your-org/postmortems/actions/runs/4242424242',
  pullRequest: { number: 42, headSha: SAMPLE_SHA, fromFork: false },
  tempDir: null,
});

/** Markdown headings moved down `levels` (outside code fences), to nest a document in another. */
function demoteHeadings(markdown: string, levels: number): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,6} /.test(line) ? `${'#'.repeat(levels)}${line}` : line;
    })
    .join('\n');
}

const SAMPLES_PAGE = 'docs/what-you-will-see.md';

/**
 * The trend report as the report command writes it to a file in the page's folder, so that its
 * links to the postmortems are relative to the page (`../examples/postmortems/…`).
 */
async function reportBesidePage(root: string, cwd: string): Promise<string> {
  const out = join(root, dirname(SAMPLES_PAGE), `.trends-sample-${process.pid}.md`);
  try {
    await cli(['report', 'postmortems', '--now', SAMPLE_NOW, '--out', out], cwd);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(out, { force: true });
  }
}

async function whatYouWillSee(root: string): Promise<GeneratedFile> {
  const cwd = join(root, SAMPLE_DIR);
  const now = new Date(`${SAMPLE_NOW}T12:00:00Z`);
  const terminal = await cli([SAMPLE_DRAFTS[0], '--now', SAMPLE_NOW], cwd);
  const run = await pullRequestRun(cwd, now);
  const comment = buildCommentBody(SAMPLE_CONTEXT(cwd), {
    run,
    changedOnly: true,
    failOn: 'error',
  });
  const report = await reportBesidePage(root, cwd);
  const text = [
    '# What you will see',
    '',
    `<!-- Generated by "npm run samples" from ${SAMPLE_DIR}/postmortems with --now ${SAMPLE_NOW}: do not edit. -->`,
    '',
    `Real output of postmortem-lint on the example postmortems in \`${SAMPLE_DIR}/postmortems/\`, run as a team`,
    'would run it: in a terminal, on a pull request that adds the two drafts (`needs-work-*.md`), and',
    `as the weekly trend report. Dates are judged as of ${SAMPLE_NOW}. \`npm run samples\` regenerates this`,
    "page through the same code paths (CLI, reporters, the action's annotation and comment",
    'renderers, the report command), and a test fails when it is out of date.',
    '',
    '## In the terminal',
    '',
    `\`npx postmortem-lint ${SAMPLE_DRAFTS[0]}\`:`,
    '',
    '```text',
    terminal.trim(),
    '```',
    '',
    '## On the pull request',
    '',
    '### Annotations',
    '',
    'The action prints one workflow command per finding; GitHub shows each one on the changed line of',
    'the diff ("Files changed"), with the rule id as the title. GitHub displays 10 errors and 10',
    'warnings per step: the action says how many more there are and where to read them.',
    '',
    '```text',
    annotationCommands(run),
    '```',
    '',
    '### The pull-request comment',
    '',
    'One comment, updated in place on every push (found again by its hidden marker):',
    '',
    comment.trim(),
    '',
    '## The trend report',
    '',
    `\`npx postmortem-lint report postmortems\` (the trends workflow commits it as \`postmortems/TRENDS.md\`):`,
    '',
    demoteHeadings(report.trim(), 2),
    '',
  ].join('\n');
  return { path: SAMPLES_PAGE, from: `${SAMPLE_DIR}/postmortems`, text };
}

/** `text` with the content between `<!-- generated: name -->` and `<!-- /generated: name -->` replaced. */
function replaceBlock(text: string, name: string, content: string): string {
  const open = `<!-- generated: ${name} -->`;
  const close = `<!-- /generated: ${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start === -1 || end < start) throw new Error(`README.md has no ${open} … ${close} block`);
  return `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`;
}

/** `npx postmortem-lint new …` in a fresh copy of the template repository. */
async function newCommandSample(root: string): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), 'pml-sample-'));
  try {
    cpSync(join(root, TEMPLATE_REPO), copy, { recursive: true });
    const argv = [
      'new',
      '--title',
      'Checkout errors after certificate rotation',
      '--severity',
      'SEV-1',
    ];
    const out = await cli([...argv, '--now', '2026-03-02'], copy);
    const command = `npx postmortem-lint ${argv.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)).join(' ')}`;
    return [
      command,
      ...out
        .trimEnd()
        .split('\n')
        .map((line) => `# ${line}`),
    ].join('\n');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The README's generated blocks (the rest of the README is left as it is). */
async function readmeSamples(root: string): Promise<GeneratedFile> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const draft = SAMPLE_DRAFTS[1];
  const terminal = await cli([draft, '--now', SAMPLE_NOW], join(root, SAMPLE_DIR));
  const text = replaceBlock(
    replaceBlock(
      readme,
      'new',
      `   \`\`\`sh\n${(await newCommandSample(root)).replace(/^/gm, '   ')}\n   \`\`\``,
    ),
    'samples',
    `\`\`\`text\n$ npx postmortem-lint ${draft} --now ${SAMPLE_NOW}\n${terminal.trim()}\n\`\`\``,
  );
  return { path: 'README.md', from: `${SAMPLE_DIR}/postmortems and ${TEMPLATE_REPO}`, text };
}

export async function generatedFiles(root: string): Promise<GeneratedFile[]> {
  return [
    builtinTemplateModule(root),
    await whatYouWillSee(root),
    await readmeSamples(root),
    {
      path: `${TEMPLATE_REPO}/.postmortemrc.yml`,
      from: 'the rules’ metadata and the config schema',
      text: renderDefaultConfig(),
    },
  ];
}
