import type { Heading, Nodes, Root, RootContent, Yaml } from 'mdast';
import type {
  InlineControl,
  Located,
  Metadata,
  MetadataField,
  ParseProblem,
  Postmortem,
  ProseText,
  Section,
} from './types.js';
import type { ParseOptions } from './parse-options.js';
import { parseMarkdown } from '../parse/markdown.js';
import { createPointAt, spanOf, type PointAt } from '../parse/positions.js';
import {
  blankOut,
  findForeignFrontmatter,
  normaliseValue,
  parseFrontmatter,
} from './frontmatter.js';
import { normaliseSeverity } from './severity.js';
import { findSectionIndex, SECTION_NAMES } from './sections.js';
import { isIsoDate } from './dates.js';
import {
  nodeText,
  plainValue,
  type ExtractContext,
  type FieldLine,
  type SectionContent,
} from './extract/context.js';
import { extractTimeline } from './extract/timeline.js';
import { extractFiveWhys } from './extract/five-whys.js';
import { extractActionItems } from './extract/action-items.js';
import {
  extractDistribution,
  extractFollowUpMeeting,
  extractListItems,
  extractPatternAnalysis,
} from './extract/closing.js';

/** Node types whose text is not prose: code, quoted material, raw HTML, frontmatter. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'blockquote']);

const FIELD_LINE =
  /^[ \t]*(?:\*\*|__)([^*_\n]+?)(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*(.*?)[ \t]*\\?$/dgm;

const CONTROL = /<!--\s*postmortem-lint-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

/** Header labels of the classic template, mapped to canonical metadata keys. */
const HEADER_LABELS: Record<string, string> = {
  'incident id': 'id',
  id: 'id',
  incident: 'id',
  title: 'title',
  date: 'date',
  'incident date': 'date',
  severity: 'severity',
  priority: 'severity',
  duration: 'duration',
  status: 'status',
  author: 'author',
  authors: 'author',
  reviewers: 'reviewers',
  'reviewed by': 'reviewers',
  services: 'services',
  service: 'services',
  'affected services': 'services',
  tags: 'tags',
  'root cause category': 'root_cause_category',
  category: 'root_cause_category',
  ticket: 'ticket',
  started: 'started_at',
  detected: 'detected_at',
  mitigated: 'mitigated_at',
  resolved: 'resolved_at',
};

interface Walked {
  prose: ProseText[];
  controls: InlineControl[];
  fieldLines: FieldLine[];
}

/** One pass over the tree, without recursion, collecting prose, inline controls and field lines. */
function walk(root: Root, source: string, pointAt: PointAt): Walked {
  const walked: Walked = { prose: [], controls: [], fieldLines: [] };
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'html') {
      collectControls(node.value, spanOf(node).end.line, walked.controls);
      continue;
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
      collectFieldLines(node, source, pointAt, walked.fieldLines);
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return walked;
}

function collectControls(html: string, line: number, controls: InlineControl[]): void {
  for (const match of html.matchAll(CONTROL)) {
    controls.push({
      kind: match[1] as InlineControl['kind'],
      rules: match[2].split(/[\s,]+/).filter((rule) => rule !== ''),
      line,
    });
  }
}

