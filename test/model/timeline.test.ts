import { iso, timelineOf } from '../support/model.js';
import type { Timeline } from '../../src/model/types.js';
import { referenceText } from '../support/reference.js';
import { readLeadingStamp, resolveZone, zoneOffsetMinutes } from '../../src/model/timestamps.js';

/** Entries as `raw | precision | UTC instant | markers` lines, for compact expectations. */
function summary(timeline: Timeline): string[] {
  return timeline.entries.map(
    (entry) =>
      `${entry.time?.raw ?? '-'} | ${entry.time?.precision ?? '-'} | ${iso(entry) ?? entry.time?.date ?? '-'} | ${entry.markers.join(',')}`,
  );
}

const header = (date = '2026-03-02'): string =>
  `# Postmortem: queue stall\n\n**Incident ID:** INC-2026-0302-001\n**Date:** ${date}\n\n`;

describe('timeline extraction', () => {
  test('the reference table: minute times in UTC with start, detection and resolution', () => {
    const timeline = timelineOf(referenceText());
    expect(timeline.format).toBe('table');
    expect(timeline.zone?.text).toBe('UTC');
    expect(timeline.entries).toHaveLength(13);
    const first = timeline.entries[0];
    expect(first.time).toMatchObject({
      raw: '14:00',
      precision: 'minute',
      date: '2026-02-05',
      zone: 'UTC',
    });
    expect(iso(first)).toBe('2026-02-05T14:00:00.000Z');
    expect(first.markers).toEqual(['start']);
    expect(timeline.entries[1].markers).toEqual(['detected']);
    const last = timeline.entries[12];
    expect(last.markers).toEqual(['resolved']);
    expect(iso(last)).toBe('2026-02-05T16:15:00.000Z');
    // "API fully recovered" at 15:30 is not a resolution: the explicit label wins.
    expect(timeline.entries.filter((entry) => entry.markers.includes('resolved'))).toHaveLength(1);
    // The time span is the time inside the bold cell.
    expect(first.timeSpan.start).toMatchObject({ line: first.span.start.line, column: 5 });
    expect(first.timeSpan.end.column).toBe(10);
  });

  test('a list with bold times and a zone on each entry', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n- **16:58 UTC** - Write load climbs\n- **17:25 UTC** - Incident declared\n- **18:46 UTC** - Service fully restored\n`,
    );
    expect(timeline.format).toBe('list');
    expect(summary(timeline)).toEqual([
      '16:58 UTC | minute | 2026-03-02T16:58:00.000Z | ',
      '17:25 UTC | minute | 2026-03-02T17:25:00.000Z | detected',
      '18:46 UTC | minute | 2026-03-02T18:46:00.000Z | resolved',
    ]);
    expect(timeline.entries[0].text).toBe('Write load climbs');
  });

  test('PM times under a date line, in the zone of the heading', () => {
    const timeline = timelineOf(
      '# Chain halt\n\n## Timeline (all times PST) 03/15/2025 - 03/20/2025\n\n03-15-2025\n\n7:32 PM - Blocks stop\n\n11:05 PM - Blocks resume\n\n03-20-2025 - Fix released\n',
    );
    expect(timeline.zone?.text).toBe('PST');
    expect(summary(timeline)).toEqual([
      '7:32 PM | minute | 2025-03-16T03:32:00.000Z | ',
      '11:05 PM | minute | 2025-03-16T07:05:00.000Z | ',
      '03-20-2025 | day | 2025-03-20T08:00:00.000Z | ',
    ]);
    expect(timeline.entries[2].text).toBe('Fix released');
  });

  test('numeric dates are read day first unless the timeline shows otherwise', () => {
    const dayFirst = timelineOf(
      '# X\n\n## Timeline\n\n02-03-2025\n\n10:00 - Start\n\n25-03-2025 - Later\n',
    );
    expect(dayFirst.entries[0].time?.date).toBe('2025-03-02');
    const monthFirst = timelineOf(
      '# X\n\n## Timeline\n\n02-03-2025\n\n10:00 - Start\n\n03-25-2025 - Later\n',
    );
    expect(monthFirst.entries[0].time?.date).toBe('2025-02-03');
  });

  test('dated table rows, a date alone (day precision) and seconds', () => {
    const timeline = timelineOf(
      '# X\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2025-06-01 | Advisory published |\n| 2025-06-01   15:40 | Scan started |\n| 2025-06-02 09:15:30 | Scan finished |\n',
    );
    expect(summary(timeline)).toEqual([
      '2025-06-01 | day | 2025-06-01T00:00:00.000Z | ',
      '2025-06-01   15:40 | minute | 2025-06-01T15:40:00.000Z | ',
      '2025-06-02 09:15:30 | second | 2025-06-02T09:15:30.000Z | ',
    ]);
  });

  test('the time column is found by its header, with a zone in the header', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n| # | Time (CET) | Event |\n|---|---|---|\n| 1 | 10:00 | Deploy |\n| 2 | 10:20 | Rollback complete |\n`,
    );
    expect(summary(timeline)).toEqual([
      '10:00 | minute | 2026-03-02T09:00:00.000Z | ',
      '10:20 | minute | 2026-03-02T09:20:00.000Z | mitigated',
    ]);
    expect(timeline.entries[0].text).toBe('Deploy');
    const phases = timelineOf(
      `${header()}## Timeline\n\n| Time | Phase | Event |\n|---|---|---|\n| 10:00 | INCIDENT START | Errors |\n`,
    );
    expect(phases.entries[0]).toMatchObject({ text: 'Errors', markers: ['start'] });
  });

  test('separate date and time columns are read together', () => {
    const timeline = timelineOf(
      '# X\n\n## Timeline\n\n| Date | Time (UTC) | What happened |\n|---|---|---|\n| 2026-05-01 | 23:55 | Deploy |\n| 2026-05-02 | 00:20 | Rollback complete |\n',
    );
    expect(summary(timeline)).toEqual([
      '23:55 | minute | 2026-05-01T23:55:00.000Z | ',
      '00:20 | minute | 2026-05-02T00:20:00.000Z | mitigated',
    ]);
    expect(timeline.entries[1].text).toBe('Rollback complete');
  });

  test('day groups as list items with nested timed lists', () => {
    const timeline = timelineOf(
      '# X\n\n## Timeline\n\n- **2026-05-01**\n  - 22:00 Alert fires\n- Day two\n  - 2026-05-02 08:00 Fix deployed\n',
    );
    expect(summary(timeline)).toEqual([
      '22:00 | minute | 2026-05-01T22:00:00.000Z | detected',
      '2026-05-02 08:00 | minute | 2026-05-02T08:00:00.000Z | ',
    ]);
  });

  test('a timeline kept in a code block is read when nothing else is', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n\`\`\`text\n14:00 errors start\n14:12 rollback complete\n\`\`\`\n`,
    );
    expect(summary(timeline)).toEqual([
      // "errors start" is the incident start in plain words.
      '14:00 | minute | 2026-03-02T14:00:00.000Z | start',
      '14:12 | minute | 2026-03-02T14:12:00.000Z | mitigated',
    ]);
    expect(timeline.entries[1].timeSpan.start).toMatchObject({ line: 10, column: 1 });
  });

  test('a time far earlier than the one before it rolls over to the next day', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n- 23:50 Alert fires\n- 23:58 Failover\n- 00:10 Recovered\n- 00:05 Note written\n`,
    );
    expect(timeline.entries.map((entry) => entry.time?.date)).toEqual([
      '2026-03-02',
      '2026-03-02',
      '2026-03-03',
      '2026-03-03',
    ]);
    // 00:10 → 00:05 goes back five minutes: out of order, not another day.
    expect(timeline.entries[3].time!.timelineMs).toBeLessThan(timeline.entries[2].time!.timelineMs);
  });

  test('a 12-hour clock without AM/PM: 1:05 after 12:40 is 13:05', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\n- 11:50 A\n- 12:40 B\n- 1:05 C\n- 2:30 D\n- 01:10 E\n`,
    );
    expect(timeline.entries.map((entry) => (entry.time?.secondsOfDay ?? 0) / 60)).toEqual([
      710, 760, 785, 870, 70,
    ]);
    // "01:10" (two digits) after 14:30 keeps its 24-hour reading: the next day.
    expect(timeline.entries[4].time?.date).toBe('2026-03-03');
    const morning = timelineOf(`${header()}## Timeline\n\n- 9:00 A\n- 10:00 B\n- 9:30 C\n`);
    expect(morning.entries[2].time?.secondsOfDay).toBe(9.5 * 3600);
  });

  test('US zones follow daylight saving; per-entry zones win over the stated one', () => {
    const summer = timelineOf(
      `${header('2026-07-01')}## Timeline\n\nAll times in UTC.\n\n- 14:00 PT Start\n- 22:00 Later\n`,
    );
    expect(iso(summer.entries[0])).toBe('2026-07-01T21:00:00.000Z');
    expect(summer.entries[0].time?.zone).toBe('PT');
    expect(iso(summer.entries[1])).toBe('2026-07-01T22:00:00.000Z');
    const winter = timelineOf(
      `${header('2026-01-15')}## Timeline\n\n- 14:00 PT Start\n- 14:30 UTC+2 Other\n`,
    );
    expect(iso(winter.entries[0])).toBe('2026-01-15T22:00:00.000Z');
    expect(iso(winter.entries[1])).toBe('2026-01-15T12:30:00.000Z');
  });

  test('a zone stated outside the section, month-name dates, approximate times', () => {
    const timeline = timelineOf(
      `${header('2026-02-05')}All times EST.\n\n## Timeline\n\n- Feb 5 14:00 Start\n- ~15:23 Halted\n- 4 PM Review\n`,
    );
    expect(timeline.zone?.text).toBe('EST');
    expect(summary(timeline)).toEqual([
      'Feb 5 14:00 | minute | 2026-02-05T19:00:00.000Z | ',
      '~15:23 | minute | 2026-02-05T20:23:00.000Z | ',
      '4 PM | hour | 2026-02-05T21:00:00.000Z | ',
    ]);
  });

  test('a date in the Timeline heading dates the times below it', () => {
    const timeline = timelineOf(
      '# X\n\n## Timeline (all times UTC, March 3, 2026)\n\n| Time | Event |\n|---|---|\n| 13:38:00 | First |\n',
    );
    expect(iso(timeline.entries[0])).toBe('2026-03-03T13:38:00.000Z');
  });

  test('heading-form entries take the paragraph under them as text', () => {
    const timeline = timelineOf(
      '# X\n\n## Timeline\n\nAll times in CEST\n\n### 2026-04-02 10:34\n\nLaunch success drops to 0%.\n\n### 10:55 - Cluster back to normal\n\nDetails.\n',
    );
    expect(timeline.format).toBe('paragraphs');
    expect(summary(timeline)).toEqual([
      // A success rate falling to 0% is the onset in plain words.
      '2026-04-02 10:34 | minute | 2026-04-02T08:34:00.000Z | start',
      '10:55 | minute | 2026-04-02T08:55:00.000Z | resolved',
    ]);
    expect(timeline.entries[0].text).toBe('Launch success drops to 0%.');
    expect(timeline.entries[1].text).toBe('Cluster back to normal');
  });

  test('untimed items of a timed list are entries; a list of links is not', () => {
    const timeline = timelineOf(
      `${header()}## Timeline\n\nDashboards:\n\n- [overview](https://example.com/a)\n- [nodes](https://example.com/b)\n\n* [???] Disk pressure builds\n* [13:26] First report\n`,
    );
    expect(timeline.entries.map((entry) => [entry.time?.raw ?? null, entry.text])).toEqual([
      [null, 'Disk pressure builds'],
      ['13:26', 'First report'],
    ]);
    expect(timeline.entries[0].roughTime).toBe('[???]');
    expect(timeline.entries[0].timeSpan).toEqual(timeline.entries[0].span);
  });

  test('explicit labels win over keywords, keywords apply otherwise', () => {
    const labelled = timelineOf(
      `${header()}## Timeline\n\n- 10:00 OUTAGE BEGINS - errors\n- 10:05 pager goes off\n- 10:30 OUTAGE MITIGATED\n- 10:40 service restored for most users\n- 11:00 OUTAGE ENDS\n`,
    );
    expect(labelled.entries.map((entry) => entry.markers)).toEqual([
      ['start'],
      ['detected'],
      ['mitigated'],
      [],
      ['resolved'],
    ]);
    const keywords = timelineOf(
      `${header()}## Timeline\n\n- 10:00 Incident began with a bad deploy\n- 10:50 Fully restored\n`,
    );
    expect(keywords.entries.map((entry) => entry.markers)).toEqual([['start'], ['resolved']]);
  });

  test('without any date the entries are undated but still ordered', () => {
    const timeline = timelineOf('# Outage\n\n## Timeline\n\n- 23:00 A\n- 01:00 B\n');
    expect(timeline.entries.map((entry) => entry.time?.date)).toEqual([null, null]);
    expect(timeline.entries.map((entry) => entry.time?.epochMs)).toEqual([null, null]);
    expect(timeline.entries[1].time!.timelineMs - timeline.entries[0].time!.timelineMs).toBe(
      2 * 3600_000,
    );
  });

  test('a date in a list item followed by "At HH:MM:SS UTC" is one timestamp', () => {
    const timeline = timelineOf(
      '# X\n\n## Timeline\n\n- 2025-08-17: Report received.\n- 2025-08-27: At 12:50:07 UTC, exploited.\n',
    );
    expect(summary(timeline)).toEqual([
      '2025-08-17 | day | 2025-08-17T00:00:00.000Z | ',
      '2025-08-27: At 12:50:07 UTC | second | 2025-08-27T12:50:07.000Z | ',
    ]);
    expect(timeline.entries[1].text).toBe('exploited.');
  });
});

