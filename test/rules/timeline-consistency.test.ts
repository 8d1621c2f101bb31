import { described, documentedAndReferenceTests, postmortemWithTimeline } from './rule-findings.js';
import { ruleFindings } from '../support/lint.js';

const ID = 'timeline-consistency';
const findings = (text: string, options?: Record<string, unknown>) =>
  ruleFindings(ID, text, { options });

/** A postmortem with a stated duration whose Timeline holds `lines` (line 9 is the first). */
function withTimeline(duration: string, ...lines: string[]): string {
  const header = [
    '**Incident ID:** INC-2026-0125-001',
    '**Date:** 2026-01-25',
    `**Duration:** ${duration}`,
  ];
  return postmortemWithTimeline(header, lines);
}

describe('timeline-consistency', () => {
  documentedAndReferenceTests(ID);

  test('the duration is measured across midnight and within the tolerance', () => {
    const text = withTimeline(
      '50 minutes',
      '- 23:40 INCIDENT START backlog grows',
      '- 00:33 INCIDENT RESOLVED backlog drained',
    );
    expect(findings(text)).toEqual([]);
    expect(described(findings(text, { toleranceMinutes: 2 }))).toEqual([
      '5:15 Duration "50 minutes" (50 min) does not match the timeline: 2026-01-25 23:40 (start) to 2026-01-26 00:33 (resolved) is 53 min, beyond the 2 min tolerance.',
    ]);
  });

  test('the duration is measured after zones (PM times in PT, resolution in UTC)', () => {
    const text = withTimeline('1h', '- 3:00 PM PT INCIDENT START', '- 00:00 UTC INCIDENT RESOLVED');
    // 15:00 PST is 23:00 UTC; 00:00 UTC is read on the next day after the roll-over.
    expect(findings(text)).toEqual([]);
  });

  test('frontmatter form: the duration field is checked and reported where it stands', () => {
    const text = [
      '---',
      'id: INC-2026-0125-001',
      'date: 2026-01-25',
      'duration: 45m',
      '---',
      '# Queue backlog',
      '',
      '## Timeline',
      '',
      '| Time | Event |',
      '|---|---|',
      '| 10:00 | INCIDENT START |',
      '| 11:00 | INCIDENT RESOLVED |',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([
      '4:11 Duration "45m" (45 min) does not match the timeline: 10:00 (start) to 11:00 (resolved) is 1 h, beyond the 5 min tolerance.',
    ]);
  });

  test('entries out of order are reported; dated entries are compared by date', () => {
    const text = withTimeline(
      '3 days',
      '| Time | Event |',
      '|---|---|',
      '| 2026-01-25 10:00 | INCIDENT START |',
      '| 2026-01-25 09:30 | Earlier note |',
      '| 2026-01-28 | INCIDENT RESOLVED |',
      '| 2026-01-27 | Late note |',
    );
    expect(described(findings(text))).toEqual([
      '12:3 Timeline entry at 09:30 comes after an entry at 10:00: keep entries in chronological order.',
      '14:3 Timeline entry at 2026-01-27 comes after an entry at 2026-01-28: keep entries in chronological order.',
    ]);
  });

  test('a missing start and resolution are reported on the Timeline heading', () => {
    const text = withTimeline('1 hour', '- 10:00 Backlog grows', '- 11:00 Backlog drained');
    expect(described(findings(text))).toEqual([
      '7:1 The Timeline marks no incident start: label the entry where impact began "INCIDENT START".',
      '7:1 The Timeline marks no resolution: label the entry where service was restored "INCIDENT RESOLVED".',
    ]);
  });

  test('keywords stand in for labels: "incident began", "fully restored"', () => {
    const text = withTimeline(
      '1 hour',
      '- 10:00 The incident began with a bad deploy',
      '- 11:00 Service fully restored',
    );
    expect(findings(text)).toEqual([]);
  });

  test('a resolution before the start, and an unreadable duration, are reported', () => {
    const backwards = withTimeline('1 hour', '- 11:00 INCIDENT RESOLVED', '- 11:10 INCIDENT START');
    expect(described(findings(backwards))).toEqual([
      '9:3 The incident is resolved at 11:00, before it starts at 11:10.',
    ]);
    const vague = withTimeline(
      'about an hour',
      '- 10:00 INCIDENT START',
      '- 11:00 INCIDENT RESOLVED',
    );
    expect(described(findings(vague))).toEqual([
      '5:15 Duration "about an hour" could not be read: write it as e.g. "2 hours 15 minutes" or "45 min".',
    ]);
  });

  test('no timeline or no timed entries: nothing to check', () => {
    expect(findings(withTimeline('1 hour', 'To be written.'))).toEqual([]);
    expect(findings('# X\n\n## Impact\n\nSome.\n')).toEqual([]);
  });
});
