import { timelineOf } from '../support/model.js';
import type { Timeline } from '../../src/model/types.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

// Starts, ends and times as real postmortems word them when they follow no template: onsets in a
// system's words, ends in the active voice, stage columns, rough times the authors could not know,
// times in the middle of a sentence and 12-hour clocks after a range. Every fixture is our own.

const header = '# Postmortem: ticket scanner outage\n\n**Date:** 2024-09-14\n\n';

/** The markers of one entry written `text`, between two neutral entries. */
function markersOf(text: string): string[] {
  const timeline = timelineOf(
    `${header}## Timeline\n\n- 08:00 Scanner firmware pushed to the gates\n- 08:20 ${text}\n- 08:40 Notes shared with the venue\n`,
  );
  return timeline.entries[1].markers;
}

/** Entries as `time | markers | text` lines (`~raw` for a rough time). */
function summary(timeline: Timeline): string[] {
  return timeline.entries.map(
    (entry) =>
      `${entry.time?.raw ?? (entry.roughTime ? `~${entry.roughTime}` : '-')} | ${entry.markers.join(',')} | ${entry.text}`,
  );
}

describe('a start or an end told in looser words', () => {
  test.each([
    ['- 09:00 Gate sync deploy failed, and the team began to look', ['start']],
    ['- 09:00 Gate API workers stop fulfilling requests', ['start']],
    ['- 09:00 The scanner setting was successfully applied', ['resolved']],
    ['- 09:00 Ticket database not degraded at any point', []],
    ['- 09:00 Scanner firmware 2.1 with a data corruption bug was published', ['start']],
    ['- 09:00 The broken scanner package was unpublished', ['start', 'resolved']],
    ['- 09:00 Firmware 2.2 with the fix was published', ['resolved']],
    ['- 09:00 I publish a new version of the installer without the bad dependency', ['resolved']],
    ['- 09:00 Gate firmware bug disclosed\n- 11:20 v2.4.1 pushed', ['resolved']],
    ['- 09:00 The 2.4.1 security release was announced', ['resolved']],
    ['- 09:00 A wrong block was produced\n- 10:00 The chain resumes', ['start', 'resolved']],
    ['- 09:00 INCIDENT START: gate API errors\n- 09:30 Gate API failed again', []],
    ['- 09:00 Gate scans are not being processed', ['start']],
    [
      '- 09:00 Gate sync deploy failed\n- 10:00 All gates appear to be scanning again',
      ['resolved'],
    ],
    ['- 09:00 Gate sync deploy failed\n- 10:00 Gates failing again after the reboot', []],
    ['- 09:00 Tickets no longer accepted at the north gate', ['start']],
  ])('%j implies %j', (line, implied) => {
    const timeline = timelineOf(`${header}## Timeline\n\n${line}\n`);
    expect(timeline.impliedMarkers).toEqual(implied);
  });
});

