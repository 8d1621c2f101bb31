import { config, lintTexts } from '../support/lint.js';
import { documentedExamplesTest } from './rule-findings.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';
import { lintText } from '../../src/engine/pipeline.js';
import { checkCorpus } from '../../src/engine/pipeline.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { Finding } from '../../src/rules/types.js';
import type { IndexEntry } from '../../src/corpus/index-entry.js';
import { createPatternAnalysisRule } from '../../src/rules/pattern-analysis.js';
import { groupedPatterns, type PatternSource } from '../../src/corpus/patterns.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';
import { entry } from '../support/generated-corpus.js';

const ID = 'pattern-analysis';
const NOW = new Date('2026-06-01T12:00:00Z');

interface Incident {
  id?: string;
  date: string;
  category?: string;
  services?: string[];
  cites?: string[];
}

function postmortem({ id, date, category, services, cites }: Incident): string {
  return [
    '---',
    ...(id ? [`id: ${id}`] : []),
    `date: ${date}`,
    ...(category ? [`root_cause_category: ${category}`] : []),
    ...(services ? [`services: [${services.join(', ')}]`] : []),
    '---',
    `# Postmortem of ${date}`,
    '',
    '## Summary',
    '',
    'Something recurred.',
    ...(cites
      ? ['', '## Pattern Analysis', '', `Earlier: ${cites.join(', ') || 'none found'}.`]
      : []),
    '',
  ].join('\n');
}

/** Findings of this rule for every file of the corpus, by file number (1-based). */
function corpusFindings(incidents: Incident[], options?: Record<string, unknown>): Diagnostic[][] {
  const resolved = config(options ? { rules: { [ID]: options as Record<string, never> } } : {});
  const outcomes = incidents.map((incident, i) =>
    lintText(`postmortems/${i + 1}.md`, postmortem(incident), resolved, NOW),
  );
  checkCorpus(outcomes, resolved, NOW);
  return outcomes.map((outcome) => outcome.diagnostics.filter((d) => d.ruleId === ID));
}

const POOL = 'connection pool';

