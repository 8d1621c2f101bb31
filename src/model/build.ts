import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type {
  InlineControl,
  Located,
  ParseProblem,
  Postmortem,
  ProseText,
  Section,
} from './types.js';
import type { ParseOptions } from './parse-options.js';
import { parseMarkdown } from '../parse/markdown.js';
import { createPointAt, spanOf, type PointAt } from '../parse/positions.js';
import {
  closingStatus,
  completeIncidentDate,
  preparedBy,
  headerEndOf,
  headerFieldLines,
  openingOf,
  incidentDateOf,
  metadataOf,
  readFrontmatter,
  titleHeading,
  titleOf,
} from './metadata.js';
import { normaliseSeverity } from './severity.js';
import { findSectionIndex, SECTION_NAMES } from './sections.js';
import { isAngleHtml, isMaskCode } from './placeholders.js';
import {
  isComment,
  nodeText,
  plainValue,
  type ExtractContext,
  type FieldLine,
  type SectionContent,
} from './extract/context.js';
import { extractTimelines } from './extract/timeline.js';
import { extractFiveWhys } from './extract/five-whys.js';
import { extractActionItems } from './extract/action-items.js';
import {
  extractDistribution,
  extractFollowUpMeeting,
  extractLeadIns,
  extractListItems,
  extractPatternAnalysis,
} from './extract/closing.js';
import { allMatches } from '../text/matches.js';

/** Node types whose text is not prose: code, quoted material, raw HTML (frontmatter is blanked). */
const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'blockquote']);

/**
 * `**Field:** value` or `**Field**: value`, in a block quote too (`> **Status:** Resolved.`). The
 * value is taken whole and trimmed in code: a `[ \t]*(.*?)[ \t]*$` tail backtracks quadratically
 * on a long run of spaces.
 */
const FIELD_LINE =
  /^[ \t]*(?:>[ \t]*)*(?:\*\*|__)([^*_\n]+?)(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)([^\n]*)$/dgm;

const CONTROL = /<!--\s*postmortem-lint-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

interface Walked {
  prose: ProseText[];
  labels: ProseText[];
  placeholderLiterals: Located[];
  controls: InlineControl[];
  fieldLines: FieldLine[];
}

/** One pass over the tree, without recursion, collecting prose, inline controls and field lines. */
function walk(root: Root, source: string, pointAt: PointAt): Walked {
  const walked: Walked = {
    prose: [],
    labels: [],
    placeholderLiterals: [],
    controls: [],
    fieldLines: [],
  };
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'html') {
      collectControls(node.value, spanOf(node).end.line, walked.controls);
      if (isAngleHtml(node.value)) {
        walked.placeholderLiterals.push({ text: node.value, span: spanOf(node) });
      }
      continue;
    }
    if (node.type === 'inlineCode' && isMaskCode(node.value)) {
      walked.placeholderLiterals.push({ text: node.value, span: spanOf(node) });
    }
    // A header quoted as a note (`> **Status:** Resolved.`) still gives its fields; never prose.
    if (node.type === 'blockquote') {
      for (const child of node.children)
        if (child.type === 'paragraph')
          collectFieldLines(child, source, pointAt, walked.fieldLines, walked.labels);
    }
    if (NOT_PROSE.has(node.type)) continue;
    if (node.type === 'text') {
      const span = spanOf(node);
      walked.prose.push({
        text: node.value,
        start: span.start,
        exact: source.slice(span.start.offset, span.end.offset) === node.value,
      });
    } else if (node.type === 'paragraph') {
      collectFieldLines(node, source, pointAt, walked.fieldLines, walked.labels);
    }
    if ('children' in node) {
      node.children.forEach((child, i) => {
        if (child.type !== 'paragraph') return;
        // A template's comment under a label ("<!-- what went well -->") is not what it heads.
        let next = i + 1;
        while (isComment(node.children[next])) next++;
        const label = labelOf(child, node.children[next]);
        if (label) walked.labels.push(label);
      });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return walked;
}

