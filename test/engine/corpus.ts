import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/postmortems', import.meta.url));

/** Paragraphs of invented prose, to make documents of very different sizes. */
function filler(paragraphs: number): string {
  const lines: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    lines.push(
      `Observation ${i + 1}: the queue depth graph hid the backlog because it averaged over five minutes, ` +
        'so the dashboards looked calm while consumers fell behind. The runbook now links the raw series.',
      '',
    );
  }
  return lines.join('\n');
}

/** An action item table row due on `deadline`, still open. */
export const OPEN_ITEM_DUE = '2026-03-01';

/**
 * A folder of postmortems that differ a lot in size and shape (the reference in both forms, the
 * bundled examples, grown variants, broken files), so that worker scheduling finishes them out of order.
 * Returns the folder and the paths, in a fixed order.
 */
export function mixedCorpus(options: { copies?: number } = {}): { root: string; paths: string[] } {
  const files: Record<string, string | Uint8Array> = {};
  const reference = referenceText();
  const frontmatter = referenceAsFrontmatter();
  for (let copy = 0; copy < (options.copies ?? 2); copy++) {
    files[`reference-${copy}.md`] = reference;
    files[`frontmatter-${copy}.md`] = frontmatter;
    files[`grown-${copy}.md`] = reference.replace(
      '## Lessons Learned',
      `## Lessons Learned\n\n${filler(60 * (copy + 1))}`,
    );
    for (const name of readdirSync(EXAMPLES_DIR))
      files[`variant-${copy}-${name}`] = readFileSync(join(EXAMPLES_DIR, name));
  }
  files['tiny.md'] = '# Short note\n\nNothing else yet.\n';
  files['binary.md'] = new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02]);
  files['latin1.md'] = new Uint8Array([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
  files['open-item.md'] = reference.replace('| 2026-02-20 |', `| ${OPEN_ITEM_DUE} |`);
  const root = tempTree(files);
  const paths = Object.keys(files)
    .sort()
    .map((name) => join(root, name));
  return { root, paths: [...paths, join(root, 'missing.md')] };
}
