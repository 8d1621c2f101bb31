import { iso, modelOf, timelineOf } from '../support/model.js';
import { SECTION_NAMES } from '../../src/model/sections.js';
import type { Timeline } from '../../src/model/types.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

// Start, detection and resolution written in plain words, and timestamp shapes seen in a held-out
// set of real postmortems; every fixture is our own.

/** Entries as `raw | precision | UTC instant (or date) | markers | text` lines. */
function summary(timeline: Timeline): string[] {
  return timeline.entries.map(
    (entry) =>
      `${entry.time?.raw ?? '-'} | ${entry.time?.precision ?? '-'} | ${iso(entry) ?? entry.time?.date ?? '-'} | ${entry.markers.join(',')} | ${entry.text}`,
  );
}

const header = '# Postmortem: print queue outage\n\n**Date:** 2024-06-11\n\n';

/** The markers of one entry written `text`, between two neutral entries. */
function markersOf(text: string): string[] {
  const timeline = timelineOf(
    `${header}## Timeline\n\n- 09:00 Printer fleet update rolled out\n- 09:20 ${text}\n- 09:40 Notes shared with support\n`,
  );
  return timeline.entries[1].markers;
}

describe('plain words for the start and the resolution', () => {
  test.each([
    ['The print API became unavailable.', 'start'],
    ['Label service goes offline for every store', 'start'],
    ['The spooler stopped responding to health checks', 'start'],
    ['Deploy merged. **Outage begins.**', 'start'],
    ['The print API is up again.', 'resolved'],
    ['Issue confirmed to be resolved', 'resolved'],
    ['Outage confirmed to be resolved', 'resolved'],
    ['Checked with the stores: the problem is resolved, the portal is back.', 'resolved'],
    ['Store staff report back that the fix works', 'resolved'],
    ['Spooler is confirmed to be functional. **Outage ends.**', 'resolved'],
    ['The print server is back up and running', 'resolved'],
    ['Label rendering working again', 'resolved'],
  ])('"%s" marks the %s', (text, marker) => {
    expect(markersOf(text)).toEqual([marker]);
  });

  test.each([
    'The portal is not yet back',
    'Waiting to see whether the fix works',
    'The label service will be back after the restart',
    'Errors are back on two stores',
    'Error rate up again after the retry',
    'The staging print server is up',
    'The print proxy is up, but jobs still fail',
    'Vendor asks why the print API went down',
    'Spooler did not become unavailable during the move',
    'Stores have not confirmed that the fix works',
  ])('"%s" marks nothing', (text) => {
    expect(markersOf(text)).toEqual([]);
  });

  test('finding the cause is no detection; noticing the incident is', () => {
    expect(markersOf('Root cause detected: the spool disk is full')).toEqual([]);
    expect(markersOf('Support notices jobs stuck in the queue')).toEqual(['detected']);
    expect(markersOf('The uptime monitor triggered an alert on the spooler')).toEqual(['detected']);
    expect(markersOf('First alert received from the uptime monitor')).toEqual([
      'start',
      'detected',
    ]);
  });

  test('a start that names its time marks the entry at that time', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\nAll times in UTC.\n\n- 2024-06-11 07:40 Uptime monitor sends an alert for the spooler.\n- 2024-06-11 07:55 Vendor replies: an outage of 9 minutes beginning from UTC 07:40, then two short ones.\n- 2024-06-11 08:30 Vendor blocks the flooding client.\n`,
    );
    expect(summary(timeline).map((line) => line.split(' | ').slice(0, 4).join(' | '))).toEqual([
      '2024-06-11 07:40 | minute | 2024-06-11T07:40:00.000Z | start,detected',
      '2024-06-11 07:55 | minute | 2024-06-11T07:55:00.000Z | ',
      '2024-06-11 08:30 | minute | 2024-06-11T08:30:00.000Z | ',
    ]);
  });

  test('an incident declared before the first start phrase starts at the declaration', () => {
    const timeline = timelineOf(
      `${header}## Timeline (times in BST)\n\n### 3:10 PM\nIncident declared by the on-call engineer.\n\n### 3:25 PM\nFirst reports of blank labels from two stores.\n\n### 4:05 PM\nIncident resolved.\n`,
    );
    expect(timeline.entries.map((entry) => entry.markers)).toEqual([
      ['start', 'detected'],
      ['start'],
      ['resolved'],
    ]);
    // Without a start phrase, a declaration is no start: the timeline still lacks one.
    const declaredOnly = timelineOf(
      `${header}## Timeline\n\n- 15:10 Incident declared\n- 16:05 Service restored\n`,
    );
    expect(declaredOnly.entries.map((entry) => entry.markers)).toEqual([
      ['detected'],
      ['resolved'],
    ]);
  });
});

