import type { Section } from './types.js';
import { editDistance } from '../text/edit-distance.js';

/** Normalised titles seen so far: the same headings recur in every file and every lookup. */
const normalised = new Map<string, string>();

/** Heading text reduced for matching: no numbering, emoji or punctuation, lower case. */
export function normaliseTitle(title: string): string {
  let result = normalised.get(title);
  if (result === undefined) {
    result = title
      .toLowerCase()
      .replace(/^\s*(?:\d+(?:\.\d+)*[.)]|\d+\.\d+)\s*/u, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalised.size >= 10_000) normalised.clear();
    normalised.set(title, result);
  }
  return result;
}

/** "What was the …", "What are the …": a heading asked as a question names its subject after it. */
const QUESTION_LEAD = /^(?:what|which) (?:was|were|is|are) (?:the )?(?=\S)/;

/**
 * The key a title is matched by: {@link normaliseTitle}, then a question's lead-in dropped, so
 * "What was the impact?" is the "Impact" section and "What were the root causes?" the analysis.
 */
export function sectionKey(title: string): string {
  return normaliseTitle(title).replace(QUESTION_LEAD, '');
}

/** A time zone after a heading's head noun: "Issue Timeline - UTC", "Outage timeline (CET)". */
const TRAILING_ZONE = / (?:utc|gmt|z|[a-z]{1,3}[sd]t|cet|cest|ist|jst|aest|aedt)$/;

/**
 * Index of the first section whose title starts with one of `names` (case-insensitive, ignoring
 * numbering and punctuation, and a question's "What was the" lead-in), so "Action Items
 * (Remediation Plan)" is the "Action Items" section.
 */
export function findSectionIndex(sections: readonly Section[], names: readonly string[]): number {
  const match = matcherOf(names);
  const found = sections.findIndex((section) => match(section.title) === 'named');
  return found !== -1
    ? found
    : sections.findIndex((section) => match(section.title) === 'misspelt');
}

type TitleMatch = 'named' | 'misspelt' | 'other';

/**
 * How titles match each list of names, remembered per list: the same lists (and mostly the same
 * titles) are looked up for every file, several times each.
 */
const matchers = new WeakMap<readonly string[], (title: string) => TitleMatch>();

function matcherOf(names: readonly string[]): (title: string) => TitleMatch {
  let matcher = matchers.get(names);
  if (matcher === undefined) {
    const wanted = names.map(sectionKey);
    const suffixes = SUFFIX_KEYS.get(sectionKey(names[0] ?? '')) ?? [];
    const known = new Map<string, TitleMatch>();
    matcher = (written: string): TitleMatch => {
      let result = known.get(written);
      if (result === undefined) {
        const title = sectionKey(written);
        const head = title.replace(TRAILING_ZONE, '');
        const named =
          suffixes.some((suffix) => head === suffix || head.endsWith(` ${suffix}`)) ||
          wanted.some(
            (name) =>
              title === name || (title.startsWith(`${name} `) && !namesOther(title, name, wanted)),
          );
        result = named ? 'named' : misspells(title, wanted) ? 'misspelt' : 'other';
        if (known.size >= 10_000) known.clear();
        known.set(written, result);
      }
      return result;
    };
    matchers.set(names, matcher);
  }
  return matcher;
}

/** Names this long or longer are still recognised with one letter wrong ("Moving Foward"). */
const MIN_MISSPELT_NAME = 8;

/**
 * Whether `title` is one of `wanted` written with one letter added, dropped or changed ("moving
 * foward", "acton items"): the whole title, as a longer one ("Timelines and deadlines") may be
 * another subject. No two built-in names of different sections are that close, so a misspelt name
 * is never read as another section's.
 */
function misspells(title: string, wanted: readonly string[]): boolean {
  if (ALL_KEYS.has(title)) return false;
  return wanted.some(
    (name) =>
      name.length >= MIN_MISSPELT_NAME &&
      Math.abs(title.length - name.length) <= 1 &&
      editDistance(title, name) === 1,
  );
}

/**
 * Whether a title that starts with `name` is another section's: one whose name is a longer start
 * of the title ("Follow-up meeting" is the meeting, not the "Follow-up" items), whose head noun
 * ends it right after `name` ("Root Cause Remediations" are action items, not the analysis), or
 * whose name follows `name` as the head of the title ("Follow-up timeline" is a timeline).
 */
function namesOther(title: string, name: string, wanted: readonly string[]): boolean {
  const rest = title.slice(name.length + 1);
  if (SUFFIX_OWNER.has(rest) && !wanted.includes(SUFFIX_OWNER.get(rest) as string)) return true;
  return ALL_NAMES.some(
    ({ key, group }) =>
      !wanted.includes(group) &&
      ((key.length > name.length && (title === key || title.startsWith(`${key} `))) ||
        rest === key ||
        rest.startsWith(`${key} `)),
  );
}

