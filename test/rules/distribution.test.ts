import { ruleFindings } from '../support/lint.js';
import { documentedAndReferenceTests } from './rule-findings.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const ID = 'distribution';

function findings(text: string, options?: Record<string, unknown>): Diagnostic[] {
  return ruleFindings(ID, text, { options });
}

describe('distribution', () => {
  documentedAndReferenceTests(ID);

  test('a missing list is reported on the title', () => {
    const found = findings('# Outage\n\nNothing else.\n');
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['1:1']);
    expect(found[0].message).toContain('No distribution list');
  });

  test('names the missing audiences; synonyms are whole words', () => {
    const found = findings('# Outage\n\n**Distribution:** Developers, the production on-call\n');
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['3:19']);
    expect(found[0].message).toContain('does not name product, leadership');
  });

  test('"Product Management" does not also count as management (leadership)', () => {
    expect(
      findings('# Outage\n\n**Distribution:** SRE, Product Management\n')[0].message,
    ).toContain('does not name leadership');
  });

  test('reads a frontmatter list and a Distribution section', () => {
    expect(findings('---\ndistribution: [eng, pm, cto]\n---\n# Outage\n')).toEqual([]);
    expect(
      findings('# Outage\n\n## Distribution\n\n- Dev team\n- Product\n- Leadership team\n'),
    ).toEqual([]);
  });

  test('"not yet shared — …" (what `new` writes) is no distribution: a warning until completed', () => {
    const line =
      '**Distribution:** not yet shared — send to Engineering, Product, Executive Leadership';
    const draft = findings(`# Outage\n\n**Status:** Draft\n${line}\n`);
    expect(draft.map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['4:19 warning']);
    expect(draft[0].message).toBe(
      'The postmortem is not shared yet: share it with engineering, product, leadership and list who received it here.',
    );
    expect(findings(`# Outage\n\n**Status:** Completed\n${line}\n`).map((d) => d.severity)).toEqual(
      ['error'],
    );
    // A list that was shared and says so later on is a list.
    expect(
      findings(
        '# Outage\n\n**Distribution:** Engineering, Product, CTO (not yet sent to support)\n',
      ),
    ).toEqual([]);
  });

  test('audiences are configurable and merge with the defaults', () => {
    const text = '# Outage\n\n**Distribution:** Engineering, Product, CTO\n';
    const found = findings(text, { audiences: { support: ['support', 'customer success'] } });
    expect(found[0].message).toContain('does not name support');
    expect(findings(text, { audiences: { leadership: ['board'] } })[0].message).toContain(
      'does not name leadership',
    );
  });
});
