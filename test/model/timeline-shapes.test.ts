import { iso, modelOf, timelineOf } from '../support/model.js';
import type { Timeline } from '../../src/model/types.js';
import { resolveZone, zoneOffsetMinutes } from '../../src/model/timestamps.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

// Timeline shapes real postmortems use beyond the template's table, each in a fixture of our own.

/** Entries as `raw | precision | UTC instant (or date) | markers | text` lines. */
function summary(timeline: Timeline): string[] {
  return timeline.entries.map(
    (entry) =>
      `${entry.time?.raw ?? '-'} | ${entry.time?.precision ?? '-'} | ${iso(entry) ?? '-'} | ${entry.markers.join(',')} | ${entry.text}`,
  );
}

const header = (date = '2026-03-02'): string =>
  `# Postmortem: image uploads stuck\n\n**Incident ID:** INC-2026-0302-002\n**Date:** ${date}\n\n`;

describe('timeline headings', () => {
  test.each([
    'Incident Timeline',
    'Timeline of events',
    'Chronology',
    'Sequence of events',
    'Detailed timeline',
    '3. Event timeline (UTC)',
  ])('"%s" is a timeline', (title) => {
    const timeline = timelineOf(`${header()}## ${title}\n\n- 09:10 Upload queue stops draining\n`);
    expect(timeline.entries).toHaveLength(1);
    expect(timeline.span.start.line).toBe(6);
  });

  test('a heading that only mentions a timeline is not one', () => {
    const model = modelOf(`${header()}## Establishing the timeline afterwards\n\n- 09:10 x\n`);
    expect(model.timeline).toBeNull();
    expect(model.timelines).toEqual([]);
  });

  test('one timeline per incident: each is read on its own, the first is the main one', () => {
    const model = modelOf(
      `${header()}## Incident A: thumbnails\n\n### Timeline\n\nAll times in UTC.\n\n- 09:10 Thumbnail errors start\n- 09:40 Service restored\n\n` +
        `## Incident B: exports\n\n### Timeline\n\nAll times in CET.\n\n- 23:50 Export jobs start failing\n- 00:20 Back online\n`,
    );
    expect(model.timelines.map(summary)).toEqual([
      [
        '09:10 | minute | 2026-03-02T09:10:00.000Z | start | Thumbnail errors start',
        '09:40 | minute | 2026-03-02T09:40:00.000Z | resolved | Service restored',
      ],
      [
        // Its own zone, and its own roll-over past midnight.
        '23:50 | minute | 2026-03-02T22:50:00.000Z | start | Export jobs start failing',
        '00:20 | minute | 2026-03-02T23:20:00.000Z | resolved | Back online',
      ],
    ]);
    expect(model.timeline).toBe(model.timelines[0]);
  });

  test('a **Timeline:** label opens a timeline that ends at the next label', () => {
    const model = modelOf(
      `${header()}## Incident A\n\n**Symptom:** uploads hang.\n\n**Timeline:**\n\n- 10:05 Upload latency climbs\n- 10:30 Fully recovered\n\n**Resolution:** a worker restart.\n\n- not an entry\n`,
    );
    expect(model.timelines).toHaveLength(1);
    const [timeline] = model.timelines;
    expect(timeline.span.start).toMatchObject({ line: 10, column: 1 });
    expect(summary(timeline)).toEqual([
      '10:05 | minute | 2026-03-02T10:05:00.000Z |  | Upload latency climbs',
      '10:30 | minute | 2026-03-02T10:30:00.000Z | resolved | Fully recovered',
    ]);
  });
});

