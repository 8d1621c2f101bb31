import {
  findSectionIndex,
  isMeetingSection,
  REQUIRED_SECTIONS,
  SECTION_NAMES,
  sectionKey,
} from '../../src/model/sections.js';
import { editDistance } from '../../src/text/edit-distance.js';
import type { Section } from '../../src/model/types.js';

const at = { line: 1, column: 1, offset: 0 };
const section = (title: string): Section => ({
  title,
  depth: 2,
  span: { start: at, end: at },
  bodySpan: { start: at, end: at },
});
const matches = (title: string, names: readonly string[]): boolean =>
  findSectionIndex([section(title)], names) === 0;

describe('section names', () => {
  test('apostrophes, case, numbering and suffixes do not matter', () => {
    expect(matches('3. What didn’t go so well?', SECTION_NAMES.whatWentWrong)).toBe(true);
    expect(matches("What didn't go well", SECTION_NAMES.whatWentWrong)).toBe(true);
    expect(matches('Follow-ups (owners below)', SECTION_NAMES.actionItems)).toBe(true);
    expect(matches("🔎 Five Why's", SECTION_NAMES.rootCauseAnalysis)).toBe(true);
  });

  test('a heading asked as a question matches by its subject', () => {
    expect(matches('What was the impact identified?', SECTION_NAMES.impact)).toBe(true);
    expect(matches('What were the contributing factors?', SECTION_NAMES.contributingFactors)).toBe(
      true,
    );
    expect(matches('What happened?', SECTION_NAMES.executiveSummary)).toBe(true);
    expect(matches('What went well?', SECTION_NAMES.whatWentWell)).toBe(true);
    expect(matches('What did we learn?', SECTION_NAMES.lessonsLearned)).toBe(true);
    expect(matches('Why did it happen?', SECTION_NAMES.rootCauseAnalysis)).toBe(true);
    expect(matches('What is the impact of retries?', SECTION_NAMES.timeline)).toBe(false);
    expect(matches('What was fixed?', SECTION_NAMES.impact)).toBe(false);
  });

  test('near misses stay apart', () => {
    expect(matches('Follow-up Meeting', SECTION_NAMES.actionItems)).toBe(false);
    expect(matches('Root Cause Analysis', SECTION_NAMES.actionItems)).toBe(false);
    expect(matches('Impact', SECTION_NAMES.whatWentWrong)).toBe(false);
  });

  test('the required sections are the template’s nine, in order', () => {
    expect(REQUIRED_SECTIONS.map((names) => names[0])).toEqual([
      'Executive Summary',
      'Impact',
      'Timeline',
      'Root Cause Analysis',
      'Contributing Factors',
      'What Went Well',
      'What Went Wrong',
      'Action Items',
      'Lessons Learned',
    ]);
  });
});

describe('misspelt names', () => {
  test('a name of eight letters or more is read with one letter wrong', () => {
    expect(matches('Moving Foward', SECTION_NAMES.actionItems)).toBe(true);
    expect(matches('Acton Items', SECTION_NAMES.actionItems)).toBe(true);
    expect(matches('Lesson Learned', SECTION_NAMES.lessonsLearned)).toBe(true);
    expect(matches('Timelne', SECTION_NAMES.timeline)).toBe(true);
  });

  test('short names, two letters wrong and other sections’ names are not', () => {
    expect(matches('Cuases', SECTION_NAMES.rootCauseAnalysis)).toBe(false);
    expect(matches('Movng Foward', SECTION_NAMES.actionItems)).toBe(false);
    expect(matches('What went well', SECTION_NAMES.whatWentWrong)).toBe(false);
    expect(matches('Timelines and deadlines', SECTION_NAMES.timeline)).toBe(false);
    expect(matches('Root Causes', SECTION_NAMES.contributingFactors)).toBe(false);
  });

  test('no two built-in names of different sections are one letter apart', () => {
    const keyed = Object.entries(SECTION_NAMES).flatMap(([group, names]) =>
      names.map((name) => ({ group, key: sectionKey(name) })),
    );
    const close = keyed.flatMap((a) =>
      keyed
        .filter((b) => a.group < b.group && editDistance(a.key, b.key) <= 1)
        .map((b) => `${a.key} / ${b.key}`),
    );
    expect(close).toEqual([]);
  });

  test('a correctly named section comes first, wherever the misspelt one stands', () => {
    const sections = [section('Timelne draft'), section('Timeline')];
    expect(findSectionIndex(sections, SECTION_NAMES.timeline)).toBe(1);
  });
});

