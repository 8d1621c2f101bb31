import type { Section } from './types.js';

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

/**
 * Index of the first section whose title starts with one of `names` (case-insensitive, ignoring
 * numbering and punctuation), so "Action Items (Remediation Plan)" is the "Action Items" section.
 */
export function findSectionIndex(sections: readonly Section[], names: readonly string[]): number {
  const wanted = names.map(normaliseTitle);
  return sections.findIndex((section) => {
    const title = normaliseTitle(section.title);
    return wanted.some((name) => title === name || title.startsWith(`${name} `));
  });
}

export function findSection(
  sections: readonly Section[],
  names: readonly string[],
): Section | null {
  const index = findSectionIndex(sections, names);
  return index === -1 ? null : sections[index];
}

/** Section titles the extractors look for (the first is the canonical one). */
export const SECTION_NAMES = {
  executiveSummary: [
    'Executive Summary',
    'Summary',
    'Incident Summary',
    'Issue Summary',
    'Overview',
  ],
  impact: ['Impact'],
  timeline: ['Timeline'],
  rootCauseAnalysis: [
    'Root Cause Analysis',
    'Root Cause',
    'Root Causes',
    '5 Whys',
    'Five Whys',
    'Whys',
    'RCA',
  ],
  contributingFactors: ['Contributing Factors', 'Contributing Factor'],
  whatWentWell: ['What Went Well', 'What went right'],
  whatWentWrong: ['What Went Wrong', 'Where we got lucky'],
  actionItems: [
    'Action Items',
    'Action Item',
    'Remediation',
    'Corrective Actions',
    'Follow Up Actions',
    'Review Actions',
    'Next Steps',
  ],
  lessonsLearned: ['Lessons Learned', 'Lessons'],
  patternAnalysis: ['Pattern Analysis', 'Cross Incident', 'Recurring'],
  signOff: ['Sign Off', 'Signoff', 'Approvals'],
  distribution: ['Distribution'],
  followUpMeeting: ['Follow Up Meeting', 'Follow Up Review', 'Review Meeting', 'Postmortem Review'],
} as const;
