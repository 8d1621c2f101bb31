// Context files (the rest of the repository in a pull-request check) are indexed from their header
// alone when that gives the same entry: proved here against the full model, file by file.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../../src/config/types.js';
import { buildIndexEntry } from '../../src/corpus/index-entry.js';
import { contextSlice, indexContext, projectedEntry } from '../../src/engine/context-entry.js';
import { modelBytes } from '../../src/engine/pipeline.js';
import { RULES } from '../../src/rules/index.js';
import { config as configOf } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';
import { readRuleDoc } from '../support/rule-docs.js';
import { describeRealCorpus, REAL_CORPUS_DIR, realCorpusFiles } from '../support/real-corpus.js';
// @ts-expect-error: the bench's generator is plain JavaScript, without types.
import { generateCorpus } from '../../scripts/generate-corpus.js';

const defaults = configOf();
const similar = configOf({ rules: { 'pattern-analysis': { similarity: { enabled: true } } } });
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The full model's entry, projected as a context entry stands for it (null: no entry). */
function fullEntry(path: string, bytes: Uint8Array, config: ResolvedConfig): unknown {
  const modelled = modelBytes(path, bytes, config);
  return modelled.ok ? projectedEntry(buildIndexEntry(modelled.model), config) : null;
}

function cheapEntry(path: string, bytes: Uint8Array, config: ResolvedConfig): unknown {
  const indexed = indexContext(path, bytes, config);
  return indexed.ok ? indexed.entry : null;
}

function expectSameEntries(files: Array<[string, Uint8Array]>, config = defaults): void {
  for (const [path, bytes] of files)
    expect({ path, entry: cheapEntry(path, bytes, config) }).toEqual({
      path,
      entry: fullEntry(path, bytes, config),
    });
}

const benchFiles: Array<[string, Uint8Array]> = (() => {
  const folder = mkdtempSync(join(tmpdir(), 'pml-context-'));
  return (generateCorpus(folder, 100) as string[]).map((path) => [path, readFileSync(path)]);
})();