function collectFieldLines(node: Nodes, source: string, pointAt: PointAt, out: FieldLine[]): void {
  const span = spanOf(node);
  const slice = source.slice(span.start.offset, span.end.offset);
  if (!slice.includes('**') && !slice.includes('__')) return;
  for (const match of slice.matchAll(FIELD_LINE)) {
    const raw = match[2];
    const valueStart = span.start.offset + (match.indices as RegExpIndicesArray)[2][0];
    out.push({
      label: match[1].trim(),
      value: {
        text: plainValue(raw),
        span: { start: pointAt(valueStart), end: pointAt(valueStart + raw.length) },
      },
    });
  }
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

function metadataOf(
  frontmatter: { fields: MetadataField[]; node: Yaml } | null,
  fieldLines: FieldLine[],
  headerEnd: number,
): Metadata {
  const fields: Record<string, MetadataField> = {};
  let source: Metadata['source'] = 'none';
  let span: Metadata['span'] = null;
  if (frontmatter) {
    for (const field of frontmatter.fields) fields[field.key] ??= field;
    source = 'frontmatter';
    span = spanOf(frontmatter.node);
  }
  for (const line of fieldLines) {
    if (line.value.span.start.offset >= headerEnd) break;
    const key = HEADER_LABELS[line.label.toLowerCase()] ?? null;
    if (key === null || key in fields) continue;
    fields[key] = {
      key,
      label: line.label,
      value: normaliseValue(key, line.value.text),
      span: line.value.span,
    };
    if (source === 'none') source = 'header';
    span = span === null ? { ...line.value.span } : { start: span.start, end: line.value.span.end };
  }
  return { source, span, fields };
}

/** The status line many templates keep at the end (`**Postmortem Status:** Completed`). */
function closingStatus(fieldLines: FieldLine[]): FieldLine | null {
  return fieldLines.find((line) => /^postmortem status$/i.test(line.label)) ?? null;
}

function titleOf(metadata: Metadata, root: Root): Located | null {
  const field = metadata.fields.title;
  if (field && typeof field.value === 'string' && field.value.trim() !== '')
    return { text: field.value, span: field.span };
  const heading = root.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  return heading ? { text: nodeText(heading).trim(), span: spanOf(heading) } : null;
}

/**
 * Builds the Postmortem model from a file's text: one Markdown parse, one walk, then the
 * section extractors. Pure: text and options in, serialisable model out.
 */
export function buildPostmortem(path: string, text: string, options: ParseOptions): Postmortem {
  const problems: ParseProblem[] = [];
  const pointAt = createPointAt(text);
  let parseText = text;
  const foreign = findForeignFrontmatter(text);
  if (foreign) {
    problems.push({
      ruleId: 'invalid-frontmatter',
      message: `Frontmatter in "${foreign.language}" is never evaluated: write it as YAML between "---" lines.`,
      span: { start: pointAt(0), end: pointAt(text.indexOf('\n')) },
      fatal: false,
    });
    parseText = blankOut(text, foreign.end);
  }
  const root = parseMarkdown(parseText);

  const yamlNode = root.children[0]?.type === 'yaml' ? root.children[0] : null;
  let frontmatter: { fields: MetadataField[]; node: Yaml } | null = null;
  if (yamlNode) {
    const span = spanOf(yamlNode);
    const base = span.start.offset + text.slice(span.start.offset).indexOf('\n') + 1;
    const parsed = parseFrontmatter(yamlNode.value, base, pointAt, span);
    problems.push(...parsed.problems);
    frontmatter = { fields: parsed.fields, node: yamlNode };
  }

  const walked = walk(root, text, pointAt);
  const sections = sectionsOf(root);
  const firstSection = sections.find((content) => content.section.depth >= 2);
  const headerEnd = firstSection ? firstSection.section.span.start.offset : text.length;
  const metadata = metadataOf(frontmatter, walked.fieldLines, headerEnd);
  const status = closingStatus(walked.fieldLines);
  if (!metadata.fields.status && status) {
    metadata.fields.status = {
      key: 'status',
      label: status.label,
      value: status.value.text,
      span: status.value.span,
    };
  }

  const severityField = metadata.fields.severity;
  const severity =
    severityField && severityField.value !== null
      ? normaliseSeverity(String(severityField.value), severityField.span, options.severityAliases)
      : null;
  const dateValue = metadata.fields.date?.value;
  const incidentDate =
    typeof dateValue === 'string' && isIsoDate(dateValue.trim()) ? dateValue.trim() : null;

  const context: ExtractContext = {
    source: text,
    pointAt,
    options,
    sections,
    fieldLines: walked.fieldLines,
    metadata,
    incidentDate,
  };
  const allSections = sections.map((content) => content.section);
  const signOffIndex = findSectionIndex(allSections, SECTION_NAMES.signOff);
  const bodyStart = yamlNode ? pointAt(spanOf(yamlNode).end.offset) : pointAt(0);
  const actionItems = extractActionItems(context);

  return {
    path,
    bodyStart,
    title: titleOf(metadata, root),
    metadata,
    severity,
    sections: allSections,
    timeline: extractTimeline(context),
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
    prose: walked.prose,
    controls: walked.controls,
    problems,
  };
}