describe('onsets and ends in plain words', () => {
  test.each([
    ['The ticket database begins experiencing lock contention', 'start'],
    ['Gate availability began degrading', 'start'],
    ['First gate pods start failing health checks', 'start'],
    ['Scan success rate reaches 0%', 'start'],
    ['Availability drops to zero at the north gates', 'start'],
    ['The scanner backend was down', 'start'],
    ['All worker nodes get killed by the autoscaler', 'start'],
    ['We have no healthy nodes', 'start'],
    ['The parsing bug was exploited by a scripted client', 'start'],
    ['**Attack 1**: 1,204.5 credits drained from the wallet', 'start'],
    ['Image pushed to the public registry containing a deploy token', 'start'],
    ['Issues with the gate API were detected by the night operator', 'start'],
    ['A rollback of the firmware resolved the issue', 'resolved'],
    ['Gates are once again processing at their usual rate', 'resolved'],
    ['New tickets being accepted again', 'resolved'],
    ['The update worked as expected, scans are green', 'resolved'],
    ['Firmware patched and no further action was required', 'resolved'],
    ['The gate listener fails due to a DNS glitch', 'start'],
    ['Nightly scanner sync failed after a key rotation', 'start'],
    ['Firmware 2.4.1 deployed, resolving issue', 'resolved'],
    ['The night operator closes the incident', 'resolved'],
    ['The gate sync worker fails', 'start'],
    ['The ticket queue stops consuming messages', 'start'],
    ['Start of the gate scanner outage', 'start'],
    ['Start of tickets.example.org outage', 'start'],
    ['End of the gate scanner outage', 'resolved'],
    ['Record deleted. At this point the incident is considered resolved', 'resolved'],
    ['Gate scanning issues began at the east entrance', 'start'],
    ['A wide network outage occurred at the venue', 'start'],
    [
      'The known firmware issue surfaced on the live gates, causing the scanner cluster to halt',
      'start',
    ],
    ['Uptime probes show a steep drop in availability', 'start'],
    ['Normal service resumed at every gate', 'resolved'],
    ['Cache flushed, fully resolving the incident', 'resolved'],
    ['The cause was identified and resolved by the vendor', 'resolved'],
    ['The scanner backend was successfully restarted', 'resolved'],
    ['By then the bug had been fixed on every gate', 'resolved'],
  ])('"%s" marks the %s', (text, marker) => {
    expect(markersOf(text).filter((found) => found !== 'detected')).toEqual([marker]);
  });

  test.each([
    'The operator begins migrating gates to the spare pool',
    'The failover pair starts failing over as designed',
    'Error rate drops to 0% after the restart',
    'The scanner backend was not down at any point',
    'We have no further questions for the vendor',
    'The restart has not resolved the issue',
    'Errors being created again on two gates',
    'Waiting to see whether the update worked',
    'The ticket API is still down',
    'Engineers start fixing the issue on the north gates',
    'Checked whether the sync fails after a key rotation',
    'The vendor will close the incident tomorrow',
    'Nothing fails twice in a row on the spare gates',
    'Notes kept until the end of the outage review',
    'The operator was successfully paged',
    'A drop in traffic is normal at night',
    'Deliveries will have resumed by noon',
    'All pods look healthy. Incident appears to be over',
  ])('"%s" marks neither start nor resolution', (text) => {
    expect(markersOf(text).filter((found) => found === 'start' || found === 'resolved')).toEqual(
      [],
    );
  });

  test('a start told in the untimed paragraph after a prose entry is that entry’s', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\nAt 08:00 UTC the firmware was pushed.\n\nAt 08:30 UTC we tried to restart the scanners.\n\nIt failed twice. At this point the scanner backend was down.\n\nAt 09:10 UTC the scanners are back online.\n`,
    );
    expect(summary(timeline).map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual([
      '08:00 UTC | ',
      '08:30 UTC | start',
      '09:10 UTC | resolved',
    ]);
  });
});

describe('a stage column', () => {
  test('Impact starts the incident; the last row of the first Remediate run ends it', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n| Time | Event | Stage |\n|---|---|---|\n| 07:40 | Firmware staged | Before |\n| 08:00 | Gates reject tickets | Impact |\n| 08:05 | On-call paged | Identify |\n| 08:20 | Firmware reverted on half the gates | Remediate |\n| 08:35 | Reverted on the rest | Remediate |\n| 09:00 | Logs collected | Investigate |\n| 09:30 | Second rollback rehearsal | Remediate |\n`,
    );
    expect(timeline.entries.map((entry) => entry.markers)).toEqual([
      [],
      ['start'],
      ['detected'],
      [],
      ['resolved'],
      [],
      [],
    ]);
  });

  test('stages without a clear start or end word mark nothing', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n| Time | Event | Phase |\n|---|---|---|\n| 07:40 | Firmware staged | Before |\n| 08:05 | Gate logs read | Identify |\n`,
    );
    expect(timeline.entries.map((entry) => entry.markers)).toEqual([[], []]);
  });
});

describe('times a reader takes as the authors wrote them', () => {
  test('a time heading with a leading word times its entry', () => {
    const timeline = timelineOf(
      `${header}## Timeline (CET)\n\n### 08:00 CET\n\nGates begin rejecting tickets.\n\n### After 08:40 CET\n\nScanners fully operational.\n`,
    );
    expect(summary(timeline)).toEqual([
      '08:00 CET | start | Gates begin rejecting tickets.',
      '08:40 CET | resolved | Scanners fully operational.',
    ]);
  });

  test('unknown and coarse times are kept as written, not as missing times', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n- [???] Disk latency on the scanner hosts climbs\n- 2023-MM-DD: deploy token created\n- Between 2024-09-10 to 2024-09-12 the token is copied to a public image\n- Sep 2024: image removed from the registry\n- 2024-09-14 08:00 Gates begin rejecting tickets\n\n| Time | Event |\n|---|---|\n| 2024-09-14 09:00 | Rollback |\n| [+2 hrs] | Gates back to normal |\n| [+3 Business Days Later] | Firmware fix released |\n`,
    );
    expect(summary(timeline)).toEqual([
      '~[???] |  | Disk latency on the scanner hosts climbs',
      '~2023-MM-DD |  | deploy token created',
      '~Between 2024-09-10 to 2024-09-12 |  | the token is copied to a public image',
      '~Sep 2024 |  | image removed from the registry',
      '2024-09-14 08:00 | start | Gates begin rejecting tickets',
      '2024-09-14 09:00 |  | Rollback',
      '[+2 hrs] | resolved | Gates back to normal',
      '~[+3 Business Days Later] |  | Firmware fix released',
    ]);
  });

  test('a time before the events and a part of a day are rough times; a duration is a note', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n- **Before the incident**: A reused password leaks in a breach elsewhere\n- **Early morning March 2nd, 2026**: A token is created with it\n- **2026-03-02 09:49 UTC**: A tampered package is published\n- Outage of 2 hours 10 minutes\n- **2026-03-02 12:00 UTC**: The package is withdrawn\n`,
    );
    expect(summary(timeline)).toEqual([
      '~Before the incident |  | A reused password leaks in a breach elsewhere',
      '~Early morning March 2nd, 2026 |  | A token is created with it',
      '2026-03-02 09:49 UTC |  | A tampered package is published',
      '2026-03-02 12:00 UTC |  | The package is withdrawn',
    ]);
  });

  test('under a date line, untimed bullets beside timed ones are timed to that day', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n2024-09-14:\n\n- Patches staged for release\n- 11:20 Firmware 2.4.1 published\n- Advisory updated\n`,
    );
    expect(timeline.entries.map((entry) => `${entry.time?.date} ${entry.time?.precision}`)).toEqual(
      ['2024-09-14 day', '2024-09-14 minute', '2024-09-14 day'],
    );
  });

  test('a date span followed by a time of day is no rough time', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n- 2024-09-14 08:00 Gates reject tickets\n`,
    );
    expect(timeline.entries[0].roughTime).toBeUndefined();
    expect(timeline.entries[0].time?.secondsOfDay).toBe(8 * 3600);
  });

  test('an item with one time of day in the middle of its sentence is timed by it', () => {
    const timeline = timelineOf(
      `${header}## Timeline (all times ETC)\n\n- The venue told us about the outage at 08:16 ET on September 14, 2024.\n- Gate staff escalated at approximately 1:00 PM ET.\n- Scanner issue resolved at approximately 4:00 ET.\n- Vendor call between 5:00 PM and 6:00 PM ET.\n`,
    );
    expect(timeline.entries.map((entry) => entry.time?.secondsOfDay ?? null)).toEqual([
      8 * 3600 + 16 * 60,
      13 * 3600,
      16 * 3600,
      null,
    ]);
    expect(timeline.entries[0].text).toBe(
      'The venue told us about the outage at 08:16 ET on September 14, 2024.',
    );
    expect(timeline.entries[0].time?.date).toBe('2024-09-14');
    // Every time states its zone: the unknown "ETC" of the heading reads none of them.
    expect(timeline.unknownZone).toBeNull();
  });

  test('a 12-hour clock goes on after a range that reaches noon', () => {
    const timeline = timelineOf(
      `${header}## Timeline\n\n- 11:50-12:05: Vendor call\n- 1:17: Patch shared\n- 1:19-1:20: Patch tested\n\n### 9:35-10:50 PM: Review\n\n- 9:35: Notes\n- 10:44: Wrap-up\n- 01:10 Late note\n`,
    );
    expect(timeline.entries.map((entry) => (entry.time?.secondsOfDay ?? 0) / 60)).toEqual([
      710, 797, 799, 1295, 1295, 1364, 70,
    ]);
  });

  test('rough and mid-sentence readings stay linear in the timeline size', () => {
    const build = (n: number) =>
      `${header}## Timeline\n\n${'- [???] Disk latency climbs at around 08:10 UTC on the hosts\n- Between 2024-09-10 to 2024-09-12 token copied\n'.repeat(n)}`;
    expect(growthRatio(build, timelineOf, 400)).toBeLessThan(LINEAR_GROWTH);
  });
});