describe('context entries from the header equal the full model’s', () => {
  test('on the bench corpus generator’s output, nearly all from the header alone', () => {
    expectSameEntries(benchFiles);
    const sliced = benchFiles.filter(
      ([, bytes]) => contextSlice(new TextDecoder().decode(bytes)) !== null,
    );
    expect(sliced.length).toBe(benchFiles.length);
  });

  test('on the reference postmortem (header lines and frontmatter), the examples and rule docs', () => {
    const examples = fileURLToPath(new URL('../../examples/postmortems', import.meta.url));
    const texts: Array<[string, string]> = [
      ['reference.md', referenceText()],
      ['reference-frontmatter.md', referenceAsFrontmatter()],
      ...readdirSync(examples)
        .filter((name) => name.endsWith('.md'))
        .map((name): [string, string] => [name, readFileSync(join(examples, name), 'utf8')]),
    ];
    for (const rule of RULES) {
      const doc = readRuleDoc(rule.meta.id);
      [...doc.failing.files, ...doc.passing.files].forEach((text, i) =>
        texts.push([`${rule.meta.id}-${i}.md`, text]),
      );
    }
    expectSameEntries(texts.map(([path, text]) => [path, encode(text)]));
  });

  test('with similarity on, the root-cause texts come along (from the whole file)', () => {
    expectSameEntries(benchFiles.slice(0, 20), similar);
    const [path, bytes] = benchFiles[0];
    expect(cheapEntry(path, bytes, similar)).toMatchObject({ rootCause: expect.any(String) });
  });

  // Each: a header that read alone could differ from the whole file; the entry must not.
  const tricky: Record<string, string> = {
    'setext title and section':
      'Outage of the edge\n==\n\n**Incident ID:** INC-7\n\nSummary\n---\n\n## Impact\n\nAll.\n',
    'a "## line" in fenced code before the first section':
      '# T\n\n**Incident ID:** INC-1\n\n```text\n## not a heading\n```\n\n**Date:** 2026-01-02\n\n## Impact\n',
    'a "## comment" in the frontmatter':
      '---\nid: INC-2\n## comment\ndate: 2026-01-03\n---\n\n# T\n\n## Impact\n',
    'unclosed frontmatter': '---\nid: INC-3\n\n# T\n\n## Impact\n',
    'javascript frontmatter': '---js\n({ id: "INC-4" })\n---\n\n# T\n\n## Impact\n',
    'the title only after the first section':
      '**Incident ID:** INC-5\n\n## Impact\n\n# Late title\n',
    'a link in the title defined at the end':
      '# Outage [edge]\n\n**Incident ID:** INC-6\n\n## Impact\n\n[edge]: https://example.com\n',
    'an HTML block around the first "##"':
      '# T\n\n<div>\n## inside html\n</div>\n\n**Date:** 2026-01-04\n\n## Impact\n',
    'no section at all': '# T\n\n**Incident ID:** INC-8\n**Date:** 2026-01-05\n',
    'a field line after the first section': '# T\n\n## Impact\n\n**Incident ID:** INC-9\n',
    'CRLF and a BOM': '\ufeff# T\r\n\r\n**Incident ID:** INC-10\r\n\r\n## Impact\r\n',
    'an indented section heading first': '# T\n\n**Date:** 2026-01-06\n\n   ## Impact\n\n## More\n',
    'a fence left open': '# T\n\n```\n## Impact\n',
    'fields written as headings':
      '## Outage report\n## Date: 2026-01-07\n## Details:\n\nText.\n\n## Incident ID: INC-11\n',
    'a field section late in the file':
      '# T\n\nText.\n\n## Impact\n\nAll.\n\nMore.\n\n## Date\n\n2026-01-08\n',
    'a subtitle, then header lines':
      '# Report\n\n## Edge degradation\n\n**Date:** 2026-01-09\n\n## Summary\n\nText.\n',
    'a field table opening the first section':
      '# T\n\nText.\n\n## Details\n\n| Date | Incident ID |\n|---|---|\n| 2026-01-10 | INC-12 |\n',
    'a fenced first block with blank lines':
      '# T\n\nText.\n\n## Impact\n\n```\na\n\n## no\n```\n\n## Date: 2026-01-11\n',
    'an indented fence in a list, a heading after':
      '# T\n\nText.\n\n## Steps\n\n1. Run\n   ```\n   x\n## Date: 2026-01-12\n',
    'a multi-line comment in the body':
      '# T\n\nText.\n\n## A\n\nx\n\n<!--\n\n## Date: 2026-01-13\n-->\n\n## B\n',
    'a setext underline in the body': '# T\n\nText.\n\n## A\n\nx\n\nDate: 2026\n---\n',
    'a section named for a field no entry reads, then one it does':
      '# T\n\nText.\n\n## Impact\n\n| Date | Incident ID |\n|---|---|\n| 2026-01-14 | INC-13 |\n\n## Status\n\nResolved\n',
    'a first section named for a field no entry reads, holding a field table':
      '# T\n\n## Impact\n\n| Date | Incident ID |\n|---|---|\n| 2026-01-15 | INC-14 |\n',
  };
  test.each(Object.entries(tricky))('%s', (name, text) => {
    expectSameEntries([[`${name}.md`, encode(text)]]);
    expectSameEntries([[`${name}.md`, encode(text)]], similar);
  });

  test('a section named for a field no entry reads (## Impact) is not parsed', () => {
    const text =
      '# T\n\nText.\n\n## Summary\n\nA.\n\n## Impact\n\n| Metric | Value |\n|---|---|\n| Users | 4% |\n';
    expect(contextSlice(text)?.text).not.toContain('Metric');
  });

  test('a file that does not decode has no entry either way', () => {
    expectSameEntries([['binary.md', new Uint8Array([0x23, 0x00, 0x01])]]);
    expect(cheapEntry('binary.md', new Uint8Array([0x23, 0x00, 0x01]), defaults)).toBeNull();
  });
});

describeRealCorpus('context entries on the real corpus (POSTMORTEM_CORPUS_DIR)', () => {
  test('equal the full model’s, file by file', () => {
    const dir = REAL_CORPUS_DIR as string;
    expectSameEntries(
      realCorpusFiles().map((name): [string, Uint8Array] => [name, readFileSync(join(dir, name))]),
    );
  });
});
