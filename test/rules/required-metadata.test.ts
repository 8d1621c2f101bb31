import { config, lintOne, ruleFindings } from '../support/lint.js';
import { described, documentedAndReferenceTests } from './rule-findings.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

const ID = 'required-metadata';
const findings = (text: string, options?: Record<string, unknown>) =>
  ruleFindings(ID, text, { options });

const VALID_HEADER = [
  '# Postmortem: cache stampede',
  '',
  '**Incident ID:** INC-2026-0110-002',
  '**Date:** 2026-01-10',
  '**Severity:** P2',
  '**Status:** ✅ **completed**',
  '**Author:** @web-oncall',
  '',
  '## Executive Summary',
  '',
  'Text.',
  '',
].join('\n');

describe('required-metadata', () => {
  documentedAndReferenceTests(ID);

  test('accepts P-levels and statuses with emoji, markup and other casing', () => {
    expect(findings(VALID_HEADER)).toEqual([]);
    expect(
      findings(VALID_HEADER.replace('✅ **completed**', 'Reviewed (pending sign-off)')),
    ).toEqual([]);
    expect(findings(VALID_HEADER.replace('✅ **completed**', 'in-review'))).toEqual([]);
  });

  test('reports every missing field once, on the frontmatter block', () => {
    const text = '---\ntitle: Cache stampede\nseverity: SEV-3\n---\n\n## Summary\n\nText.\n';
    expect(described(findings(text))).toEqual([
      '1:1 Missing metadata: Incident ID, Date, Status, Author. Add "id:", "date:", "status:", "author:" to the frontmatter.',
    ]);
  });

  test('without header lines or frontmatter the finding is on the title', () => {
    expect(described(findings('# Outage\n\nText.\n'))).toEqual([
      '1:1 Missing metadata: Incident ID, Date, Severity, Status, Author. Add "**Incident ID:**", "**Date:**", "**Severity:**", "**Status:**", "**Author:**" header lines below the title.',
    ]);
  });

  test('a missing title is reported', () => {
    const text =
      '---\nid: INC-2026-0110-002\ndate: 2026-01-10\nseverity: SEV-1\nstatus: Draft\nauthor: me\n---\n\nText.\n';
    expect(described(findings(text))).toEqual([
      '1:1 Missing metadata: Title. Add "title:" to the frontmatter.',
    ]);
  });

  test('an impossible date is named, with a suggestion when it can be read', () => {
    const text = VALID_HEADER.replace('2026-01-10', '2026-02-30');
    expect(described(findings(text))).toEqual([
      '4:11 Date "2026-02-30" is not a calendar date written as YYYY-MM-DD.',
    ]);
    const [worded] = findings(VALID_HEADER.replace('2026-01-10', 'January 10, 2026'));
    expect(worded.suggestion).toBe('Write 2026-01-10.');
  });

  test('the id follows the configured incidentIdPattern', () => {
    const text = VALID_HEADER.replace('INC-2026-0110-002', 'OPS-4411');
    expect(findings(text)).toHaveLength(1);
    expect(findings(text)[0].message).toContain('"OPS-4411"');
  });

  test('options: fewer required fields, other statuses', () => {
    const minimal = '---\ntitle: Cache stampede\nstatus: Shipped\n---\n\nText.\n';
    expect(findings(minimal, { required: ['title', 'status'], statuses: ['Shipped'] })).toEqual([]);
    expect(described(findings(minimal, { required: ['title', 'status'] }))).toEqual([
      '3:9 Status "Shipped" is not one of: Draft, In Review, Reviewed, Completed, Closed.',
    ]);
    // "Published" is a default alias of Completed.
    expect(findings(minimal.replace('Shipped', 'Published'), { required: ['status'] })).toEqual([]);
  });

  test('an unmapped severity is named; a configured alias makes it known', () => {
    const text = VALID_HEADER.replace('P2', 'Medium-ish');
    const [finding] = findings(text);
    expect(described([finding])).toEqual([
      '5:15 Severity "Medium-ish" is not recognised; map it in severityAliases.',
    ]);
    expect(finding.suggestion).toContain('severityAliases: { "Medium-ish": 3 }');
    const aliased = config({ severityAliases: { 'Medium-ish': 3 } });
    expect(lintOne(text, { config: aliased }).filter((d) => d.ruleId === ID)).toEqual([]);
  });

  test('severity words of the default table are known', () => {
    for (const word of ['Critical', 'High', 'Major', 'Medium', 'Minor', 'Low', 'Sev 2', 'S1', 'P0'])
      expect(findings(VALID_HEADER.replace('P2', word))).toEqual([]);
  });

  test('metadata in a | Field | Value | table and in TOML frontmatter', () => {
    const table = [
      '# Postmortem: cache stampede',
      '',
      '| Field | Value |',
      '|---|---|',
      '| Incident ID | INC-2026-0110-002 |',
      '| Date | 2026-01-10 |',
      '| Severity | High |',
      '| Status | Draft |',
      '| Author | @web-oncall |',
      '',
      '## Summary',
      '',
    ].join('\n');
    expect(findings(table)).toEqual([]);
    const toml =
      '+++\nid = "INC-2026-0110-002"\ntitle = "Cache stampede"\ndate = 2026-01-10\nseverity = "SEV-2"\nstatus = "Draft"\n[taxonomies]\nauthor = ["Web on-call"]\n+++\n';
    expect(findings(toml)).toEqual([]);
    expect(described(findings(toml.replace('status = "Draft"\n', '')))).toEqual([
      '1:1 Missing metadata: Status. Add "status:" to the frontmatter.',
    ]);
  });

  test('shapes of held-out postmortems: title date, plain lines, catalogue keys (issue 10)', () => {
    // The date in the title is the date: only the fields really absent are listed.
    expect(
      described(findings('# 2024-03-01 Queue stall\n\n## Summary\n\nThe queue stalled.\n')),
    ).toEqual([
      '1:1 Missing metadata: Incident ID, Severity, Status, Author. Add "**Incident ID:**", "**Severity:**", "**Status:**", "**Author:**" header lines below the title.',
    ]);
    const plain =
      '# Queue stall\n\nDate: 03/01/2024\n\nAuthors: Sam Lee\n\nStatus: Waiting\n\n## Summary\n\nText.\n';
    const found = findings(plain);
    expect(described(found)).toEqual([
      '3:7 Date "03/01/2024" is not a calendar date written as YYYY-MM-DD.',
      '3:7 Missing metadata: Incident ID, Severity. Add "**Incident ID:**", "**Severity:**" header lines below the title.',
      '7:9 Status "Waiting" is not one of: Draft, In Review, Reviewed, Completed, Closed.',
    ]);
    expect(found[0].suggestion).toBe('Write 2024-03-01.');
    const catalogue =
      '---\ntitle: Queue stall\nstart_time: 2024-03-01T08:00:00Z\nsummary: The queue stalled.\n---\n\nText.\n';
    expect(described(findings(catalogue))).toEqual([
      '1:1 Missing metadata: Incident ID, Severity, Status, Author. Add "id:", "severity:", "status:", "author:" to the frontmatter.',
    ]);
  });

  test("an action-items table's Status column is not the document's status", () => {
    const text = [
      VALID_HEADER.replace('**Status:** ✅ **completed**\n', ''),
      '## Action Items',
      '',
      '| ID | Owner | Status |',
      '| --- | --- | --- |',
      '| AI-1 | @sam | To Do |',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([
      '3:18 Missing metadata: Status. Add "**Status:**" header line below the title.',
    ]);
  });

  describe('linear time on hostile header values (issue 13)', () => {
    const growth = (line: (size: number) => string): number =>
      growthRatio((size) => `# Outage\n\n${line(size)}\n`, findings, 100_000, { samples: 7 });

    test('a status with many "(" and no closing remark', () => {
      expect(growth((size) => `**Status:** ${'('.repeat(size)}a`)).toBeLessThan(LINEAR_GROWTH);
    });

    test('a plain header line with a long run of spaces', () => {
      expect(growth((size) => `Written by${' '.repeat(size)}:`)).toBeLessThan(LINEAR_GROWTH);
      expect(growth((size) => `Status${' '.repeat(size)}: x`)).toBeLessThan(LINEAR_GROWTH);
    });

    test('a header line with a long run of spaces inside its value', () => {
      expect(growth((size) => `**Status:** a${' '.repeat(size)}b`)).toBeLessThan(LINEAR_GROWTH);
    });
  });
});

describe('status words of a finished review', () => {
  const withStatus = (status: string) => VALID_HEADER.replace('✅ **completed**', status);

  test.each(['Resolved', 'final', 'Complete', 'DONE', 'Complete, action items in progress'])(
    '"%s" is accepted by the default aliases',
    (status) => {
      expect(described(findings(withStatus(status)))).toEqual([]);
    },
  );

  test('a word that is no alias, or an alias whose status is not accepted, is reported', () => {
    expect(described(findings(withStatus('Waiting, see notes')))).toEqual([
      '6:13 Status "Waiting, see notes" is not one of: Draft, In Review, Reviewed, Completed, Closed.',
    ]);
    expect(
      described(findings(withStatus('Resolved'), { statuses: ['Draft', 'Completed'] })),
    ).toEqual(['6:13 Status "Resolved" is not one of: Draft, Completed.']);
  });

  test('aliases are configurable and merge over the defaults', () => {
    const options = { statusAliases: { Signed: 'Reviewed' } };
    expect(described(findings(withStatus('Signed'), options))).toEqual([]);
    expect(described(findings(withStatus('Resolved'), options))).toEqual([]);
  });
});
