import { described, documentedAndReferenceTests, postmortemWithTimeline } from './rule-findings.js';
import { ruleFindings } from '../support/lint.js';

const ID = 'timeline-granularity';
const findings = (text: string, options?: Record<string, unknown>) =>
  ruleFindings(ID, text, { options });

/** A postmortem of the given severity whose Timeline holds `lines` (line 9 is the first). */
function withTimeline(severity: string | null, ...lines: string[]): string {
  const level = severity === null ? '**Status:** Draft' : `**Severity:** ${severity}`;
  return postmortemWithTimeline(
    ['**Incident ID:** INC-2026-0120-001', '**Date:** 2026-01-20', level],
    lines,
  );
}

describe('timeline-granularity', () => {
  documentedAndReferenceTests(ID);

  test('SEV-1: gaps are measured after zones and across midnight', () => {
    const text = withTimeline(
      'SEV-1',
      '- 23:40 PT Replica lag alert',
      '- 07:55 UTC Failover starts',
      '- 00:40 PT Lag back to zero',
    );
    // 23:40 PT is 07:40 UTC the next day: 15 minutes, then 45 minutes to 00:40 PT (08:40 UTC).
    expect(described(findings(text))).toEqual([
      '11:3 Timeline gap of 45 min between 07:55 UTC and 00:40 PT exceeds 30 min for SEV-1: add what happened in between.',
    ]);
  });

  test('SEV-1 needs minutes: hours and dates alone are reported', () => {
    const text = withTimeline(
      'SEV-1',
      '- 2 PM Lag starts',
      '- 2026-01-20 Lag noticed',
      '- 14:20 Fixed',
    );
    expect(described(findings(text))).toEqual([
      '9:3 Timeline entry "2 PM" is timed to the hour; SEV-1 requires times to the minute.',
      '10:3 Timeline entry "2026-01-20" is timed to the day; SEV-1 requires times to the minute.',
    ]);
  });

  test('SEV-2 accepts hours and gaps up to 60 minutes', () => {
    const text = withTimeline(
      'SEV-2',
      '- 2 PM Lag starts',
      '- 14:50 Lag noticed',
      '- 4:05 PM Fixed',
    );
    expect(described(findings(text))).toEqual([
      '11:3 Timeline gap of 1 h 15 min between 14:50 and 16:05 exceeds 60 min for SEV-2: add what happened in between.',
    ]);
  });

  test('no gap is asked for between the resolution and a reopening', () => {
    const text = withTimeline(
      'SEV-2',
      '- 14:00 Storage errors start',
      '- 14:40 Storage back to normal',
      '- 17:30 Incident reopened: errors start again',
      '- 18:10 Storage restored',
    );
    expect(findings(text)).toEqual([]);
  });

  test('long gaps are written in hours and days', () => {
    const text = withTimeline(
      'SEV-2',
      '| Time | Event |',
      '|---|---|',
      '| 2026-01-20 10:00 | A |',
      '| 2026-01-22 12:05 | B |',
    );
    expect(described(findings(text))).toEqual([
      '12:3 Timeline gap of 2 days 2 h between 2026-01-20 10:00 and 2026-01-22 12:05 exceeds 60 min for SEV-2: add what happened in between.',
    ]);
  });

  test('severities without thresholds are not checked', () => {
    const text = withTimeline('SEV-3', '- 10:00 A', '- Something without a time', '- 18:00 B');
    expect(findings(text)).toEqual([]);
  });

  test('without a severity only entries lacking a timestamp are reported', () => {
    const text = withTimeline(null, '- 10:00 A', '- Something without a time', '- 18:00 B');
    expect(described(findings(text))).toEqual([
      '10:1 Timeline entry "Something without a time" has no timestamp: start it with a time such as 14:05.',
    ]);
  });

  test('without a severity a timeline with no times at all is reported', () => {
    const text = withTimeline(null, 'See the status page for updates.');
    expect(described(findings(text))).toEqual([
      '7:1 The Timeline has no timestamped entries: list what happened, each line starting with its time (14:05).',
    ]);
  });

  test('without a severity, entries with dates but no times are reported once', () => {
    const text = withTimeline(null, '- 1/20/26 - ticket opened', '- 1/22/26 - fix merged');
    expect(described(findings(text))).toEqual([
      "7:1 The Timeline's entries have dates but no times of day (2 dated): start each with its time (2024-03-01 14:05) so the incident can be measured.",
    ]);
    // One entry with a time of day is enough; SEV-1 reports each coarse entry instead.
    expect(
      findings(withTimeline(null, '- 1/20/26 - ticket opened', '- 1/22/26 09:30 - fix merged')),
    ).toEqual([]);
    expect(described(findings(withTimeline('SEV-1', '- 1/20/26 - ticket opened')))).toEqual([
      '9:3 Timeline entry "1/20/26" is timed to the day; SEV-1 requires times to the minute.',
    ]);
  });

  test('a missing timeline or one without times is reported for SEV-1', () => {
    const none = withTimeline('SEV-1').replace('## Timeline\n', '## Impact\n');
    expect(described(findings(none))).toEqual([
      '1:1 No Timeline section: a SEV-1 postmortem needs a timeline with times to the minute.',
    ]);
    const untimed = withTimeline('SEV-1', 'We will add the timeline later.');
    expect(described(findings(untimed))).toEqual([
      '7:1 The Timeline has no timestamped entries: a SEV-1 postmortem needs a timeline with times to the minute.',
    ]);
  });

  test('options: thresholds per severity, merged with the defaults; null turns a level off', () => {
    const text = withTimeline('SEV-3', '- 10:00 A', '- 12:30 B');
    expect(described(findings(text, { thresholds: { '3': { maxGapMinutes: 120 } } }))).toEqual([
      '10:3 Timeline gap of 2 h 30 min between 10:00 and 12:30 exceeds 120 min for SEV-3: add what happened in between.',
    ]);
    const sev1 = withTimeline('SEV-1', '- 10:00 A', '- 12:30 B');
    expect(findings(sev1, { thresholds: { '3': { maxGapMinutes: 120 } } })).toHaveLength(1);
    expect(findings(sev1, { thresholds: { '1': null } })).toEqual([]);
    expect(findings(sev1, { thresholds: { '1': { precision: 'minute' } } })).toEqual([]);
  });

  test('every timeline of the file is checked; a date line gives entries timed to the day', () => {
    const text = [
      '# Postmortem: two incidents',
      '',
      '**Incident ID:** INC-2026-0120-002',
      '**Date:** 2026-01-20',
      '**Severity:** SEV-1',
      '',
      '## Incident Timeline',
      '',
      '- 10:00 Errors start',
      '- 10:20 Service restored',
      '',
      '## Chronology of the second outage',
      '',
      '2026-01-21:',
      '',
      '- Exports fail',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([
      '16:1 Timeline entry "2026-01-21" is timed to the day; SEV-1 requires times to the minute.',
    ]);
  });

  test('times the authors could not know are not asked for a time of day', () => {
    const text = withTimeline(
      'SEV-1',
      '- [???] Queue depth starts climbing',
      '- 2025-MM-DD: API key created for the importer',
      '- Between 2026-01-17 to 2026-01-19 the key is copied into a public image',
      '- 10:00 Errors start',
      '- 10:20 Service restored',
    );
    expect(findings(text)).toEqual([]);
    const history = postmortemWithTimeline(
      ['**Incident ID:** INC-2026-0120-003', '**Date:** 2026-01-20'],
      [
        '| Date | Change |',
        '|---|---|',
        '| Nov 2025 | Cache added |',
        '| Dec 2025 | Cache enabled |',
      ],
    );
    expect(findings(history)).toEqual([]);
    // A day's table with a row whose time is written as unknown (`--:--`).
    const day = postmortemWithTimeline(
      ['**Incident ID:** INC-2026-0120-003', '**Date:** 2026-01-20'],
      [
        '### 2026-01-20',
        '',
        '| Time | Event |',
        '|---|---|',
        '| --:-- | Key rotated on the build host |',
        '| 10:00 | Nightly build fails |',
        '| 10:20 | Key restored, builds green |',
      ],
    );
    expect(findings(day)).toEqual([]);
    // An entry with no time at all is still one.
    expect(
      described(findings(withTimeline('SEV-1', '- 10:00 Errors start', '- Rollback'))),
    ).toEqual([
      '10:1 Timeline entry "Rollback" has no timestamp: start it with a time such as 14:05.',
    ]);
  });

  test('an item timed only in the middle of its sentence counts as timed', () => {
    const text = withTimeline(
      null,
      '- The vendor reported the outage at 10:16 UTC.',
      '- Exports resumed at approximately 10:40 UTC.',
    );
    expect(findings(text)).toEqual([]);
  });
});