export function findSection(
  sections: readonly Section[],
  names: readonly string[],
): Section | null {
  const index = findSectionIndex(sections, names);
  return index === -1 ? null : sections[index];
}

/**
 * Section titles the extractors and the required-sections rule accept, the canonical one first.
 * A title matches a name when it equals it or starts with it ("Action Items (Remediation Plan)"),
 * after {@link normaliseTitle}: "What didn’t go well" and "What didn't go well" are the same.
 */
export const SECTION_NAMES = {
  executiveSummary: [
    'Executive Summary',
    'Summary',
    'Incident Summary',
    'Issue Summary',
    'Overview',
    'Incident Overview',
    'Introduction',
    'What Happened',
    'TL;DR',
  ],
  impact: [
    'Impact',
    'Incident Impact',
    'User Impact',
    'Customer Impact',
    'Who Was Affected',
    // "Affected Packages", "Affected services".
    'Affected',
  ],
  timeline: [
    'Timeline',
    'Incident Timeline',
    'Timeline of Events',
    'Detailed Timeline',
    'Event Timeline',
    'Events Timeline',
    'Outage Timeline',
    'Issue Timeline',
    'Chronology',
    'Sequence of Events',
  ],
  rootCauseAnalysis: [
    'Root Cause Analysis',
    'Root Cause',
    'Root Causes',
    'Blameless Root Cause',
    '5 Whys',
    'Five Whys',
    "Five Why's",
    'Whys',
    'RCA',
    'Cause',
    'Causes',
    'How Did This Happen',
    'Why Did This Happen',
    'Why Did It Happen',
    'Why It Happened',
    'Why This Happened',
    'Why This Happens',
    'The Cause',
    'The Root Cause',
    'Origin of the Incident',
    'Diagnosis',
    'Diagnosing the Issue',
    'Diagnosing the Problem',
    'Working Theory',
  ],
  contributingFactors: [
    'Contributing Factors',
    'Contributing Factor',
    'Contributing Causes',
    'Contributing Conditions',
  ],
  whatWentWell: ['What Went Well', 'What Went Right', 'What Worked', 'Things That Went Well'],
  // "Where we got lucky" (the SRE book's third heading) counts when no other name is there.
  whatWentWrong: [
    'What Went Wrong',
    'What Went Poorly',
    'What Went Badly',
    "What Didn't Go Well",
    "What Didn't Go So Well",
    "What Didn't Work",
    'What Could Be Improved',
    'What Could Have Gone Better',
    'What Could We Have Done Better',
    'What Could We Do Better',
    'Things That Went Poorly',
    'Things That Went Wrong',
    'Where We Got Lucky',
  ],
  actionItems: [
    'Action Items',
    'Action Item',
    'Remediation',
    'Remediations',
    'Corrective Actions',
    'Corrective and Preventive Actions',
    'Preventive Actions',
    'Follow Up Actions',
    // A bare "Follow-up" heading; one about the review meeting is the meeting (isMeetingSection).
    'Follow-up',
    'Follow-ups',
    'Follow-up Tasks',
    'Follow-up Items',
    'Open Follow-ups',
    'Review Actions',
    'Next Steps',
    'Action Plan',
    'Looking Forward',
    'Resulting Action',
    'Resulting Actions',
    'Preventive Measures',
    'Preventative Measures',
    'Corrective Measures',
    'Corrective and Preventive Measures',
    'Corrective and Preventative Measures',
    'Corrective and Preventative Actions',
    'Moving Forward',
    'Going Forward',
    'Prevention',
    'Future Work',
    'Further Actions',
    'Further Steps',
    'Future Mitigations',
    'Planned Mitigations',
    'Improvement Plan',
    'Planned Improvements',
    'Improvements',
    // "Improving Recovery Procedures": the work to be done.
    'Improving',
    // "Preventing the issue from happening again".
    'Preventing',
    "What's Next",
    'Whats Next',
    // Questions that ask for the plan: "What could be done to avoid this in future?".
    'What Could Be Done to Avoid This',
    'What Could Be Done to Prevent This',
    'What Can Be Done to Prevent This',
    'What Is Being Done About This',
    'What Is Being Done About It',
    // "What we're doing about it", "What we're doing to fix this", "… differently".
    "What We're Doing",
    'What We Are Doing',
    'What We Will Do Differently',
    'How We Will Avoid This',
    'How We Will Prevent This',
    'How We Will Prevent This From Happening Again',
    'How We Will Avoid This in the Future',
  ],
  lessonsLearned: [
    'Lessons Learned',
    'Lessons Learnt',
    'Lessons',
    'Learnings',
    'Key Learnings',
    'Takeaways',
    'Key Takeaways',
    'What We Learned',
    'What We Learnt',
    'What We Have Learned',
    'What We Have Learnt',
    'What Did We Learn',
    'Recovery and Lessons Learned',
  ],
  patternAnalysis: ['Pattern Analysis', 'Cross Incident', 'Recurring'],
  signOff: ['Sign Off', 'Signoff', 'Approvals'],
  distribution: ['Distribution'],
  followUpMeeting: ['Follow Up Meeting', 'Follow Up Review', 'Review Meeting', 'Postmortem Review'],
  // Who took part in the review: a record that it was held (its date may still be missing).
  attendees: ['Attendees', 'Meeting Attendees', 'Review Attendees', 'Postmortem Attendees'],
} as const;

