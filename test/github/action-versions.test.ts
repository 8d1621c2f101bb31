// Every workflow a user copies (README's snippets, examples/workflows, the template's workflows) and
// the repository's own names each action at one major version, and a current one: GitHub's runners
// no longer run Node 20 actions, and a README a version behind its template is a README to distrust.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ROOT } from './run-action.js';

/**
 * The major version every workflow uses, at least: the current majors, all on Node 24
 * (actions/checkout v5, actions/setup-node v5, actions/cache v5, codeql-action v4, upload-artifact v6
 * and download-artifact v7 were the first).
 */
const CURRENT_MAJORS: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/cache': 6,
  'github/codeql-action': 4,
  // The current pair: an artifact uploaded by one generation is downloaded by its partner.
  'actions/upload-artifact': 7,
  'actions/download-artifact': 8,
};

interface Use {
  /** Where: `README.md:204`. */
  at: string;
  /** `owner/repo` (a sub-action such as github/codeql-action/upload-sarif counts as its repository). */
  action: string;
  ref: string;
}

function usesIn(text: string, file: string, firstLine = 1): Use[] {
  return text.split('\n').flatMap((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)/.exec(line);
    if (!match || match[1].startsWith('./')) return [];
    const [path, ref = ''] = match[1].split('@');
    const action = path.split('/').slice(0, 2).join('/');
    return [{ at: `${file}:${firstLine + index}`, action, ref }];
  });
}

/** The `uses:` lines of a Markdown file's fenced code blocks. */
function usesInMarkdown(path: string): Use[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const uses: Use[] = [];
  for (const block of text.matchAll(/^([ \t]*)(```|~~~)[^\n]*\n([\s\S]*?)^\1\2[ \t]*$/gm)) {
    const firstLine = text.slice(0, block.index).split('\n').length + 1;
    uses.push(...usesIn(block[3], path, firstLine));
  }
  return uses;
}

function usesInWorkflows(directory: string): Use[] {
  const absolute = join(ROOT, directory);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((name) => {
      const path = join(absolute, name);
      return usesIn(readFileSync(path, 'utf8'), relative(ROOT, path));
    });
}

const ALL: Use[] = [
  ...usesInMarkdown('README.md'),
  ...usesInMarkdown('examples/template-repo/README.md'),
  ...usesInWorkflows('examples/workflows'),
  ...usesInWorkflows('examples/template-repo/.github/workflows'),
  ...usesInWorkflows('.github/workflows'),
];

const major = (ref: string): number | null => {
  const match = /^v(\d+)$/.exec(ref);
  return match ? Number(match[1]) : null;
};

describe('action versions in README, examples/workflows, the template and .github/workflows', () => {
  test('the scan finds the snippets (the check is real)', () => {
    const places = new Set(ALL.map((use) => use.at.split(':')[0]));
    expect([...places].sort()).toEqual(
      expect.arrayContaining([
        'README.md',
        'examples/workflows/postmortem-check.yml',
        'examples/template-repo/.github/workflows/postmortem-trends.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
      ]),
    );
    const readme = ALL.filter((use) => use.at.startsWith('README.md:')).map((use) => use.action);
    expect(new Set(readme)).toEqual(
      new Set([
        'actions/checkout',
        'actions/cache',
        'github/codeql-action',
        'postmortem-lint/postmortem-lint',
      ]),
    );
  });

  test('every uses: names a major version tag (vN), not a branch, a SHA or a minor', () => {
    expect(ALL.filter((use) => major(use.ref) === null)).toEqual([]);
  });

  test('one major version per action everywhere', () => {
    const majors = new Map<string, Set<string>>();
    for (const use of ALL)
      majors.set(use.action, (majors.get(use.action) ?? new Set()).add(use.ref));
    const mixed = [...majors]
      .filter(([, refs]) => refs.size > 1)
      .map(([action]) => ALL.filter((use) => use.action === action));
    expect(mixed).toEqual([]);
  });

  test('the current majors, all on Node 24: checkout v7, setup-node v7, cache v6, codeql-action v4', () => {
    const stale = ALL.filter(
      (use) => use.action in CURRENT_MAJORS && (major(use.ref) ?? 0) < CURRENT_MAJORS[use.action],
    );
    expect(stale).toEqual([]);
    for (const action of ['actions/checkout', 'actions/setup-node', 'actions/cache'])
      expect([action, ALL.some((use) => use.action === action)]).toEqual([action, true]);
  });

  test('the action itself is used at v1, the tag release.yml moves', () => {
    const ours = ALL.filter((use) => use.action === 'postmortem-lint/postmortem-lint');
    expect(ours.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ours.map((use) => use.ref))).toEqual(new Set(['v1']));
  });
});
