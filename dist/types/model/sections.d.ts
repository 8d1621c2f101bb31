import type { Section } from './types.js';
/** Heading text reduced for matching: no numbering, emoji or punctuation, lower case. */
export declare function normaliseTitle(title: string): string;
/**
 * Index of the first section whose title starts with one of `names` (case-insensitive, ignoring
 * numbering and punctuation), so "Action Items (Remediation Plan)" is the "Action Items" section.
 */
export declare function findSectionIndex(sections: readonly Section[], names: readonly string[]): number;
export declare function findSection(sections: readonly Section[], names: readonly string[]): Section | null;
/** Section titles the extractors look for (the first is the canonical one). */
export declare const SECTION_NAMES: {
    readonly executiveSummary: readonly ["Executive Summary", "Summary", "Incident Summary", "Issue Summary", "Overview"];
    readonly impact: readonly ["Impact"];
    readonly timeline: readonly ["Timeline"];
    readonly rootCauseAnalysis: readonly ["Root Cause Analysis", "Root Cause", "Root Causes", "5 Whys", "Five Whys", "Whys", "RCA"];
    readonly contributingFactors: readonly ["Contributing Factors", "Contributing Factor"];
    readonly whatWentWell: readonly ["What Went Well", "What went right"];
    readonly whatWentWrong: readonly ["What Went Wrong", "Where we got lucky"];
    readonly actionItems: readonly ["Action Items", "Action Item", "Remediation", "Corrective Actions", "Follow Up Actions", "Review Actions", "Next Steps"];
    readonly lessonsLearned: readonly ["Lessons Learned", "Lessons"];
    readonly patternAnalysis: readonly ["Pattern Analysis", "Cross Incident", "Recurring"];
    readonly signOff: readonly ["Sign Off", "Signoff", "Approvals"];
    readonly distribution: readonly ["Distribution"];
    readonly followUpMeeting: readonly ["Follow Up Meeting", "Follow Up Review", "Review Meeting", "Postmortem Review"];
};