describe('timestamp shapes', () => {
  test('times in inline code, bold or not', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n- \`10:40\` Queue depth alert\n- **\`10:52\`** Consumers restarted\n- \`11:03 UTC\`: Queue drained\n`,
    );
    expect(summary(timeline)).toEqual([
      '10:40 | minute | 2026-03-02T10:40:00.000Z |  | Queue depth alert',
      '10:52 | minute | 2026-03-02T10:52:00.000Z |  | Consumers restarted',
      '11:03 UTC | minute | 2026-03-02T11:03:00.000Z |  | Queue drained',
    ]);
  });

  test('### HH:MM headings take the paragraph under them as their text', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n### 10:40\n\nQueue depth alert.\n\n### 10:52\n\nConsumers restarted.\n`,
    );
    expect(summary(timeline)).toEqual([
      '10:40 | minute | 2026-03-02T10:40:00.000Z |  | Queue depth alert.',
      '10:52 | minute | 2026-03-02T10:52:00.000Z |  | Consumers restarted.',
    ]);
  });

  test('day headings at the level of the Timeline continue it until a heading that is no date', () => {
    const model = modelOf(
      `${header('2024-03-17')}## Timeline\n\nAll times in UTC.\n\n## 2024-03-17\n\n- 22:10 Disk alarms on the image store\n\n## Monday 18 March\n\n- 01:15 Old snapshots deleted, fully recovered\n\n## Root cause\n\n- 09:00 not a timeline entry\n`,
    );
    expect(model.timelines).toHaveLength(1);
    expect(summary(model.timeline!)).toEqual([
      '22:10 | minute | 2024-03-17T22:10:00.000Z |  | Disk alarms on the image store',
      '01:15 | minute | 2024-03-18T01:15:00.000Z | resolved | Old snapshots deleted, fully recovered',
    ]);
  });

  test('day headings below the Timeline heading, with a weekday', () => {
    const timeline = timelineOf(
      `${header('2024-03-17')}## Timeline\n\n### Sunday 17 March\n\n- 23:30 Resize workers saturate\n\n### Monday, 18 March\n\n- 00:45 Extra workers added\n`,
    );
    expect(timeline.entries.map((entry) => entry.time?.date)).toEqual(['2024-03-17', '2024-03-18']);
  });

  test('a date line over untimed bullets: entries timed to the day', () => {
    const timeline = timelineOf(
      `${header('2021-01-18')}## Timeline\n\n2021-01-20:\n\n- Storage quota warning ignored by the cleanup job\n- Uploads begin to fail for large files\n\n2021-01-21:\n\n- Quota raised\n`,
    );
    expect(summary(timeline)).toEqual([
      '2021-01-20 | day | 2021-01-20T00:00:00.000Z |  | Storage quota warning ignored by the cleanup job',
      '2021-01-20 | day | 2021-01-20T00:00:00.000Z |  | Uploads begin to fail for large files',
      '2021-01-21 | day | 2021-01-21T00:00:00.000Z |  | Quota raised',
    ]);
    expect(timeline.entries[1].timeSpan.start.line).toBe(11);
  });

  test('month and day without a year before a time ("10-01 09:45"), rough ones too', () => {
    const timeline = timelineOf(
      `${header('2026-10-02')}## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 10-01 09:45 | Proxy container recreated |\n| 10-01 ~15:00 | Broken login found in a manual check |\n| 10-01 evening | Cause narrowed down |\n| 10-02 07:07 | New certificate issued |\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2026-10-01T09:45:00.000Z',
      '2026-10-01T15:00:00.000Z',
      null,
      '2026-10-02T07:07:00.000Z',
    ]);
  });

  test.each([
    ['a date field without its day', '**Date:** August 2025\n\n', '## Timeline'],
    ['the title', '# Mirror sync stall, summer 2025\n\n', '## Timeline'],
    ['the Timeline heading', '# Mirror sync stall\n\n', '## Timeline (2025, UTC)'],
  ])('a day without a year ("August 23rd, 11:59") takes the year of %s', (_, head, heading) => {
    const timeline = timelineOf(
      `${head}${heading}\n\n- August 23rd, 09:10 UTC - Sync job stops\n- August 23rd, 11:59 UTC - Sync caught up\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2025-08-23T09:10:00.000Z',
      '2025-08-23T11:59:00.000Z',
    ]);
  });

  test('four-digit times: "Feb 7 1506 UTC:", then "1936 UTC:"; the year from the opening', () => {
    const timeline = timelineOf(
      '# Chain halt\n\n- Date: 2025-Feb-07\n\n## Timeline\n\n- Feb 7 1506 UTC: Patch release agreed\n- 1936 UTC: Patch released\n- Feb 8 0117 UTC: First node reports a mismatch\n- Feb 10 1541 UTC: Upgrade plan published\n- 2024 was a quieter year\n',
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2025-02-07T15:06:00.000Z',
      '2025-02-07T19:36:00.000Z',
      '2025-02-08T01:17:00.000Z',
      '2025-02-10T15:41:00.000Z',
      null,
    ]);
  });

  test('"March 5, 2025: …" is a day and its year, not a day at 20:25', () => {
    const timeline = timelineOf(
      `${header('2025-03-12')}## Timeline\n\n- March 5, 2025: Rollout begins\n- 5 March 2025: Rollback\n`,
    );
    expect(summary(timeline)).toEqual([
      'March 5, 2025 | day | 2025-03-05T00:00:00.000Z |  | Rollout begins',
      '5 March 2025 | day | 2025-03-05T00:00:00.000Z |  | Rollback',
    ]);
  });

  test('a day without a year in a document that names none: the time is read, undated', () => {
    const timeline = timelineOf(
      '# Mirror sync stall\n\n## Timeline\n\n- August 23rd, 09:10 UTC - Sync job stops\n',
    );
    expect(summary(timeline)).toEqual(['August 23rd, 09:10 UTC | minute | - |  | Sync job stops']);
  });

  test('a stated base date holds for every undated time, even after a dated entry', () => {
    const timeline = timelineOf(
      `${header('2019-10-01')}## Timeline\n\nAll times on 2019-10-21 unless noted, in UTC.\n\n- 2019-10-19 16:00 Certificate renewal job disabled\n- 08:10 Upload API returns TLS errors\n- 08:55 Certificate renewed\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2019-10-19T16:00:00.000Z',
      '2019-10-21T08:10:00.000Z',
      '2019-10-21T08:55:00.000Z',
    ]);
  });

  test('12-hour clocks: AM/PM, lower case and without a space', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\nAll times UTC.\n\n- 11:50 AM Errors begin\n- 12:05pm Rollback started\n- 1:10 p.m. Back online\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2026-03-02T11:50:00.000Z',
      '2026-03-02T12:05:00.000Z',
      '2026-03-02T13:10:00.000Z',
    ]);
  });

  test('a dot between hour and minutes with AM/PM: "4.52pm:"', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\nAll times UTC.\n\n4.52pm: Table dropped by a migration\n\n5.10 pm: Restore started\n\n2.5 hours later the backup was loaded\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2026-03-02T16:52:00.000Z',
      '2026-03-02T17:10:00.000Z',
    ]);
  });

  test('an approximate time marked with ±, in bold: "**± 17:20 UTC:**"', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n**± 17:20 UTC:** Replication lag grows on the replica\n\n**± 19:00 UTC:** Replica rebuilt\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2026-03-02T17:20:00.000Z',
      '2026-03-02T19:00:00.000Z',
    ]);
  });

  test('hours and minutes without a colon right after a date: "2024-03-12 0616"', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n- 2024-03-12 0616: wrong block produced\n- 2024-03-12 1548: recovery announced\n- 2024-03-12 1500 users saw errors\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2024-03-12T06:16:00.000Z',
      '2024-03-12T15:48:00.000Z',
      '2024-03-12T00:00:00.000Z',
    ]);
  });

  test('a US region word after the time: "7:09 AM Eastern"', () => {
    const timeline = timelineOf(`${header()}## Timeline\n\n- 7:09 AM Eastern: Token reported\n`);
    expect(iso(timeline.entries[0])).toBe('2026-03-02T12:09:00.000Z');
    expect(timeline.entries[0].text).toBe('Token reported');
  });

  test('"At 11:03 UTC on March 3rd, …" paragraphs', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\nAt 23:40 UTC the resize queue backs up.\n\nAt 00:20 UTC on March 3rd, 2026, the service is restored.\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2026-03-02T23:40:00.000Z',
      '2026-03-03T00:20:00.000Z',
    ]);
  });
});