/**
 * A paragraph that introduces a list and names the section it stands in for, when no heading
 * does ("The lessons we take from this incident are as follows:"), keyed by the section's first
 * name. Only a lead-in that ends with a colon and is followed directly by a list counts.
 */
export const SECTION_LEAD_INS: Readonly<Record<string, RegExp>> = {
  'Lessons Learned': /\b(?:lessons?|learnings|takeaways)\b/i,
  // "To prevent this from happening in the future, we will:", "we have planned the following work:".
  'Action Items':
    /\b(?:we will|we(?:'ll| are going to| plan to| have planned)|planned|next steps?|follow[- ]?ups?|action items?|to prevent|prevent (?:relapse|recurrence|this)|remediation)\b/i,
};

/**
 * The sections a postmortem must have, in template order, each with the names a reviewer accepts
 * for it (the first is the one messages and fixes write).
 */
export const REQUIRED_SECTIONS: readonly (readonly string[])[] = [
  SECTION_NAMES.executiveSummary,
  SECTION_NAMES.impact,
  SECTION_NAMES.timeline,
  SECTION_NAMES.rootCauseAnalysis,
  SECTION_NAMES.contributingFactors,
  SECTION_NAMES.whatWentWell,
  SECTION_NAMES.whatWentWrong,
  SECTION_NAMES.actionItems,
  SECTION_NAMES.lessonsLearned,
];

/**
 * Head nouns that make a heading a section wherever they end it, keyed by the section's first
 * name: "Root Cause Remediations" and "Short-term remediations" are action items, "Further
 * Mitigations and Learnings" the lessons. A name prefix followed by one of them is not that
 * name's section ("Root Cause" + "Remediations").
 */
export const SECTION_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  Timeline: ['Timeline'],
  'Action Items': [
    'Remediations',
    'Remediation Items',
    'Action Items',
    'Corrective Actions',
    'Improvements',
    'Actions Taken',
  ],
  'Lessons Learned': [
    'Learnings',
    'Lessons Learned',
    'Lessons Learnt',
    'What We Learned',
    'What We Learnt',
    'What We Have Learned',
    'What We Have Learnt',
  ],
};

const SUFFIX_KEYS = new Map(
  Object.entries(SECTION_SUFFIXES).map(([name, suffixes]) => [
    sectionKey(name),
    suffixes.map(sectionKey),
  ]),
);

/** Each suffix's section, by the key of that section's first name. */
const SUFFIX_OWNER = new Map(
  [...SUFFIX_KEYS].flatMap(([owner, suffixes]) => suffixes.map((suffix) => [suffix, owner])),
);

/** Every built-in name with the key of its section's first name, for {@link namesOther}. */
const ALL_NAMES: ReadonlyArray<{ key: string; group: string }> = Object.values(
  SECTION_NAMES,
).flatMap((names: readonly string[]) =>
  names.map((name) => ({ key: sectionKey(name), group: sectionKey(names[0]) })),
);

/** Every built-in name's key: a title that is one is that section's, never a misspelling. */
const ALL_KEYS: ReadonlySet<string> = new Set(ALL_NAMES.map(({ key }) => key));

/** Words that make a bare "Follow-up" section the review meeting's rather than the items'. */
const MEETING_TEXT =
  /\b(?:meeting|retrospective|retro|attendees|(?:post[- ]?mortem|incident) review)\b/i;

/**
 * Whether a section titled only "Follow-up" is about the review meeting ("Follow-up: the review
 * meeting is on 2026-02-08 with …") rather than the work that follows: its text names a meeting.
 */
export function isMeetingSection(title: string, text: string): boolean {
  return sectionKey(title) === 'follow up' && MEETING_TEXT.test(text);
}
