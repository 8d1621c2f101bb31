import type { List, RootContent } from 'mdast';
import type {
  ActionItems,
  Distribution,
  FollowUpMeeting,
  Located,
  PatternAnalysis,
} from '../types.js';
import { spanOf } from '../../parse/positions.js';
import { findSectionIndex, isMeetingSection, SECTION_NAMES } from '../sections.js';
import { findDate } from '../dates.js';
import { nodeText, type ExtractContext, type SectionContent } from './context.js';
import { allMatches } from '../../text/matches.js';

function sectionContent(context: ExtractContext, names: readonly string[]): SectionContent | null {
  const index = findSectionIndex(
    context.sections.map((content) => content.section),
    names,
  );
  return index === -1 ? null : context.sections[index];
}

function fieldLine(context: ExtractContext, label: RegExp): Located | null {
  return context.fieldLines.find((line) => label.test(line.label))?.value ?? null;
}

function metadataText(context: ExtractContext, key: string): Located | null {
  const field = context.metadata.fields[key];
  if (!field || field.value === null) return null;
  const text = Array.isArray(field.value) ? field.value.join(', ') : String(field.value);
  return { text, span: field.span };
}

/**
 * The source of a section body (its first content node's start to the section end), as written:
 * list items and paragraphs stay on their own lines, which joined node texts would run together.
 */
function sectionBody(context: ExtractContext, content: SectionContent): Located {
  const first = content.nodes[0];
  if (!first) return { text: '', span: content.section.span };
  const span = { start: spanOf(first).start, end: content.section.bodySpan.end };
  return { text: context.source.slice(span.start.offset, span.end.offset).trim(), span };
}

/**
 * A line that opens by saying the step is still to come names a plan or a deadline, not something
 * done: `not yet shared — send to …`, `not yet held — due by 2026-11-05` (what `postmortem-lint new`
 * writes), `TBD, due by …`. Anchored at the start, so a later "not yet" in a sentence is no signal.
 */
const NOT_YET_SHARED =
  /^\W*(?:(?:TBD|TBC)\W+)?(?:not\s+(?:yet\s+)?(?:shared|sent|distributed)|yet\s+to\s+be\s+(?:shared|sent|distributed))\b/i;
const NOT_YET_HELD =
  /^\W*(?:(?:TBD|TBC)\W+)?(?:not\s+(?:yet\s+)?(?:held|scheduled)|(?:yet\s+)?to\s+be\s+(?:held|scheduled)|due\s+(?:by|on|before))\b/i;

/** `**Distribution:** …`, a `distribution` frontmatter field, or a Distribution section. */
export function extractDistribution(context: ExtractContext): Distribution | null {
  const located =
    fieldLine(context, /^(distribution|distributed to|shared with|audience)$/i) ??
    metadataText(context, 'distribution') ??
    (() => {
      const section = sectionContent(context, SECTION_NAMES.distribution);
      return section ? sectionBody(context, section) : null;
    })();
  return located ? { ...located, pending: NOT_YET_SHARED.test(located.text) } : null;
}

/** A section titled only "Follow-up" that is about the review meeting (see isMeetingSection). */
function meetingFollowUp(context: ExtractContext): SectionContent | null {
  return (
    context.sections.find(({ section, nodes }) =>
      isMeetingSection(section.title, nodes.map((node) => nodeText(node)).join('\n')),
    ) ?? null
  );
}

/** An action item that schedules the review meeting ("Postmortem review meeting with the team"). */
const MEETING_ITEM =
  /\b(?:post[- ]?mortem|incident|follow[- ]?up)\s+review\b|\breview\s+meeting\b|\bfollow[- ]?up\s+meeting\b|\bretrospective\b/i;

/** The deadline of an action item that schedules the review, when there is no meeting line. */
function meetingItem(actionItems: ActionItems | null): Located | null {
  const item = actionItems?.items.find(
    (candidate) => candidate.action !== null && MEETING_ITEM.test(candidate.action.text),
  );
  return item?.deadline && item.deadline.text !== '' ? item.deadline : null;
}

/**
 * An "Attendees" section with text in it: the people who took part in the review, so the meeting
 * was held. Reported on its heading; its body is the meeting's text (a date there is read).
 */