describe('entries as prose', () => {
  test('entries joined by <br>, each running on over the lines after its time', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n09:05 - A config push reaches the resize workers and\nthumbnails stop.<br> 09:12 - First alert.<br> 09:40 - Config reverted,\nthe issue goes away.\n`,
    );
    expect(summary(timeline)).toEqual([
      '09:05 | minute | 2026-03-02T09:05:00.000Z |  | A config push reaches the resize workers and thumbnails stop.',
      '09:12 | minute | 2026-03-02T09:12:00.000Z | start | First alert.',
      '09:40 | minute | 2026-03-02T09:40:00.000Z | resolved | Config reverted, the issue goes away.',
    ]);
    expect(timeline.entries[1].timeSpan.start).toMatchObject({ line: 9, column: 22 });
  });

  test('times in the prose between entries keep the clock: a night passes', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\nAt 14:10 UTC the restore starts.\n\nIt runs until 22:30 UTC, and the team hands over at 02:15 UTC.\n\nAt 08:05 UTC the restore completes.\n`,
    );
    expect(timeline.entries.map(iso)).toEqual([
      '2026-03-02T14:10:00.000Z',
      '2026-03-03T08:05:00.000Z',
    ]);
  });

  test('offsets from the first time: "[+1 hrs]", "+30 min"', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n| Time | Event |\n|---|---|\n| 2026-03-02 22:30 UTC | Upgrade applied, the cluster halts |\n| \\[+30 min] | Rollback started |\n| +2.5 hrs | Workers restored and stable |\n`,
    );
    expect(summary(timeline)).toEqual([
      '2026-03-02 22:30 UTC | minute | 2026-03-02T22:30:00.000Z | start | Upgrade applied, the cluster halts',
      '[+30 min] | minute | 2026-03-02T23:00:00.000Z |  | Rollback started',
      '+2.5 hrs | hour | 2026-03-03T01:00:00.000Z | resolved | Workers restored and stable',
    ]);
    expect(timeline.entries[2].time?.date).toBe('2026-03-03');
  });
});

describe('start and end in plain words', () => {
  test.each([
    ['09:00 The problem starts after the config push', 'start'],
    ['09:00 First alert for upload latency', 'start'],
    ['09:00 Updates start failing for every tenant', 'start'],
    ['09:00 **\\<START OF OUTAGE>**', 'start'],
    ['09:00 Bulk transfers begin, immediate impact on block times', 'start'],
    ['09:00 The lending vault reports a 12,400.50 USDC loss after a rebalance', 'start'],
    ['09:00 The issue goes away after the restart', 'resolved'],
    ['09:00 Uploads back online', 'resolved'],
    ['09:00 Service restored for all regions', 'resolved'],
    ['09:00 Fully recovered', 'resolved'],
    ['09:00 Provider service restoration confirmed', 'resolved'],
    ['09:00 Storage cluster working normal again', 'resolved'],
    ['09:00 **\\<END OF OUTAGE>**', 'resolved'],
  ])('%s', (line, marker) => {
    const timeline = timelineOf(`${header()}## Timeline\n\n- ${line}\n`);
    expect(timeline.entries[0].markers).toContain(marker);
  });

  test('bullets under a timed item mark it: "fully available again" below the 00:29 item', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n1. **09:00 – Link down**\n   - The upstream link drops; the first alert fires.\n2. **11:30 – Partial restoration**\n   - Read-only mode from the second site.\n3. **14:10 – Upstream repaired**\n   - All network paths are fully available again.\n`,
    );
    expect(timeline.entries.map((entry) => entry.markers)).toEqual([
      ['start', 'detected'],
      [],
      ['resolved'],
    ]);
    expect(timeline.entries[2].text).toBe('Upstream repaired');
  });

  test('a negated recovery is not one', () => {
    const timeline = timelineOf(`${header()}## Timeline\n\n- 09:00 Uploads not yet back online\n`);
    expect(timeline.entries[0].markers).toEqual([]);
  });
});