describe('pattern-analysis', () => {
  documentedExamplesTest(ID);

  test('the reference postmortem passes in both forms (alone, and with its history)', () => {
    const only = (list: Diagnostic[]) => list.filter((d) => d.ruleId === ID);
    expect(only(lintTexts([referenceText()]))).toEqual([]);
    expect(only(lintTexts([referenceAsFrontmatter()]))).toEqual([]);
    const history = [
      postmortem({ id: 'INC-2025-0810-002', date: '2025-08-10', category: POOL }),
      postmortem({ id: 'INC-2025-1105-001', date: '2025-11-05', category: POOL }),
    ];
    const reference = referenceAsFrontmatter().replace(
      '---\n',
      `---\nroot_cause_category: ${POOL}\n`,
    );
    expect(only(lintTexts([...history, reference]))).toEqual([]);
  });

  test('3 incidents within 6 months: the 3rd must cite the first two; the first two need nothing', () => {
    const found = corpusFindings([
      { id: 'INC-2026-0105-001', date: '2026-01-05', category: POOL },
      { id: 'INC-2026-0301-001', date: '2026-03-01', category: 'Connection_Pool' },
      { id: 'INC-2026-0520-001', date: '2026-05-20', category: 'connection-pool' },
    ]);
    expect(found[0]).toEqual([]);
    expect(found[1]).toEqual([]);
    expect(found[2].map((d) => `${d.line}:${d.column}`)).toEqual(['6:1']);
    expect(found[2][0].message).toBe(
      'This is the 3rd incident with root-cause category "connection-pool" within 6 months (after INC-2026-0105-001 (2026-01-05), INC-2026-0301-001 (2026-03-01)): add a Pattern Analysis section citing INC-2026-0105-001, INC-2026-0301-001.',
    );
  });

  test('3 incidents spread over 8 months are no pattern', () => {
    const found = corpusFindings([
      { id: 'INC-2025-09-01', date: '2025-09-01', category: POOL },
      { id: 'INC-2026-01-15', date: '2026-01-15', category: POOL },
      { id: 'INC-2026-05-02', date: '2026-05-02', category: POOL },
    ]);
    expect(found.flat()).toEqual([]);
    // A 9-month window makes it one.
    expect(
      corpusFindings(
        [
          { id: 'A-1', date: '2025-09-01', category: POOL },
          { id: 'A-2', date: '2026-01-15', category: POOL },
          { id: 'A-3', date: '2026-05-02', category: POOL },
        ],
        { windowMonths: 9 },
      )[2],
    ).toHaveLength(1);
  });

  test('citing some ids names the missing ones, at the Pattern Analysis heading', () => {
    const [, , third] = corpusFindings([
      { id: 'INC-2026-0105-001', date: '2026-01-05', category: POOL },
      { id: 'INC-2026-0301-001', date: '2026-03-01', category: POOL },
      { id: 'INC-2026-0520-001', date: '2026-05-20', category: POOL, cites: ['INC-2026-0301-001'] },
    ]);
    expect(third.map((d) => `${d.line}:${d.column}`)).toEqual(['12:1']);
    expect(third[0].message).toContain(
      'the Pattern Analysis section does not cite INC-2026-0105-001 (2026-01-05) (cite INC-2026-0105-001, INC-2026-0301-001)',
    );
    const cited = corpusFindings([
      { id: 'INC-2026-0105-001', date: '2026-01-05', category: POOL },
      { id: 'INC-2026-0301-001', date: '2026-03-01', category: POOL },
      {
        id: 'INC-2026-0520-001',
        date: '2026-05-20',
        category: POOL,
        cites: ['INC-2026-0105-001', 'INC-2026-0301-001'],
      },
    ]);
    expect(cited.flat()).toEqual([]);
  });

  test('every member from the 3rd on is checked against its own window', () => {
    const found = corpusFindings([
      { id: 'INC-2025-1001-001', date: '2025-10-01', category: POOL },
      { id: 'INC-2025-1201-001', date: '2025-12-01', category: POOL },
      {
        id: 'INC-2026-0201-001',
        date: '2026-02-01',
        category: POOL,
        cites: ['INC-2025-1001-001', 'INC-2025-1201-001'],
      },
      { id: 'INC-2026-0501-001', date: '2026-05-01', category: POOL },
    ]);
    expect(found.slice(0, 3).flat()).toEqual([]);
    // The first is more than 6 months before the 4th, which cites the 2nd and 3rd only.
    expect(found[3][0].message).toContain(
      '3rd incident with root-cause category "connection-pool" within 6 months',
    );
    expect(found[3][0].message).toContain('citing INC-2025-1201-001, INC-2026-0201-001.');
  });

  test('groupBy service and minOccurrences; earlier postmortems without ids are named by path', () => {
    const incidents: Incident[] = [
      { date: '2026-04-01', services: ['Billing API'] },
      { id: 'S-2', date: '2026-04-20', services: ['billing-api', 'auth'] },
    ];
    expect(corpusFindings(incidents, { groupBy: ['service'] }).flat()).toEqual([]);
    const [, second] = corpusFindings(incidents, { groupBy: ['service'], minOccurrences: 2 });
    expect(second[0].message).toBe(
      'This is the 2nd incident with service "billing-api" within 6 months (after postmortems/1.md (2026-04-01, no incident id)): add a Pattern Analysis section citing the earlier postmortems.',
    );
  });

  test('postmortems without a date or category never form patterns', () => {
    const found = corpusFindings([
      { id: 'X-1', date: 'last spring', category: POOL },
      { id: 'X-2', date: '2026-03-01' },
      { id: 'X-3', date: '2026-03-02', category: POOL },
      { id: 'X-4', date: '2026-03-03', category: POOL },
    ]);
    expect(found.flat()).toEqual([]);
  });

  test('more pattern sources (e.g. text similarity) feed the same rule', () => {
    const a = entry({ path: 'a.md', id: 'INC-2026-0101-001', date: '2026-01-01' });
    const b = entry({ path: 'b.md', id: 'INC-2026-0201-001', date: '2026-02-01' });
    const c = entry({
      path: 'c.md',
      id: 'INC-2026-0301-001',
      date: '2026-03-01',
      patternAnalysisCites: [],
    });
    const similar: PatternSource = (corpus) => [
      { key: 'leaked file descriptors', kind: 'similarity', incidents: [...corpus] },
    ];
    const rule = createPatternAnalysisRule([groupedPatterns, similar]);
    const check = (subject: IndexEntry): Finding[] => {
      const found: Finding[] = [];
      rule.check({
        entry: subject,
        corpus: [a, b, c],
        options: rule.meta.defaultOptions,
        now: NOW,
        parse: DEFAULT_PARSE_OPTIONS,
        report: (finding) => found.push(finding),
      });
      return found;
    };
    expect(check(b)).toEqual([]);
    const [finding] = check(c);
    expect(finding.message).toBe(
      'This is the 3rd incident with similar root cause "leaked file descriptors" within 6 months: the Pattern Analysis section does not cite INC-2026-0101-001 (2026-01-01), INC-2026-0201-001 (2026-02-01) (cite INC-2026-0101-001, INC-2026-0201-001).',
    );
    expect(finding.span.start.line).toBe(1);
  });
});
