import { ruleFindings } from '../support/lint.js';
import { documentedAndReferenceTests } from './rule-findings.js';
import { addDays } from '../../src/model/dates.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const ID = 'follow-up-meeting';

function findings(
  text: string,
  options?: Record<string, unknown>,
  now = '2026-02-06',
): Diagnostic[] {
  return ruleFindings(ID, text, { options, now: new Date(`${now}T12:00:00Z`) });
}

/** A SEV-`level` postmortem of Thursday 2026-02-05 with the given follow-up line (if any). */
function postmortem(meeting: string | null, level = 1): string {
  return [
    '# Postmortem: cache outage',
    '',
    '**Incident ID:** INC-2026-0205-009',
    '**Date:** 2026-02-05',
    `**Severity:** SEV-${level}`,
    '',
    '## Summary',
    '',
    'The cache was down.',
    ...(meeting === null ? [] : ['', `**Follow-Up Meeting:** ${meeting}`]),
    '',
  ].join('\n');
}

describe('follow-up-meeting', () => {
  documentedAndReferenceTests(ID);

  test('a missing meeting is a warning within the window and an error after it', () => {
    const before = findings(postmortem(null), undefined, '2026-02-08');
    expect(before.map((d) => [d.line, d.column, d.severity])).toEqual([[1, 1, 'warning']]);
    expect(before[0].message).toContain(
      'hold one by 2026-02-08 (3 calendar days after the incident on 2026-02-05)',
    );
    expect(findings(postmortem(null), undefined, '2026-02-09').map((d) => d.severity)).toEqual([
      'error',
    ]);
  });

  test('"not yet held — due by …" (what `new` writes) is a missing meeting, on its line', () => {
    const text = postmortem('not yet held — due by 2026-02-08');
    const before = findings(text, undefined, '2026-02-08');
    expect(before.map((d) => [d.line, d.column, d.severity])).toEqual([[11, 24, 'warning']]);
    expect(before[0].message).toBe(
      'The follow-up review meeting is not held yet: hold it by 2026-02-08 (3 calendar days after the incident on 2026-02-05) and write its date here as YYYY-MM-DD.',
    );
    expect(findings(text, undefined, '2026-02-09').map((d) => d.severity)).toEqual(['error']);
    for (const line of [
      'Not held yet, due 2026-02-08',
      'TBD — due by 2026-02-07',
      'To be scheduled',
    ])
      expect(findings(postmortem(line), undefined, '2026-02-09')).toHaveLength(1);
    // Without an incident date the line cannot be late: a warning.
    expect(
      findings('# Outage\n\n**Follow-Up Meeting:** not yet held — due by YYYY-MM-DD\n').map(
        (d) => d.severity,
      ),
    ).toEqual(['warning']);
    // A held meeting that mentions something still to come is a held meeting.
    expect(findings(postmortem('2026-02-07, actions not yet scheduled'))).toEqual([]);
  });

  test('accepts dates written in words, on the last day of the window', () => {
    expect(findings(postmortem('Sunday, February 8, 2026 at 10:00'))).toEqual([]);
    expect(findings(postmortem('8 Feb, 15:00 UTC'))).toEqual([]);
  });

  test('a meeting outside the window is an error naming the date and the deadline', () => {
    const [late] = findings(postmortem('2026-02-09'));
    expect(late).toMatchObject({ line: 11, column: 24, severity: 'error' });
    expect(late.message).toBe(
      'The follow-up meeting on 2026-02-09 is too late: it must be held by 2026-02-08 (3 calendar days after the incident on 2026-02-05).',
    );
    expect(findings(postmortem('2026-02-01'))[0].message).toContain(
      'before the incident date 2026-02-05',
    );
  });

  test('an unreadable date is reported on the meeting line', () => {
    const found = findings(postmortem('after the holidays'), undefined, '2026-02-20');
    expect(found.map((d) => [d.line, d.column, d.severity])).toEqual([[11, 24, 'error']]);
    expect(found[0].message).toContain('"after the holidays" cannot be read');
    expect(findings(postmortem('next week'), undefined, '2026-02-06')[0].severity).toBe('warning');
  });

  test('business days skip the weekend', () => {
    expect(addDays('2026-02-05', 3, true)).toBe('2026-02-10');
    expect(addDays('2026-02-06', 1, true)).toBe('2026-02-09');
    expect(addDays('2026-02-05', 3, false)).toBe('2026-02-08');
    expect(findings(postmortem('2026-02-10'), { businessDays: true })).toEqual([]);
    expect(findings(postmortem('2026-02-11'), { businessDays: true })[0].message).toContain(
      'held by 2026-02-10 (3 business days after',
    );
  });

  test('per-severity windows, with the default for other severities', () => {
    const options = { windows: { '1': 3, '2': 5 }, defaultWindowDays: 10 };
    expect(findings(postmortem('2026-02-10', 2), options)).toEqual([]);
    expect(findings(postmortem('2026-02-11', 2), options)[0].message).toContain(
      '5 calendar days for SEV-2',
    );
    expect(findings(postmortem('2026-02-09', 1), options)).toHaveLength(1);
    expect(findings(postmortem('2026-02-15', 3), options)).toEqual([]);
  });

  test('without an incident date only a missing or unreadable meeting is reported', () => {
    expect(findings('# Outage\n\n**Follow-Up Meeting:** 2030-01-01\n')).toEqual([]);
    expect(findings('# Outage\n')[0].message).toBe(
      'No follow-up review meeting recorded: add "**Follow-Up Meeting:** YYYY-MM-DD".',
    );
  });

  test('falls back to an action item that schedules the review', () => {
    const text = [
      postmortem(null),
      '## Action Items',
      '',
      '| ID | Action | Owner | Deadline | Status |',
      '|----|--------|-------|----------|--------|',
      '| A-1 | Postmortem review meeting with the cache team | @lead | 2026-02-10 | Scheduled |',
      '',
    ].join('\n');
    const found = findings(text);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['15:65']);
    expect(found[0].message).toContain('The follow-up meeting on 2026-02-10 is too late');
  });

  test('reads a frontmatter field and a section', () => {
    const frontmatter =
      '---\nid: INC-2026-0205-009\ndate: 2026-02-05\nfollow_up_meeting: 2026-02-07\n---\n# Outage\n';
    expect(findings(frontmatter)).toEqual([]);
    const section =
      '# Outage\n\n**Date:** 2026-02-05\n\n## Follow-up Meeting\n\nHeld on 2026-02-12 with the cache team.\n';
    expect(findings(section).map((d) => `${d.line}:${d.column}`)).toEqual(['7:1']);
  });

  test('an "Attendees" list records a held meeting: only its date is reported missing', () => {
    const text = `${postmortem(null)}\n## Attendees\n\n- JB (incident lead)\n- MK\n`;
    const before = findings(text, undefined, '2026-02-08');
    expect(before.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      '11:1 warning The review meeting is recorded by its attendees ("JB (incident lead), MK") but not its date: add "**Follow-Up Meeting:** YYYY-MM-DD" (on or before 2026-02-08).',
    ]);
    expect(findings(text, undefined, '2026-02-09').map((d) => d.severity)).toEqual(['error']);
    // A date written with the attendees is the meeting's date, checked like any other.
    const dated = text.replace('- MK', '- MK\n\nReviewed together on 2026-02-07.');
    expect(findings(dated, undefined, '2026-02-09')).toEqual([]);
    // A meeting line wins over the attendees; an empty Attendees heading records nothing.
    expect(
      findings(text.replace('## Attendees', '**Follow-Up Meeting:** 2026-02-06\n\n## Attendees')),
    ).toEqual([]);
    const empty = findings(`${postmortem(null)}\n## Attendees\n`, undefined, '2026-02-09');
    expect(empty.map((d) => d.message)).toEqual([
      expect.stringContaining('No follow-up review meeting recorded'),
    ]);
  });
});
