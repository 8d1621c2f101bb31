import { config, lintOne, ruleFindings } from '../support/lint.js';
import { described, documentedAndReferenceTests } from './rule-findings.js';

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
    const minimal = '---\ntitle: Cache stampede\nstatus: Published\n---\n\nText.\n';
    expect(findings(minimal, { required: ['title', 'status'], statuses: ['Published'] })).toEqual(
      [],
    );
    expect(described(findings(minimal, { required: ['title', 'status'] }))).toEqual([
      '3:9 Status "Published" is not one of: Draft, In Review, Reviewed, Completed, Closed.',
    ]);
  });

  test('an unknown severity is named; a configured alias makes it known', () => {
    const text = VALID_HEADER.replace('P2', 'Critical');
    expect(described(findings(text))).toEqual([
      '5:15 Severity "Critical" is not recognised: write SEV-1 to SEV-5 (P1 to P5 also work) or configure severityAliases.',
    ]);
    const aliased = config({ severityAliases: { Critical: 1 } });
    expect(lintOne(text, { config: aliased }).filter((d) => d.ruleId === ID)).toEqual([]);
  });
});