/** The longest text read as a label. */
const MAX_LABEL = 80;

/** Blocks that give a label standing alone its content: what it heads. */
const CONTENT_BLOCKS = new Set(['paragraph', 'list', 'table', 'code', 'blockquote']);

/**
 * The label that opens `paragraph` (see `Postmortem.labels`): its first child, bold, italic or
 * plain, followed by its content: the block after it when the label stands alone (a colon after
 * it allowed), or the text after its colon. Bold labels with a value are the field lines'.
 */
function labelOf(paragraph: Paragraph, next: Nodes | undefined): ProseText | null {
  const [first, ...rest] = paragraph.children;
  if (first === undefined) return null;
  const headsNext = next !== undefined && CONTENT_BLOCKS.has(next.type);
  if (first.type === 'text') {
    const colon = first.value.indexOf(':');
    const text = colon === -1 ? first.value : first.value.slice(0, colon);
    const value = colon === -1 ? '' : first.value.slice(colon + 1).trim();
    // "Timeline: [Timeline](https://docs…)" points to the section kept elsewhere.
    const pointsAway = value === '' && rest[0]?.type === 'link';
    const content =
      colon === -1
        ? rest.length === 0 && headsNext
        : !pointsAway && (value !== '' || rest.length > 0 || headsNext);
    if (!content || text.length > MAX_LABEL || text.includes('\n')) return null;
    return { text, start: spanOf(first).start, exact: true };
  }
  if (first.type !== 'strong' && first.type !== 'emphasis') return null;
  const text = nodeText(first).replace(/:\s*$/, '');
  const after = rest[0]?.type === 'text' ? rest[0].value : '';
  const alone = rest.length === 0 || (rest.length === 1 && /^\s*:?\s*$/.test(after));
  if (!alone || !headsNext || text.length > MAX_LABEL || text.includes('\n')) return null;
  // The text starts inside the emphasis markers.
  const inner = first.children[0];
  return { text, start: spanOf(inner ?? first).start, exact: false };
}

function collectControls(html: string, line: number, controls: InlineControl[]): void {
  for (const match of allMatches(CONTROL, html)) {
    controls.push({
      kind: match[1] as InlineControl['kind'],
      rules: match[2].split(/[\s,]+/).filter((rule) => rule !== ''),
      line,
    });
  }
}

/**
 * The `**Field:** value` lines of a paragraph, each also a label (`Postmortem.labels`) when it has
 * a value.
 */
function collectFieldLines(
  node: Nodes,
  source: string,
  pointAt: PointAt,
  out: FieldLine[],
  labels: ProseText[],
): void {
  const span = spanOf(node);
  const slice = source.slice(span.start.offset, span.end.offset);
  if (!slice.includes('**') && !slice.includes('__')) return;
  for (const match of allMatches(FIELD_LINE, slice)) {
    const tail = match[2];
    const raw = tail.trim().replace(/\\$/, '').trimEnd();
    const valueStart =
      span.start.offset +
      (match.indices as RegExpIndicesArray)[2][0] +
      (tail.length - tail.trimStart().length);
    const label = match[1].trim();
    out.push({
      label,
      value: {
        text: plainValue(raw),
        span: { start: pointAt(valueStart), end: pointAt(valueStart + raw.length) },
      },
    });
    const labelStart = span.start.offset + (match.indices as RegExpIndicesArray)[1][0];
    // A value that opens with a link points to the section kept elsewhere: no label of it.
    if (raw !== '' && !/^(?:\[[^\]\n]*\]\(|<?https?:)/.test(raw) && label.length <= MAX_LABEL)
      labels.push({ text: label, start: pointAt(labelStart), exact: true });
  }
}

/** The nodes before the first heading. */
function preambleOf(root: Root): RootContent[] {
  const first = root.children.findIndex((node) => node.type === 'heading');
  return (first === -1 ? root.children : root.children.slice(0, first)) as RootContent[];
}

