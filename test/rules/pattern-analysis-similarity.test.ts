import { config, lintTexts, places } from '../support/lint.js';
import { runRuleDoc } from '../support/lint.js';

/** Three leak incidents in four months, filed under three different (or no) categories. */
function incident(
  id: string,
  date: string,
  category: string | null,
  rootCause: string,
  analysis = '',
): string {
  return `---
id: ${id}
date: ${date}
${category ? `root_cause_category: ${category}\n` : ''}---
# Postmortem ${id}

## Root Cause Analysis

### Root Cause

${rootCause}
${analysis}`;
}

const FIRST = incident(
  'INC-2025-1001-001',
  '2025-10-01',
  'database',
  'Connections leaked from the pool until the pool was exhausted.',
);
const SECOND = incident(
  'INC-2025-1115-001',
  '2025-11-15',
  null,
  'The connection pool was exhausted by leaking connections.',
);
const THIRD = (analysis = '') =>
  incident(
    'INC-2026-0120-001',
    '2026-01-20',
    'capacity',
    'Leaked connections exhausted the pool again.',
    analysis,
  );

const NOW = new Date('2026-02-06T12:00:00Z');

describe('pattern-analysis with similarity', () => {
  it('is off by default: different categories are no pattern', () => {
    expect(places(lintTexts([FIRST, SECOND, THIRD()], { now: NOW }), 'pattern-analysis')).toEqual(
      [],
    );
  });

  it('similarity.enabled: similar root causes recur, the newest must cite the earlier two', () => {
    const enabled = config({ rules: { 'pattern-analysis': { similarity: { enabled: true } } } });
    const findings = lintTexts([FIRST, SECOND, THIRD()], { config: enabled, now: NOW }).filter(
      (d) => d.ruleId === 'pattern-analysis',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/3rd incident with similar root cause "[^"]*pool[^"]*"/);
    expect(findings[0].message).toContain('INC-2025-1001-001, INC-2025-1115-001');
    const cited = THIRD(
      '\n## Pattern Analysis\n\nAfter INC-2025-1001-001 and INC-2025-1115-001.\n',
    );
    expect(
      places(lintTexts([FIRST, SECOND, cited], { config: enabled, now: NOW }), 'pattern-analysis'),
    ).toEqual([]);
  });

  it('a high threshold finds nothing', () => {
    const strict = config({
      rules: { 'pattern-analysis': { similarity: { enabled: true, threshold: 0.99 } } },
    });
    expect(
      places(lintTexts([FIRST, SECOND, THIRD()], { config: strict, now: NOW }), 'pattern-analysis'),
    ).toEqual([]);
  });

  it("keeps the rule's documented examples passing", () => {
    const doc = runRuleDoc('pattern-analysis');
    expect(doc.passing).toEqual([]);
    expect(doc.failing.map((d) => `${d.line}:${d.column}`)).toEqual(doc.expect);
  });
});
