import { described, documentedAndReferenceTests, postmortemWithTimeline } from './rule-findings.js';
import { ruleFindings } from '../support/lint.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

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

  test('a start and an end stated in the header need no label in the timeline', () => {
    const text = [
      '---',
      'date: 2026-01-25',
      'incident_start: 2026-01-25 10:00 UTC',
      'incident_end: 2026-01-25 11:00 UTC',
      '---',
      '',
      '# Queue backlog',
      '',
      '## Timeline',
      '',
      '- 10:00 Backlog grows',
      '- 11:00 Backlog drained',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([]);
    const onlyStart = text.replace('incident_end: 2026-01-25 11:00 UTC\n', '');
    expect(described(findings(onlyStart))).toEqual([
      '8:1 The Timeline marks no resolution: label the entry where service was restored "INCIDENT RESOLVED".',
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
    // Read from words, a later failure taken for the start contradicts nothing the document says.
    const misread = withTimeline(
      '1 hour',
      '- 16:50 The wrong database is dropped; users see empty pages',
      '- 17:07 Pages are back to normal',
      '- 18:17 The reindex fails due to a full disk',
    );
    expect(described(findings(misread))).toEqual([]);
    const vague = withTimeline(
      'a good while',
      '- 10:00 INCIDENT START',
      '- 11:00 INCIDENT RESOLVED',
    );
    expect(described(findings(vague))).toEqual([
      '5:15 Duration "a good while" could not be read: write it as e.g. "2 hours 15 minutes" or "45 min".',
    ]);
  });

  test('a duration stated in the summary is compared with the timeline like the header field', () => {
    const text = (sentence: string) =>
      [
        '# Postmortem: search index rebuild',
        '',
        '**Incident ID:** INC-2026-0125-002',
        '**Date:** 2026-01-25',
        '',
        '## Executive Summary',
        '',
        sentence,
        '',
        '## Timeline',
        '',
        '- 10:00 Search errors start',
        '- 12:10 Search service restored',
        '',
      ].join('\n');
    // "about": a hedged duration may be off by 10% of itself.
    expect(findings(text('The outage lasted about 2 hours.'))).toEqual([]);
    expect(described(findings(text('The outage lasted 90 minutes in total.')))).toEqual([
      '8:19 The text states a duration of "90 minutes" (1 h 30 min), which does not match the timeline: 10:00 (start) to 12:10 (resolved) is 2 h 10 min, beyond the 5 min tolerance.',
    ]);
    expect(
      described(findings(text('Queries failed for a total of approximately nine hours.'))),
    ).toEqual([
      '8:45 The text states a duration of "nine hours" (9 h), which does not match the timeline: 10:00 (start) to 12:10 (resolved) is 2 h 10 min, beyond the 54 min tolerance.',
    ]);
    // Phases: the search was dark for 40 minutes, and about 2 hours in all.
    expect(
      findings(
        text('Search was down: an outage of 40 minutes, then degraded, about 2 hours in all.'),
      ),
    ).toEqual([]);
  });

  test('several timelines: each is checked on its own, the header duration against the first', () => {
    const text = [
      '# Postmortem: two cache incidents',
      '',
      '**Incident ID:** INC-2026-0125-003',
      '**Date:** 2026-01-25',
      '**Duration:** 1h30m',
      '',
      '## First incident',
      '',
      '### Timeline',
      '',
      '- 10:00 Cache errors start',
      '- 11:30 Fully recovered',
      '',
      '## Second incident',
      '',
      '**Timeline:**',
      '',
      '- 15:00 Eviction storm noticed',
      '- 14:50 Memory alarm',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([
      '16:1 The Timeline marks no incident start: label the entry where impact began "INCIDENT START".',
      '16:1 The Timeline marks no resolution: label the entry where service was restored "INCIDENT RESOLVED".',
      '19:3 Timeline entry at 14:50 comes after an entry at 15:00: keep entries in chronological order.',
    ]);
  });

  test('an unknown time zone is reported, not read as UTC silently', () => {
    const text = withTimeline(
      '1 hour',
      'All times in Europe/Berlinn.',
      '',
      '- 10:00 INCIDENT START',
      '- 11:00 INCIDENT RESOLVED',
    );
    expect(described(findings(text))).toEqual([
      '9:14 Time zone "Europe/Berlinn" is not recognised, so the timeline\'s times are read as UTC: write an IANA name (Europe/Berlin) or an abbreviation (UTC, CET, PT).',
    ]);
    const known = withTimeline(
      '1 hour',
      'All times in Europe/Berlin.',
      '',
      '- 10:00 INCIDENT START',
      '- 11:00 INCIDENT RESOLVED',
    );
    expect(findings(known)).toEqual([]);
  });

  test('an unreadable Duration is read in linear time', () => {
    const text = (size: number): string =>
      withTimeline(`${'7'.repeat(size)}x`, '- 10:00 INCIDENT START', '- 11:00 INCIDENT RESOLVED');
    expect(growthRatio(text, findings, 20_000, { samples: 3 })).toBeLessThan(LINEAR_GROWTH);
  });

  test('no timeline or no timed entries: nothing to check', () => {
    expect(findings(withTimeline('1 hour', 'To be written.'))).toEqual([]);
    expect(findings('# X\n\n## Impact\n\nSome.\n')).toEqual([]);
  });
  test('start and resolution in plain words, a stated start time, and the duration they give', () => {
    const text = withTimeline(
      '35 minutes',
      '- 07:52 Uptime monitor sends an alert for the spooler',
      '- 08:00 Vendor reports an outage beginning from 07:52',
      '- 08:20 Store staff are not yet back to printing',
      '- 08:27 Stores report back that the fix works',
    );
    expect(findings(text)).toEqual([]);
    expect(described(findings(text.replace('35 minutes', '20 minutes')))).toEqual([
      '5:15 Duration "20 minutes" (20 min) does not match the timeline: 07:52 (start) to 08:27 (resolved) is 35 min, beyond the 5 min tolerance.',
    ]);
  });

  test('**Outage begins.** and **Outage ends.** mark the start and the resolution', () => {
    const text = withTimeline(
      '30 min',
      '* [09:00] Config push merged. **Outage begins.**',
      '* [09:30] Ingest is confirmed to be functional. **Outage ends.**',
    );
    expect(findings(text)).toEqual([]);
  });

  test('an unknown zone is not reported for a timeline dated to the day only', () => {
    const dated = withTimeline(
      '2 days',
      'All times in ETX.',
      '',
      '- 1/25/26 - printing stops working',
      '- 1/27/26 - printing working again',
    );
    expect(findings(dated)).toEqual([]);
    const timed = dated
      .replace('1/25/26 -', '1/25/26 10:00 -')
      .replace('1/27/26 -', '1/27/26 10:00 -');
    expect(described(findings(timed))).toEqual([
      '9:14 Time zone "ETX" is not recognised, so the timeline\'s times are read as UTC: write an IANA name (Europe/Berlin) or an abbreviation (UTC, CET, PT).',
    ]);
  });

  test('a start and an end in a system’s words, or in a stage column, are markers', () => {
    const prose = withTimeline(
      '40 minutes',
      '- 10:00 The import database begins experiencing lock waits',
      '- 10:15 Import workers restarted',
      '- 10:40 The restart resolved the issue; imports once again processing',
    );
    expect(findings(prose)).toEqual([]);
    const staged = withTimeline(
      '35 minutes',
      '| Time | Event | Stage |',
      '|---|---|---|',
      '| 09:50 | Importer config changed | Before |',
      '| 10:00 | Imports rejected | Impact |',
      '| 10:20 | Config reverted on one host | Remediate |',
      '| 10:35 | Config reverted everywhere | Remediate |',
      '| 11:00 | Logs reviewed | Investigate |',
    );
    expect(findings(staged)).toEqual([]);
  });

  test('a part back online before the outage began is not its resolution', () => {
    const text = withTimeline(
      '30 minutes',
      '- 09:00 The replica went back online after maintenance',
      '- 10:00 The primary database was down',
      '- 10:30 The primary is back online',
    );
    expect(findings(text)).toEqual([]);
  });

  test('a failure or a recovery told in looser words is there, but no duration is measured', () => {
    const text = withTimeline(
      '3 hours',
      '- 10:00 The import deploy failed, and engineers started looking into it',
      '- 10:30 The retry setting was successfully applied',
    );
    expect(described(findings(text))).toEqual([]);
    const silent = withTimeline(
      '30 minutes',
      '- 10:00 The operator opens the import dashboard',
      '- 10:30 The operator hands over to the day shift',
    );
    expect(described(findings(silent))).toEqual([
      '7:1 The Timeline marks no incident start: label the entry where impact began "INCIDENT START".',
      '7:1 The Timeline marks no resolution: label the entry where service was restored "INCIDENT RESOLVED".',
    ]);
  });

  test('words for the start that are missing still give the finding', () => {
    const text = withTimeline(
      '30 minutes',
      '- 10:00 The operator begins migrating imports to the spare host',
      '- 10:30 Service restored',
    );
    expect(described(findings(text))).toEqual([
      '7:1 The Timeline marks no incident start: label the entry where impact began "INCIDENT START".',
    ]);
  });
});
