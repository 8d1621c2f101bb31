import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';
import type { FiveWhys, Timeline, TimelineEntry } from '../../src/model/types.js';

// The model's reading of real public postmortems from other organisations: the shapes the inline
// fixtures of test/model/timeline.test.ts and test/model/five-whys.test.ts reproduce, checked
// against the originals. Their texts stay outside the project: these tests run only when
// POSTMORTEM_CORPUS_DIR names the folder holding them, and are skipped otherwise.
const CORPUS = process.env.POSTMORTEM_CORPUS_DIR;
const describeCorpus = CORPUS && existsSync(CORPUS) ? describe : describe.skip;

function corpusText(file: string): string {
  return readFileSync(join(CORPUS!, file), 'utf8');
}

function corpusTimeline(file: string): Timeline {
  const timeline = buildPostmortem(file, corpusText(file), DEFAULT_PARSE_OPTIONS).timeline;
  if (!timeline) throw new Error(`no timeline in ${file}`);
  return timeline;
}

function corpusWhys(file: string): FiveWhys | null {
  return buildPostmortem(file, corpusText(file), DEFAULT_PARSE_OPTIONS).fiveWhys;
}

const iso = (entry: TimelineEntry): string | null =>
  entry.time?.epochMs == null ? null : new Date(entry.time.epochMs).toISOString();

/** Entries as `raw | precision | UTC instant | markers` lines, for compact expectations. */
function summary(timeline: Timeline): string[] {
  return timeline.entries.map(
    (entry) =>
      `${entry.time?.raw ?? '-'} | ${entry.time?.precision ?? '-'} | ${iso(entry) ?? entry.time?.date ?? '-'} | ${entry.markers.join(',')}`,
  );
}

describeCorpus('real corpus: model shapes', () => {
  describe('timeline extraction', () => {
    test('chia: PM times in PST under a month-first date line, then dated entries', () => {
      const timeline = corpusTimeline('chia-network--blockchain-mainnet-stall-2024.md');
      expect(summary(timeline)).toEqual([
        '7:32 PM | minute | 2024-01-11T03:32:00.000Z | start',
        // "this resolved the issue", then "new blocks being created again".
        '7:38 PM | minute | 2024-01-11T03:38:00.000Z | detected,resolved',
        '7:42 PM | minute | 2024-01-11T03:42:00.000Z | resolved',
        '01-31-2024 | day | 2024-01-31T08:00:00.000Z | ',
        '02-28-2024 | day | 2024-02-28T08:00:00.000Z | ',
      ]);
    });

    test('posthog: a list timeline in UTC split by images and code, dated from the title', () => {
      const timeline = corpusTimeline('posthog--feature-flags-outage-2025-09-29.md');
      expect(timeline.entries).toHaveLength(8);
      expect(iso(timeline.entries[0])).toBe('2025-09-29T16:58:00.000Z');
      expect(iso(timeline.entries[7])).toBe('2025-09-29T18:46:00.000Z');
      expect(timeline.entries[7].markers).toEqual(['resolved']);
    });

    test('go-ethereum: dated list items, the last one with a time to the second', () => {
      const timeline = corpusTimeline('ethereum-go-ethereum--minority-split-2021-08-27.md');
      expect(timeline.entries.map((entry) => entry.time?.precision)).toEqual([
        'day',
        'day',
        'day',
        'second',
      ]);
      expect(iso(timeline.entries[3])).toBe('2021-08-27T12:50:07.000Z');
    });

    test('mybinder: heading-form entries in US/Pacific summer time', () => {
      const timeline = corpusTimeline(
        'jupyter-mybinder--simultaneous-launches-scipy-2020-07-09.md',
      );
      expect(timeline.entries.map((entry) => iso(entry))).toEqual([
        '2020-07-09T14:30:00.000Z',
        '2020-07-09T14:35:00.000Z',
        '2020-07-09T14:35:00.000Z',
        '2020-07-09T14:42:00.000Z',
      ]);
    });

    test('kubernetes: zone stated in the introduction, roll-over past midnight', () => {
      const timeline = corpusTimeline('kubernetes-test-infra--prow-flakiness-2019-05-30.md');
      expect(timeline.zone?.text).toBe('PDT');
      const last = timeline.entries[timeline.entries.length - 1];
      expect(last.time?.date).toBe('2019-05-31');
      expect(iso(last)).toBe('2019-05-31T14:00:00.000Z');
    });

    test('google SRE: the date line with its zone remark heads the list', () => {
      const timeline = corpusTimeline('google-sre-book--shakespeare-sonnet-incident-465.md');
      const start = timeline.entries.find((entry) => entry.markers.includes('start'));
      const end = timeline.entries.find((entry) => entry.markers.includes('resolved'));
      expect([iso(start!), iso(end!)]).toEqual([
        '2015-10-21T14:54:00.000Z',
        '2015-10-21T16:00:00.000Z',
      ]);
    });
  });

  describe('5-Whys extraction', () => {
    test('posthog: numbered factors without "why" are not why-questions; the opening sentence states the cause', () => {
      const analysis = corpusWhys('posthog--feature-flags-outage-2025-09-29.md');
      expect(analysis?.whys).toEqual([]);
      expect(analysis?.rootCause?.text).toMatch(
        /^The outage resulted from three compounding factors: /,
      );
    });
  });
});