function sectionsOf(root: Root): SectionContent[] {
  const children = root.children;
  const sections: SectionContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type !== 'heading') continue;
    let j = i + 1;
    while (
      j < children.length &&
      !(children[j].type === 'heading' && (children[j] as Heading).depth <= node.depth)
    )
      j++;
    const span = spanOf(node);
    const endOffset = j < children.length ? spanOf(children[j]).start : spanOf(root).end;
    const section: Section = {
      title: nodeText(node).trim(),
      depth: node.depth,
      span,
      bodySpan: { start: span.start, end: endOffset },
    };
    sections.push({ section, nodes: children.slice(i + 1, j) as RootContent[] });
  }
  return sections;
}

/**
 * Builds the Postmortem model from a file's text: one Markdown parse, one walk, then the
 * section extractors. Pure: text and options in, serialisable model out.
 */
export function buildPostmortem(path: string, text: string, options: ParseOptions): Postmortem {
  const problems: ParseProblem[] = [];
  const pointAt = createPointAt(text);
  const read = readFrontmatter(text, pointAt);
  problems.push(...read.problems);
  const root = parseMarkdown(read.parseText);

  const walked = walk(root, text, pointAt);
  const sections = sectionsOf(root);
  const heading = titleHeading(root);
  const headerEnd = headerEndOf(root, sections, heading, text.length);
  const metadata = metadataOf(
    read.frontmatter,
    headerFieldLines(
      root,
      walked.fieldLines,
      sections,
      headerEnd,
      text,
      pointAt,
      options.actionItemColumns,
    ),
  );
  const title = titleOf(metadata, heading);
  completeIncidentDate(metadata, read.frontmatter, title, text, pointAt);
  const status = closingStatus(walked.fieldLines);
  if (!metadata.fields.status && status) {
    metadata.fields.status = {
      key: 'status',
      label: status.label,
      value: status.value.text,
      span: status.value.span,
    };
  }

  const signed = metadata.fields.author ? null : preparedBy(text, pointAt);
  if (signed) {
    metadata.fields.author = {
      key: 'author',
      label: signed.label,
      value: signed.value.text,
      span: signed.value.span,
    };
  }

  const severityField = metadata.fields.severity;
  const severity =
    severityField && severityField.value !== null
      ? normaliseSeverity(String(severityField.value), severityField.span, options.severityAliases)
      : null;
  const incidentDate = incidentDateOf(metadata);

  const context: ExtractContext = {
    source: text,
    pointAt,
    options,
    sections,
    preamble: preambleOf(root),
    fieldLines: walked.fieldLines,
    metadata,
    incidentDate,
  };
  const allSections = sections.map((content) => content.section);
  const signOffIndex = findSectionIndex(allSections, SECTION_NAMES.signOff);
  const bodyStart = pointAt(read.bodyStart);
  const actionItems = extractActionItems(context);
  const timelines = extractTimelines(context);

  return {
    path,
    bodyStart,
    title,
    metadata,
    severity,
    sections: allSections,
    timeline: timelines[0] ?? null,
    timelines,
    fiveWhys: extractFiveWhys(context),
    actionItems,
    distribution: extractDistribution(context),
    followUpMeeting: extractFollowUpMeeting(context, actionItems),
    signOff:
      signOffIndex === -1
        ? null
        : { text: allSections[signOffIndex].title, span: allSections[signOffIndex].span },
    contributingFactors: extractListItems(context, SECTION_NAMES.contributingFactors),
    patternAnalysis: extractPatternAnalysis(context),
    leadIns: extractLeadIns(context),
    opening: openingOf(root, heading, walked.fieldLines),
    prose: walked.prose,
    labels: walked.labels,
    placeholderLiterals: walked.placeholderLiterals,
    controls: walked.controls,
    problems,
  };
}