describe('timestamp shapes of the held-out set', () => {
  test('dated bullets with a two-digit year, month first in a US zone', () => {
    const timeline = timelineOf(
      `# Print queue outage\n\n## Timeline (all times ET)\n\n- 6/3/24 - ticket opened by a store\n- 6/13/24 - fix merged\n`,
    );
    expect(summary(timeline)).toEqual([
      '6/3/24 | day | 2024-06-03T04:00:00.000Z |  | ticket opened by a store',
      '6/13/24 | day | 2024-06-13T04:00:00.000Z |  | fix merged',
    ]);
  });

  test('date and time joined by a slash or an @, and a range read at its start', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n*2024-06-11/07:40*: Spool disk alarm.\\\n*2024-06-11 @ 08:02 AM ET*: Jobs stall.\\\n*2024-06-11 08:15 - 08:45*: Vendor call.\n`,
    );
    expect(summary(timeline)).toEqual([
      '2024-06-11/07:40 | minute | 2024-06-11T07:40:00.000Z |  | Spool disk alarm.',
      '2024-06-11 @ 08:02 AM ET | minute | 2024-06-11T12:02:00.000Z |  | Jobs stall.',
      '2024-06-11 08:15 - 08:45 | minute | 2024-06-11T08:15:00.000Z |  | Vendor call.',
    ]);
  });

  test('a bare a/p after the minutes is AM/PM; time headings at the Timeline level continue it', () => {
    const model = modelOf(
      `${header}## Timeline\n\n### 2024-06-11 10:05a\n\nThe print API became unavailable.\n\n### 12:40p\n\nVendor escalation.\n\n## 1:15p\n\nNew spooler built.\n\n## 13:30\n\nThe print API is up again.\n\n## Lessons\n\n- 14:00 not an entry\n`,
    );
    expect(model.timelines).toHaveLength(1);
    expect(summary(model.timeline!)).toEqual([
      '2024-06-11 10:05a | minute | 2024-06-11T10:05:00.000Z | start | The print API became unavailable.',
      '12:40p | minute | 2024-06-11T12:40:00.000Z |  | Vendor escalation.',
      '1:15p | minute | 2024-06-11T13:15:00.000Z |  | New spooler built.',
      '13:30 | minute | 2024-06-11T13:30:00.000Z | resolved | The print API is up again.',
    ]);
  });

  test('a word after the time is not a meridiem', () => {
    const timeline = timelineOf(`${header}## Timeline\n\n- 10:05 a store calls support\n`);
    expect(summary(timeline)).toEqual([
      '10:05 | minute | 2024-06-11T10:05:00.000Z |  | a store calls support',
    ]);
  });

  test('timeline headings are the names the required sections accept', () => {
    for (const title of ['Event Timeline', 'Outage timeline', 'Events timeline (UTC)']) {
      const model = modelOf(`${header}## ${title}\n\n- 09:10 Spooler stops\n`);
      expect(model.timeline?.entries).toHaveLength(1);
    }
    expect(SECTION_NAMES.timeline).toEqual(
      expect.arrayContaining(['Timeline', 'Event Timeline', 'Outage Timeline', 'Chronology']),
    );
  });
});

describe('bad input', () => {
  test('many entries with stated start times and negations stay linear', () => {
    // Each names a start time no entry has: the look back for it is bounded.
    const entry = '- 09:00 outage beginning from 08:00, portal not yet back, is up again\n';
    const text = (size: number): string => `${header}## Timeline\n\n${entry.repeat(size)}`;
    expect(growthRatio(text, modelOf, 600)).toBeLessThan(LINEAR_GROWTH);
  });
});