describe('time zones by IANA name', () => {
  test('resolved with Intl, daylight saving included', () => {
    expect(
      ['Europe/Berlin', 'asia/tokyo', 'London', 'PST/PDT', 'Mars/Olympus'].map(resolveZone),
    ).toEqual(['Europe/Berlin', 'Asia/Tokyo', 'Europe/London', 'PT', null]);
    // Europe/London is BST (UTC+1) in summer and GMT in winter.
    expect(zoneOffsetMinutes('Europe/London', '2025-07-01', 12 * 3600)).toBe(60);
    expect(zoneOffsetMinutes('Europe/London', '2025-01-15', 12 * 3600)).toBe(0);
    // The switch on 30 March 2025 at 01:00 UTC.
    expect(zoneOffsetMinutes('Europe/Berlin', '2025-03-30', 1 * 3600)).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', '2025-03-30', 4 * 3600)).toBe(120);
    expect(zoneOffsetMinutes('Asia/Tokyo', null, null)).toBe(540);
  });

  test('"All times in Europe/London" in summer reads the times as BST', () => {
    const timeline = timelineOf(
      `${header('2025-07-01')}## Timeline\n\nAll times in Europe/London.\n\n- 14:00 Upload errors start\n`,
    );
    expect(timeline.zone?.text).toBe('Europe/London');
    expect(iso(timeline.entries[0])).toBe('2025-07-01T13:00:00.000Z');
  });

  test('a zone in the heading: "Timeline (Asia/Tokyo)"', () => {
    const timeline = timelineOf(`${header()}## Timeline (Asia/Tokyo)\n\n- 09:00 Errors start\n`);
    expect(iso(timeline.entries[0])).toBe('2026-03-02T00:00:00.000Z');
  });

  test('an unknown zone is kept as a problem, not silently read as UTC', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\nAll times in Europe/Berlinn.\n\n- 09:00 Errors start\n`,
    );
    expect(timeline.zone).toBeNull();
    expect(timeline.unknownZone).toMatchObject({
      text: 'Europe/Berlinn',
      span: { start: { line: 8, column: 14 } },
    });
    // Words that are no zone are not reported.
    expect(
      timelineOf(`${header()}## Timeline\n\nAll times are approximate.\n\n- 09:00 x\n`).unknownZone,
    ).toBeNull();
  });
});

describe('bad input', () => {
  test('many date lines and label lookalikes stay linear', () => {
    const text = (size: number): string =>
      `${header()}## Timeline\n\n${'2021-01-20:\n\n**Timeline:**\n\n'.repeat(size)}${'- At `9 '.repeat(size)}\n`;
    expect(growthRatio(text, modelOf, 800, { samples: 3 })).toBeLessThan(LINEAR_GROWTH);
  });
});
