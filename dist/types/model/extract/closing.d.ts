import type { ActionItems, Distribution, FollowUpMeeting, Located, PatternAnalysis } from '../types.js';
import { type ExtractContext } from './context.js';
/** `**Distribution:** …`, a `distribution` frontmatter field, or a Distribution section. */
export declare function extractDistribution(context: ExtractContext): Distribution | null;
/**
 * `**Follow-Up Meeting:** 2026-02-08 …`, a `follow_up_meeting` field, a section of that name, or
 * else the deadline of an action item such as "Postmortem review meeting", or else the list of
 * who attended the review.
 */
export declare function extractFollowUpMeeting(context: ExtractContext, actionItems: ActionItems | null): FollowUpMeeting | null;
/**
 * Paragraphs of at most 300 characters that end in a colon and are followed directly by a list, in
 * document order: a sentence introducing a list ("The lessons we take are as follows:").
 */
export declare function extractLeadIns(context: ExtractContext): Located[];
/** The items of the first list in a section (numbered or bulleted), else its paragraphs. */
export declare function extractListItems(context: ExtractContext, names: readonly string[]): Located[];
export declare function extractPatternAnalysis(context: ExtractContext): PatternAnalysis | null;
