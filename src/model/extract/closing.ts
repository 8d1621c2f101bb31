import type { List, RootContent } from 'mdast';
import type { ActionItems, FollowUpMeeting, Located, PatternAnalysis } from '../types.js';
import { spanOf } from '../../parse/positions.js';
import { findSectionIndex, SECTION_NAMES } from '../sections.js';
import { findDate } from '../dates.js';
import { nodeText, type ExtractContext, type SectionContent } from './context.js';

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

/** `**Distribution:** …`, a `distribution` frontmatter field, or a Distribution section. */
export function extractDistribution(context: ExtractContext): Located | null {
  const line = fieldLine(context, /^(distribution|distributed to|shared with|audience)$/i);
  if (line) return line;
  const field = metadataText(context, 'distribution');
  if (field) return field;
  const section = sectionContent(context, SECTION_NAMES.distribution);
  return section ? sectionBody(context, section) : null;
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
 * `**Follow-Up Meeting:** 2026-02-08 …`, a `follow_up_meeting` field, a section of that name, or
 * else the deadline of an action item such as "Postmortem review meeting".
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
      const section = sectionContent(context, SECTION_NAMES.followUpMeeting);
      return section ? sectionBody(context, section) : null;
    })() ??
    meetingItem(actionItems);
  if (!located) return null;
  const year = context.incidentDate ? Number(context.incidentDate.slice(0, 4)) : null;
  return {
    text: located.text,
    date: findDate(located.text, year)?.iso ?? null,
    span: located.span,
  };
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
  for (const match of body.matchAll(incidentIdScanner(context.options.incidentIdPattern)))
    cited.add(match[0]);
  return { span: content.section.span, citedIds: [...cited] };
}