// Shapes met in public postmortems of other organisations, each rewritten as a short invented
// incident (the originals are checked, when present, by test/external/model-shapes.test.ts).
describe('timeline extraction: shapes of real postmortems', () => {
  test('PM times in PST under a month-first date line, then dated entries', () => {
    const timeline = timelineOf(`# Nightly export stall

## Summary

The nightly export job stopped writing files after an empty batch.

## Timeline (all times PST) 02/03/2023 - 03/15/2023. Times are rough

02-03-2023

8:05 PM - The export job stopped writing files to the bucket.

8:11 PM - A freshness check detected the missing files and the job was rerun.

8:26 PM - Files were being written again at the usual rate.


02-21-2023 - A guard for the empty-batch case was merged.

03-15-2023 - Version 3.4 shipped with the guard.

## Resolution

Rerunning the job cleared the stuck batch.
`);
    expect(timeline.format).toBe('paragraphs');
    expect(timeline.zone?.text).toBe('PST');
    // 02-03-2023 is 3 February (month first), and 8:05 PM PST is 04:05 UTC the next day.
    expect(summary(timeline)).toEqual([
      '8:05 PM | minute | 2023-02-04T04:05:00.000Z | ',
      '8:11 PM | minute | 2023-02-04T04:11:00.000Z | detected',
      '8:26 PM | minute | 2023-02-04T04:26:00.000Z | ',
      '02-21-2023 | day | 2023-02-21T08:00:00.000Z | ',
      '03-15-2023 | day | 2023-03-15T08:00:00.000Z | ',
    ]);
  });

  test('a list timeline in UTC split by images and code, dated from the title', () => {
    const timeline = timelineOf(`# Thumbnail Service Outage - March 4, 2024

Review notes: <https://example.com/reviews/42>

Thumbnails failed to load for about an hour and a half on the morning of the incident.

## Timeline

- **09:12 UTC** - Cache memory climbs after the nightly photo import

<img width="1200" height="400" alt="cache memory chart" src="https://example.com/cache.png" />

- **09:15 UTC** - [A cleanup change](https://example.com/change/7) shortens the eviction window from 10m to 1m

- **09:19 UTC** - Thumbnail workers miss the cache and hammer the object store

\`\`\`
{"level":"warn","msg":"object store throttled","worker":"thumb-3"}
worker thumb-3 exiting after repeated throttling
\`\`\`

- **09:27 UTC** - The object store throttles the whole worker pool

<img width="1200" height="300" alt="throttling chart" src="https://example.com/throttle.png" />

- **09:40 UTC** - On-call opens an incident and starts reverting the change
- **09:58 UTC** - Revert stuck behind a failing pipeline check
- **10:20 UTC** - Eviction window set back by hand on each node
- **10:43 UTC** - Thumbnails fully recovered in every region

Error rate over the whole window

<img width="1200" height="400" alt="error rate chart" src="https://example.com/errors.png" />

## Root Cause Analysis

A cache setting changed during a busy hour.
`);
    expect(timeline.format).toBe('list');
    expect(timeline.entries).toHaveLength(8);
    expect(iso(timeline.entries[0])).toBe('2024-03-04T09:12:00.000Z');
    expect(iso(timeline.entries[7])).toBe('2024-03-04T10:43:00.000Z');
    expect(timeline.entries[7].markers).toEqual(['resolved']);
  });

  test('dated list items, the last one with a time to the second', () => {
    const timeline = timelineOf(`# Certificate expiry 2023-05-12 post mortem

A look back at the certificate expiry that cut off API clients of the billing service.

## Timeline


- 2023-05-02: The renewal job failed without a warning after a credentials rotation.
- 2023-05-03: An expiry notice went to a mailbox nobody read any more.
- 2023-05-09: The mailbox changed owners in a reorganisation (CEST office). Nobody saw the notice.
- 2023-05-12: At 08:41:19 UTC, the certificate expired and clients refused to connect. Renewal by hand followed about 20m later,



## Renewal job
`);
    expect(timeline.entries.map((entry) => entry.time?.precision)).toEqual([
      'day',
      'day',
      'day',
      'second',
    ]);
    expect(iso(timeline.entries[0])).toBe('2023-05-02T00:00:00.000Z');
    expect(iso(timeline.entries[3])).toBe('2023-05-12T08:41:19.000Z');
  });

  test('heading-form entries in US/Pacific summer time', () => {
    const timeline =
      timelineOf(`# 2022-08-16, Webinar signup page slow (a newsletter sends everyone at once)

## Summary

A newsletter went to every subscriber at the same minute and the signup page queued requests
until a new instance came up.

## Timeline

All times in US/Pacific

dashboards for the incident window:

- [requests](https://dashboards.example.com/requests?from=1660662000000)
- [instances](https://dashboards.example.com/instances?from=1660662000000)

### 09:10am - First complaint

[A reader wrote in](https://chat.example.com/m/1)
that the signup page was slow or blank.

### 09:18 - Pending requests noticed

[Many requests were waiting](https://chat.example.com/m/2) at that point,
with the queue at its longest near 09:05.

![](https://images.example.com/pending.png)

> An engineer notes that the autoscaler acted as configured:
>
> 1. waiting requests ask for a new instance early
> 2. once the instance is ready they move there

### 09:18 - Instance cap raised

We found the service at its instance cap and [raised it](https://chat.example.com/m/3).

### 09:31 - Page loads return to normal

[Load times recovered](https://chat.example.com/m/4) before the new instance was needed.

## Lessons learnt
`);
    expect(timeline.zone?.text).toBe('US/Pacific');
    // PDT (UTC-7) in August.
    expect(timeline.entries.map((entry) => iso(entry))).toEqual([
      '2022-08-16T16:10:00.000Z',
      '2022-08-16T16:18:00.000Z',
      '2022-08-16T16:18:00.000Z',
      '2022-08-16T16:31:00.000Z',
    ]);
    expect(timeline.entries.map((entry) => entry.text)).toEqual([
      'First complaint',
      'Pending requests noticed',
      'Instance cap raised',
      'Page loads return to normal',
    ]);
  });

  test('zone stated in the introduction, roll-over past midnight', () => {
    const timeline = timelineOf(`# June 14th, 2022 Package Mirror Slowdown

Written by: [A. Operator](https://example.com/a-operator)

All times PDT.

## Summary

Egress from the package mirror hosts hit the provider cap, and installs slowed to a crawl.

## Impact

Installs timed out for most of a working day, and a release was cut one day late.

## Resolution

The mirror moved to hosts with a higher egress cap.

## Timeline

* [???] Egress on the mirror hosts reached the provider cap and downloads slowed
* [10:05] A developer reports in chat that installs time out
* [11:20] An operator sees mirror hosts dropping connections
* [12:02] The egress cap is identified as the cause
* [13:45] A higher cap is requested and approved
* [18:30] Moving clients to the new hosts begins
* [22:40] The last clients are moved to the new hosts
* [06:15] Installs complete at their usual speed again
`);
    expect(timeline.zone?.text).toBe('PDT');
    expect(timeline.entries).toHaveLength(8);
    expect(timeline.entries[0].time).toBeNull();
    expect(timeline.entries[6].time?.date).toBe('2022-06-14');
    const last = timeline.entries[timeline.entries.length - 1];
    expect(last.time?.date).toBe('2022-06-15');
    expect(iso(last)).toBe('2022-06-15T13:15:00.000Z');
  });

  test('the date line with its zone remark heads the list', () => {
    const timeline = timelineOf(`# Map Tiles Postmortem (incident #812)

**Date**: 2024-04-09

**Authors**: ana, bo

**Status**: Closed, two follow-ups open

**Summary**: Map tiles failed to load for 41 minutes after a style update.

**Root Causes**: The tile renderer crashes when a style names a font it does not have.

## Action Items

| Action Item | Type | Owner | Tracking |
| --- | --- | --- | --- |
| Check fonts before a style is pushed | prevent | bo | TILES-101 **TODO** |

## Timeline

2024-04-09 _(all times UTC)_

- 09:02 A style sheet update is pushed to the tile renderers
- 09:05 **OUTAGE BEGINS** — Renderers crash on the new style and tiles stop loading
- 09:06 ana gets a pager storm, \`TileErrors\` from every region
- 09:14 **INCIDENT BEGINS** ana declares incident #812 and names bo incident commander
- 09:31 bo traces the crash to a missing font in the new style
- 09:38 **OUTAGE MITIGATED**, previous style restored in one region
- 09:46 **OUTAGE ENDS**, previous style serving in all regions
- 10:16 **INCIDENT ENDS**, thirty minutes of healthy tile traffic observed
`);
    expect(timeline.zone?.text).toBe('UTC');
    expect(timeline.entries).toHaveLength(8);
    const start = timeline.entries.find((entry) => entry.markers.includes('start'));
    const end = timeline.entries.find((entry) => entry.markers.includes('resolved'));
    expect([iso(start!), iso(end!)]).toEqual([
      '2024-04-09T09:05:00.000Z',
      '2024-04-09T09:46:00.000Z',
    ]);
  });
});