function attendees(context: ExtractContext): Located | null {
  const section = sectionContent(context, SECTION_NAMES.attendees);
  if (!section) return null;
  const body = sectionBody(context, section);
  return body.text === '' ? null : { text: body.text, span: section.section.span };
}

/**
 * `**Follow-Up Meeting:** 2026-02-08 …`, a `follow_up_meeting` field, a section of that name, or
 * else the deadline of an action item such as "Postmortem review meeting", or else the list of
 * who attended the review.
 */
export function extractFollowUpMeeting(
  context: ExtractContext,
  actionItems: ActionItems | null,
): FollowUpMeeting | null {
  const located =
    fieldLine(
      context,
      /^(follow[- ]?up|post[- ]?(?:mortem|incident) review|review|retrospective)( review)?( meeting)?( date)?$/i,
    ) ??
    metadataText(context, 'follow_up_meeting') ??
    (() => {
      const section =
        sectionContent(context, SECTION_NAMES.followUpMeeting) ?? meetingFollowUp(context);
      return section ? sectionBody(context, section) : null;
    })() ??
    meetingItem(actionItems);
  const attended = located ? null : attendees(context);
  const found = located ?? attended;
  if (!found) return null;
  // A meeting still to be held has no date, whatever deadline the line states.
  const pending = attended === null && NOT_YET_HELD.test(found.text);
  const year = context.incidentDate ? Number(context.incidentDate.slice(0, 4)) : null;
  return {
    text: found.text,
    date: pending ? null : (findDate(found.text, year)?.iso ?? null),
    pending,
    ...(attended ? { fromAttendees: true } : {}),
    span: found.span,
  };
}

/** Where a lead-in ends: a colon, perhaps inside emphasis (`**Lessons:**`). */
const LEAD_IN_END = /:[*_]*$/;

/**
 * Paragraphs of at most 300 characters that end in a colon and are followed directly by a list, in
 * document order: a sentence introducing a list ("The lessons we take are as follows:").
 */
export function extractLeadIns(context: ExtractContext): Located[] {
  const seen = new Set<RootContent>();
  const leadIns: Located[] = [];
  // Sub-sections repeat their nodes in the enclosing section's: each paragraph is read once.
  for (const nodes of [context.preamble, ...context.sections.map((content) => content.nodes)]) {
    nodes.forEach((node, i) => {
      if (node.type !== 'paragraph' || seen.has(node) || nodes[i + 1]?.type !== 'list') return;
      seen.add(node);
      const span = spanOf(node);
      if (span.end.offset - span.start.offset > 300) return;
      const text = nodeText(node).replace(/\s+/g, ' ').trim();
      if (LEAD_IN_END.test(context.source.slice(span.start.offset, span.end.offset).trimEnd()))
        leadIns.push({ text, span });
    });
  }
  return leadIns.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** The items of the first list in a section (numbered or bulleted), else its paragraphs. */
export function extractListItems(context: ExtractContext, names: readonly string[]): Located[] {
  const content = sectionContent(context, names);
  if (!content) return [];
  const list = content.nodes.find((node): node is List => node.type === 'list');
  const items: RootContent[] = list
    ? (list.children as RootContent[])
    : content.nodes.filter((node) => node.type === 'paragraph');
  return items.map((item) => ({ text: nodeText(item).trim(), span: spanOf(item) }));
}

/** Search form of the incident-id pattern: its anchors dropped, matched as whole tokens. */
function incidentIdScanner(pattern: string): RegExp {
  const core = pattern.replace(/^\^/, '').replace(/\$$/, '');
  return new RegExp(`(?<![\\w-])(?:${core})(?![\\w-])`, 'g');
}

export function extractPatternAnalysis(context: ExtractContext): PatternAnalysis | null {
  const content = sectionContent(context, SECTION_NAMES.patternAnalysis);
  if (!content) return null;
  const body = context.source.slice(
    content.section.span.start.offset,
    content.section.bodySpan.end.offset,
  );
  const cited = new Set<string>();
  for (const match of allMatches(incidentIdScanner(context.options.incidentIdPattern), body))
    cited.add(match[0]);
  return { span: content.section.span, citedIds: [...cited] };
}
