import type { Section } from './types.js';
/** Heading text reduced for matching: no numbering, emoji or punctuation, lower case. */
export declare function normaliseTitle(title: string): string;
/**
 * The key a title is matched by: {@link normaliseTitle}, then a question's lead-in dropped, so
 * "What was the impact?" is the "Impact" section and "What were the root causes?" the analysis.
 */
export declare function sectionKey(title: string): string;
/**
 * Index of the first section whose title starts with one of `names` (case-insensitive, ignoring
 * numbering and punctuation, and a question's "What was the" lead-in), so "Action Items
 * (Remediation Plan)" is the "Action Items" section.
 */
export declare function findSectionIndex(sections: readonly Section[], names: readonly string[]): number;
export declare function findSection(sections: readonly Section[], names: readonly string[]): Section | null;
/**
 * Section titles the extractors and the required-sections rule accept, the canonical one first.
 * A title matches a name when it equals it or starts with it ("Action Items (Remediation Plan)"),
 * after {@link normaliseTitle}: "What didn’t go well" and "What didn't go well" are the same.
 */
export declare const SECTION_NAMES: {
    readonly executiveSummary: readonly ["Executive Summary", "Summary", "Incident Summary", "Issue Summary", "Overview", "Incident Overview", "Introduction", "What Happened", "TL;DR"];
    readonly impact: readonly ["Impact", "Incident Impact", "User Impact", "Customer Impact", "Who Was Affected", "Affected"];
    readonly timeline: readonly ["Timeline", "Incident Timeline", "Timeline of Events", "Detailed Timeline", "Event Timeline", "Events Timeline", "Outage Timeline", "Issue Timeline", "Chronology", "Sequence of Events"];
    readonly rootCauseAnalysis: readonly ["Root Cause Analysis", "Root Cause", "Root Causes", "Blameless Root Cause", "5 Whys", "Five Whys", "Five Why's", "Whys", "RCA", "Cause", "Causes", "How Did This Happen", "Why Did This Happen", "Why Did It Happen", "Why It Happened", "Why This Happened", "Why This Happens", "The Cause", "The Root Cause", "Origin of the Incident", "Diagnosis", "Diagnosing the Issue", "Diagnosing the Problem", "Working Theory"];
    readonly contributingFactors: readonly ["Contributing Factors", "Contributing Factor", "Contributing Causes", "Contributing Conditions"];
    readonly whatWentWell: readonly ["What Went Well", "What Went Right", "What Worked", "Things That Went Well"];
    readonly whatWentWrong: readonly ["What Went Wrong", "What Went Poorly", "What Went Badly", "What Didn't Go Well", "What Didn't Go So Well", "What Didn't Work", "What Could Be Improved", "What Could Have Gone Better", "What Could We Have Done Better", "What Could We Do Better", "Things That Went Poorly", "Things That Went Wrong", "Where We Got Lucky"];
    readonly actionItems: readonly ["Action Items", "Action Item", "Remediation", "Remediations", "Corrective Actions", "Corrective and Preventive Actions", "Preventive Actions", "Follow Up Actions", "Follow-up", "Follow-ups", "Follow-up Tasks", "Follow-up Items", "Open Follow-ups", "Review Actions", "Next Steps", "Action Plan", "Looking Forward", "Resulting Action", "Resulting Actions", "Preventive Measures", "Preventative Measures", "Corrective Measures", "Corrective and Preventive Measures", "Corrective and Preventative Measures", "Corrective and Preventative Actions", "Moving Forward", "Going Forward", "Prevention", "Future Work", "Further Actions", "Further Steps", "Future Mitigations", "Planned Mitigations", "Improvement Plan", "Planned Improvements", "Improvements", "Improving", "Preventing", "What's Next", "Whats Next", "What Could Be Done to Avoid This", "What Could Be Done to Prevent This", "What Can Be Done to Prevent This", "What Is Being Done About This", "What Is Being Done About It", "What We're Doing", "What We Are Doing", "What We Will Do Differently", "How We Will Avoid This", "How We Will Prevent This", "How We Will Prevent This From Happening Again", "How We Will Avoid This in the Future"];
    readonly lessonsLearned: readonly ["Lessons Learned", "Lessons Learnt", "Lessons", "Learnings", "Key Learnings", "Takeaways", "Key Takeaways", "What We Learned", "What We Learnt", "What We Have Learned", "What We Have Learnt", "What Did We Learn", "Recovery and Lessons Learned"];
    readonly patternAnalysis: readonly ["Pattern Analysis", "Cross Incident", "Recurring"];
    readonly signOff: readonly ["Sign Off", "Signoff", "Approvals"];
    readonly distribution: readonly ["Distribution"];
    readonly followUpMeeting: readonly ["Follow Up Meeting", "Follow Up Review", "Review Meeting", "Postmortem Review"];
    readonly attendees: readonly ["Attendees", "Meeting Attendees", "Review Attendees", "Postmortem Attendees"];
};
/**
 * A paragraph that introduces a list and names the section it stands in for, when no heading
 * does ("The lessons we take from this incident are as follows:"), keyed by the section's first
 * name. Only a lead-in that ends with a colon and is followed directly by a list counts.
 */
export declare const SECTION_LEAD_INS: Readonly<Record<string, RegExp>>;
/**
 * The sections a postmortem must have, in template order, each with the names a reviewer accepts
 * for it (the first is the one messages and fixes write).
 */
export declare const REQUIRED_SECTIONS: readonly (readonly string[])[];
/**
 * Head nouns that make a heading a section wherever they end it, keyed by the section's first
 * name: "Root Cause Remediations" and "Short-term remediations" are action items, "Further
 * Mitigations and Learnings" the lessons. A name prefix followed by one of them is not that
 * name's section ("Root Cause" + "Remediations").
 */
export declare const SECTION_SUFFIXES: Readonly<Record<string, readonly string[]>>;
/**
 * Whether a section titled only "Follow-up" is about the review meeting ("Follow-up: the review
 * meeting is on 2026-02-08 with …") rather than the work that follows: its text names a meeting.
 */
export declare function isMeetingSection(title: string, text: string): boolean;
