import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads the examples of a rule's doc page (`docs/rules/<id>.md`), so the documented behaviour is
 * what the tests run (remark-lint's practice).
 *
 * Page format:
 * - `## Failing example` and `## Passing example` headings; each is followed by one or more
 *   ```` ```markdown ```` fences. Several fences form a corpus (for cross-incident rules); the
 *   LAST fence is the file under test.
 * - Optional `<!-- now: 2026-02-06 -->` anywhere on the page: the `--now` for both examples.
 * - Optional `<!-- expect: 12:3, 20:1 -->` under the failing heading: the exact line:column list of
 *   the rule's findings in the failing example.
 * - Optional `<!-- options: {"minDepth": 6} -->`: rule options for both examples.
 */
export interface RuleDocExample {
  files: string[];
}

export interface RuleDoc {
  id: string;
  now: Date;
  options: Record<string, unknown> | null;
  failing: RuleDocExample;
  passing: RuleDocExample;
  /** `line:column` of each expected finding in the failing example, when the page lists them. */
  expect: string[] | null;
}

const DOCS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'docs', 'rules');

function examplesUnder(markdown: string, heading: string): string[] {
  const start = markdown.search(new RegExp(`^## ${heading}\\s*$`, 'm'));
  if (start === -1) throw new Error(`missing "## ${heading}"`);
  const rest = markdown.slice(start + 3);
  // The next heading outside a fence (examples contain `## Timeline` and the like).
  const next = rest
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, (fence) => fence.replace(/#/g, ' '))
    .search(/^## /m);
  const body = next === -1 ? rest : rest.slice(0, next);
  const files = [...body.matchAll(/^(`{3,})markdown[^\n]*\n([\s\S]*?)^\1\s*$/gm)].map(
    (match) => match[2],
  );
  if (files.length === 0) throw new Error(`no \`\`\`markdown fence under "## ${heading}"`);
  return files;
}

export function readRuleDoc(id: string): RuleDoc {
  const markdown = readFileSync(join(DOCS_DIR, `${id}.md`), 'utf8');
  const now = /<!--\s*now:\s*(\S+)\s*-->/.exec(markdown)?.[1] ?? '2026-02-06';
  const options = /<!--\s*options:\s*([\s\S]*?)\s*-->/.exec(markdown)?.[1];
  const failingStart = markdown.search(/^## Failing example/m);
  const expect = /<!--\s*expect:\s*([\d:,\s]+?)\s*-->/.exec(markdown.slice(failingStart))?.[1];
  return {
    id,
    now: new Date(`${now}T12:00:00Z`),
    options: options ? (JSON.parse(options) as Record<string, unknown>) : null,
    failing: { files: examplesUnder(markdown, 'Failing example') },
    passing: { files: examplesUnder(markdown, 'Passing example') },
    expect: expect ? expect.split(/[\s,]+/).filter(Boolean) : null,
  };
}
