import { config, lintTexts } from '../support/lint.js';
import { documentedExamplesTest } from './rule-findings.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';
import { checkCorpus, lintText } from '../../src/engine/pipeline.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { duplicateIds, withoutDuplicates } from '../../src/corpus/duplicates.js';
import { entry } from '../support/generated-corpus.js';

const ID = 'unique-incident-id';
const NOW = new Date('2026-06-01T12:00:00Z');

/** Findings of this rule on each file (`path` → text), in the order given. */
function findings(files: Record<string, string>): Record<string, string[]> {
  const resolved = config();
  const outcomes = Object.entries(files).map(([path, text]) => lintText(path, text, resolved, NOW));
  checkCorpus(outcomes, resolved, NOW);
  return Object.fromEntries(
    outcomes.map((outcome) => [
      outcome.path,
      outcome.diagnostics
        .filter((d: Diagnostic) => d.ruleId === ID)
        .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`),
    ]),
  );
}

const frontmatter = (id: string, date: string | null, title = 'Outage') =>
  `---\nid: ${id}\n${date ? `date: ${date}\n` : ''}---\n# ${title}\n`;

describe('unique-incident-id', () => {
  documentedExamplesTest(ID);

  test('the reference postmortem passes, alone and beside other incidents', () => {
    const only = (list: Diagnostic[]) => list.filter((d) => d.ruleId === ID);
    expect(only(lintTexts([referenceText()]))).toEqual([]);
    expect(
      only(lintTexts([referenceAsFrontmatter(), frontmatter('INC-2025-1105-001', '2025-11-05')])),
    ).toEqual([]);
  });

  test('each later file is reported on its id line, naming the first (by date, not by path)', () => {
    const found = findings({
      'pm/a-copy.md': frontmatter('INC-2026-0302-001', '2026-04-14'),
      'pm/b-original.md': frontmatter('INC-2026-0302-001', '2026-03-02'),
      'pm/c-third.md': `# Another\n\n**Incident ID:** inc-2026-0302-001 \n**Date:** 2026-05-01\n`,
      'pm/d-other.md': frontmatter('INC-2026-0302-002', '2026-03-02'),
    });
    expect(found).toEqual({
      'pm/a-copy.md': [
        '2:1 error The incident id INC-2026-0302-001 is already used by pm/b-original.md (incident of 2026-03-02): give this incident its own id, or keep one postmortem if both describe the same incident.',
      ],
      'pm/b-original.md': [],
      'pm/c-third.md': [
        '3:1 error The incident id inc-2026-0302-001 is already used by pm/b-original.md (incident of 2026-03-02): give this incident its own id, or keep one postmortem if both describe the same incident.',
      ],
      'pm/d-other.md': [],
    });
  });

  test('undated holders come after dated ones, then path order; masks and missing ids never collide', () => {
    const found = findings({
      'pm/1.md': frontmatter('OPS-7', null),
      'pm/2.md': frontmatter('OPS-7', '2026-01-09'),
      'pm/3.md': frontmatter('INC-YYYY-MMDD-NNN', '2026-01-09'),
      'pm/4.md': frontmatter('INC-YYYY-MMDD-NNN', '2026-01-10'),
      'pm/5.md': '# No id at all\n',
      'pm/6.md': '# No id either\n',
    });
    expect(found['pm/1.md']).toEqual([
      expect.stringContaining('is already used by pm/2.md (incident of 2026-01-09)'),
    ]);
    expect(Object.values(found).flat()).toHaveLength(1);
  });

  test('the data a report needs: each incident once, and the duplicates listed', () => {
    const a = entry({ path: 'a.md', id: 'INC-1', date: '2026-01-02' });
    const b = entry({ path: 'b.md', id: 'inc-1 ', date: '2026-01-01' });
    const c = entry({ path: 'c.md', id: 'INC-1', date: null });
    const d = entry({ path: 'd.md', id: 'INC-2', date: '2026-01-03' });
    const e = entry({ path: 'e.md', id: null, date: '2026-01-03' });
    const duplicates = duplicateIds([a, b, c, d, e]);
    expect(duplicates).toEqual([{ id: 'inc-1 ', first: b, duplicates: [a, c] }]);
    expect(withoutDuplicates([a, b, c, d, e], duplicates)).toEqual([b, d, e]);
  });
});