describe('head nouns, longer names and the meeting follow-up', () => {
  test("a heading ending in a head noun of a section is that section, not the prefix's", () => {
    expect(matches('Root Cause Remediations', SECTION_NAMES.actionItems)).toBe(true);
    expect(matches('Root Cause Remediations', SECTION_NAMES.rootCauseAnalysis)).toBe(false);
    expect(matches('Short-term remediations', SECTION_NAMES.actionItems)).toBe(true);
    expect(matches('Further Mitigations and Learnings', SECTION_NAMES.lessonsLearned)).toBe(true);
    // A combined heading keeps both sections.
    expect(matches('Lessons Learned and Action Items', SECTION_NAMES.lessonsLearned)).toBe(true);
    expect(matches('Lessons Learned and Action Items', SECTION_NAMES.actionItems)).toBe(true);
    expect(
      matches(
        'Preventing it from happening again / What we have learnt',
        SECTION_NAMES.lessonsLearned,
      ),
    ).toBe(true);
    expect(matches('Affected packages', SECTION_NAMES.impact)).toBe(true);
    expect(matches('Introduction', SECTION_NAMES.executiveSummary)).toBe(true);
  });

  test('any heading ending in "Timeline", a time zone after it too, is the timeline', () => {
    expect(matches('Issue Timeline - UTC', SECTION_NAMES.timeline)).toBe(true);
    expect(matches('Deployment timeline (CEST)', SECTION_NAMES.timeline)).toBe(true);
    expect(matches('Database Timeline PST', SECTION_NAMES.timeline)).toBe(true);
    expect(matches('Timeline of the fix', SECTION_NAMES.timeline)).toBe(true);
    expect(matches('Timelines and deadlines for owners', SECTION_NAMES.timeline)).toBe(false);
    expect(matches('Issue Timeline - UTC', SECTION_NAMES.actionItems)).toBe(false);
  });

  test('prevention headings are the action items', () => {
    for (const title of [
      'Corrective Measures',
      'How we will avoid this in the future',
      'How we will prevent this from happening again',
      'Preventing recurrence',
      'Prevention',
      'Future work',
      'Improvement plan:',
      'Corrective and Preventative Measures',
      'Moving forward',
      'Improving recovery procedures',
      'Process improvements',
      'Preventing the issue from happening again',
      "What's next?",
      'Whats next?',
    ])
      expect(matches(title, SECTION_NAMES.actionItems)).toBe(true);
  });

  test('a longer name of another section wins: "Follow-up meeting" is not the items', () => {
    expect(matches('Follow-up', SECTION_NAMES.actionItems)).toBe(true);
    expect(matches('Follow-up tasks', SECTION_NAMES.actionItems)).toBe(true);
    expect(matches('Follow-up meeting', SECTION_NAMES.actionItems)).toBe(false);
    expect(matches('Follow-up meeting', SECTION_NAMES.followUpMeeting)).toBe(true);
  });

  test('another section named right after "Follow-up" is that section: "Follow-up timeline"', () => {
    expect(matches('Follow-up timeline (times in UTC)', SECTION_NAMES.actionItems)).toBe(false);
    expect(matches('Follow-up impact', SECTION_NAMES.actionItems)).toBe(false);
    expect(matches('Follow-up work', SECTION_NAMES.actionItems)).toBe(true);
  });

  test('a bare "Follow-up" is the meeting only when its text names a meeting', () => {
    expect(isMeetingSection('Follow-up', 'Review meeting on 2026-02-10')).toBe(true);
    expect(isMeetingSection('Follow-up', 'Page the whole team (filed #512)')).toBe(false);
    expect(isMeetingSection('Follow-up tasks', 'Review meeting on 2026-02-10')).toBe(false);
  });
});