describe('timestamp reading', () => {
  const reading = { year: 2026, dayFirst: true };

  test.each([
    ['14:05', 'minute', 50700, null],
    ['**14:05:30 UTC** - x', 'second', 50730, 'UTC'],
    ['7:32 pm: x', 'minute', 70320, null],
    ['12:10 AM x', 'minute', 600, null],
    ['[09:15] x', 'minute', 33300, null],
    ['~15:23 x', 'minute', 55380, null],
    ['2026-02-05T14:00:00Z x', 'second', 50400, 'UTC'],
    ['1AM SAST x', 'hour', 3600, 'SAST'],
    ['10:00 (PDT) x', 'minute', 36000, 'PDT'],
    ['10:00 UTC+05:30 x', 'minute', 36000, 'UTC+5:30'],
  ])('%s', (text, precision, seconds, zone) => {
    expect(readLeadingStamp(text, reading)).toMatchObject({
      precision,
      secondsOfDay: seconds,
      zone,
    });
  });

  test('not timestamps: plain numbers, versions, words', () => {
    for (const text of [
      '4779033 blocks',
      '2.2.0 released',
      'May the team',
      '25:00 x',
      '1:1 ratio',
    ]) {
      expect(readLeadingStamp(text, reading)).toBeNull();
    }
  });

  test('zones: names, regions and offsets; US daylight saving by date and hour', () => {
    expect(
      ['pdt', 'US/Pacific', 'America/New_York', 'GMT-7', 'Europe/Nowhere'].map(resolveZone),
    ).toEqual(['PDT', 'PT', 'ET', 'UTC-7', null]);
    // 2026: daylight saving from 8 March 02:00 to 1 November 02:00.
    expect(zoneOffsetMinutes('PT', '2026-03-08', 3600)).toBe(-480);
    expect(zoneOffsetMinutes('PT', '2026-03-08', 3 * 3600)).toBe(-420);
    expect(zoneOffsetMinutes('ET', '2026-11-01', 0)).toBe(-240);
    expect(zoneOffsetMinutes('ET', '2026-11-02', 0)).toBe(-300);
    expect(zoneOffsetMinutes('IST', null, null)).toBe(330);
  });
});
