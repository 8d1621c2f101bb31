/**
 * The incident metadata and the title, read from every shape real postmortems use: YAML or TOML
 * frontmatter, `**Field:** value` header lines, a `| Field | Value |` table near the top,
 * metadata headings (`## Date: 2022-12-15`) and Google-SRE-book style sections (`## Status`).
 */
import type { Heading, ListItem, Root, RootContent, Table } from 'mdast';
import type { Located, Metadata, MetadataField, ParseProblem, Section, Span } from './types.js';
import type { ActionItemColumns } from './parse-options.js';
import type { PointAt } from '../parse/positions.js';
import { spanOf } from '../parse/positions.js';
import { blankOut, findFrontmatterBlock } from '../parse/frontmatter-block.js';
import { findDate, isIsoDate } from './dates.js';
import { normaliseValue, parseFrontmatter, parseTomlFrontmatter } from './frontmatter.js';
import { findSectionIndex, normaliseTitle, SECTION_NAMES } from './sections.js';
import { nodeText, plainValue, type FieldLine, type SectionContent } from './extract/context.js';
import { allMatches } from '../text/matches.js';

/** Header labels, as written in any of the shapes above, mapped to canonical metadata keys. */
export const HEADER_LABELS: Record<string, string> = {
  'incident id': 'id',
  id: 'id',
  incident: 'id',
  title: 'title',
  date: 'date',
  'incident date': 'date',
  'date of incident': 'date',
  severity: 'severity',
  'severity level': 'severity',
  'incident severity': 'severity',
  sev: 'severity',
  priority: 'severity',
  'priority level': 'severity',
  'impact level': 'severity',
  duration: 'duration',
  status: 'status',
  author: 'author',
  authors: 'author',
  owner: 'author',
  owners: 'author',
  'created by': 'author',
  'written by': 'author',
  'prepared by': 'author',
  'authored by': 'author',
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
  'start time': 'started_at',
  'end time': 'resolved_at',
  'incident start': 'started_at',
  'incident end': 'resolved_at',
  detected: 'detected_at',
  mitigated: 'mitigated_at',
  resolved: 'resolved_at',
  summary: 'summary',
  impact: 'impact',
  trigger: 'trigger',
  'exclude from metrics': 'exclude_from_metrics',
};

export interface Frontmatter {
  fields: MetadataField[];
  span: Span;
}

export interface ReadFrontmatter {
  frontmatter: Frontmatter | null;
  problems: ParseProblem[];
  /** The text Markdown is parsed from: the frontmatter block blanked, positions unchanged. */
  parseText: string;
  /** Offset where the body starts (after the frontmatter). */
  bodyStart: number;
}

/** Reads the frontmatter block (YAML, TOML, or another language that is refused unread). */
export function readFrontmatter(text: string, pointAt: PointAt): ReadFrontmatter {
  const block = findFrontmatterBlock(text);
  if (block === null) return { frontmatter: null, problems: [], parseText: text, bodyStart: 0 };
  const span = { start: pointAt(block.start), end: pointAt(block.end) };
  const parseText = blankOut(text, block.start, block.end);
  const value = text.slice(block.valueStart, block.valueEnd);
  if (block.language === 'yaml' || block.language === 'toml') {
    const read = block.language === 'yaml' ? parseFrontmatter : parseTomlFrontmatter;
    const parsed = read(value, block.valueStart, pointAt, span);
    return {
      frontmatter: { fields: parsed.fields, span },
      problems: parsed.problems,
      parseText,
      bodyStart: block.end,
    };
  }
  const lineEnd = text.indexOf('\n', block.start);
  return {
    frontmatter: null,
    problems: [
      {
        ruleId: 'invalid-frontmatter',
        message: `Frontmatter in "${block.language}" is never evaluated: write it as YAML between "---" lines or TOML between "+++" lines.`,
        span: { start: pointAt(block.start), end: pointAt(lineEnd) },
        fatal: false,
      },
    ],
    parseText,
    bodyStart: block.end,
  };
}

/** Headings that name a section, never a document: not a title even when they come first. */
const SECTION_HEADINGS = new Set(
  [
    ...Object.values(SECTION_NAMES).flat(),
    'Background',
    'Context',
    'Introduction',
    'Details',
    'Description',
    'What happened',
  ].map(normaliseTitle),
);

/** Whether a heading's text names a section (`Summary`, `Background`): then it is no subtitle. */
export function namesSection(title: string): boolean {
  return SECTION_HEADINGS.has(normaliseTitle(title));
}

/** `## Date: 2022-12-15`: a heading that is a field, not a title or a section. */
const LABEL_HEADING = /^([^:\n]{1,40}):[ \t]*(\S[^\n]*)$/;

function labelOf(heading: string): string | null {
  const match = LABEL_HEADING.exec(heading);
  return match && HEADER_LABELS[match[1].trim().toLowerCase()] !== undefined ? match[1] : null;
}

/**
 * The document's title heading: its `h1`; without one, an `h2` that opens the document and
 * names neither a section (`## Summary`) nor a field (`## Date: …`).
 */
export function titleHeading(root: Root): Heading | null {
  const h1 = root.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  if (h1) return h1;
  const first = root.children.find((node) => node.type !== 'html');
  if (first?.type !== 'heading' || first.depth !== 2) return null;
  const text = nodeText(first).trim();
  return SECTION_HEADINGS.has(normaliseTitle(text)) || labelOf(text) !== null ? null : first;
}

/**
 * The paragraphs between the title and the next heading (from the start when there is no title
 * heading), header field lines left out: where blog-style postmortems put their summary.
 */
export function openingOf(
  root: Root,
  heading: Heading | null,
  fieldLines: readonly FieldLine[],
): Located | null {
  const from = heading ? root.children.indexOf(heading) + 1 : 0;
  const paragraphs: RootContent[] = [];
  for (const node of root.children.slice(from)) {
    if (node.type === 'heading') break;
    if (node.type !== 'paragraph') continue;
    const span = spanOf(node);
    const holdsField = fieldLines.some(
      (line) =>
        line.value.span.start.offset >= span.start.offset &&
        line.value.span.start.offset < span.end.offset,
    );
    if (!holdsField) paragraphs.push(node);
  }
  if (paragraphs.length === 0) return null;
  return {
    text: paragraphs.map((node) => nodeText(node).trim()).join('\n\n'),
    span: {
      start: spanOf(paragraphs[0]).start,
      end: spanOf(paragraphs[paragraphs.length - 1]).end,
    },
  };
}

/**
 * Where the header ends: at the first section after the title. An `h2` that directly follows the
 * title and names no section is its subtitle (`# Report` / `## Network degradation event`): the
 * header lines below it still belong to the header.
 */
export function headerEndOf(
  root: Root,
  sections: readonly SectionContent[],
  heading: Heading | null,
  textLength: number,
): number {
  const titleAt = heading ? spanOf(heading).start.offset : -1;
  const next = heading
    ? root.children[root.children.indexOf(heading as RootContent) + 1]
    : undefined;
  const subtitleAt =
    next?.type === 'heading' &&
    next.depth === 2 &&
    !SECTION_HEADINGS.has(normaliseTitle(nodeText(next).trim()))
      ? spanOf(next).start.offset
      : -1;
  const first = sections.find(({ section }) => {
    const at = section.span.start.offset;
    return section.depth >= 2 && at !== titleAt && at !== subtitleAt;
  });
  return first ? first.section.span.start.offset : textLength;
}

/** Fields whose value a rule checks: read from a section only when its value is one short line. */
const CHECKED_FIELDS = new Set(['id', 'date', 'severity', 'status']);
/** What the SRE book's header also gives: read, but not where the metadata block is. */
const DESCRIPTIVE_FIELDS = new Set(['summary', 'impact', 'trigger']);
const SECTION_FIELDS = new Set([...CHECKED_FIELDS, 'author', ...DESCRIPTIVE_FIELDS]);
const MAX_SECTION_VALUE = 80;

function located(node: RootContent | ListItem, text: string): FieldLine['value'] {
  return { text, span: spanOf(node) };
}

/** `## Status` followed by `Complete`: the body's first paragraph (or list, for authors) is the value. */
function sectionFields(sections: readonly SectionContent[]): FieldLine[] {
  const found: FieldLine[] = [];
  // Any depth: some files write the SRE book's header as `# Date`, `# Authors`, `# Status`.
  for (const { section, nodes } of sections) {
    const label = section.title.replace(/[\s:]+$/, '');
    const key = HEADER_LABELS[label.toLowerCase()];
    const first = nodes[0];
    if (key === undefined || !SECTION_FIELDS.has(key) || first === undefined) continue;
    if (first.type === 'paragraph') {
      const text = plainValue(nodeText(first));
      const short = !text.includes('\n') && text.length <= MAX_SECTION_VALUE;
      if (text !== '' && (short || !CHECKED_FIELDS.has(key)))
        found.push({ label, value: located(first, text) });
    } else if (first.type === 'list' && !CHECKED_FIELDS.has(key)) {
      const items = first.children.map((item) => plainValue(nodeText(item)));
      found.push({ label, value: located(first, items.join(', ')) });
    }
  }
  return found;
}

/** `## Date: December 15, 2022` (as some reports head their first lines). */
function headingFields(
  sections: readonly SectionContent[],
  source: string,
  pointAt: PointAt,
): FieldLine[] {
  const found: FieldLine[] = [];
  for (const { section } of sections) {
    const label = labelOf(section.title);
    if (label === null) continue;
    const raw = source.slice(section.span.start.offset, section.span.end.offset);
    const colon = raw.indexOf(':', raw.indexOf(label.trim()) + label.trim().length);
    const text = plainValue(raw.slice(colon + 1).replace(/[ \t#]+$/, ''));
    const start = section.span.start.offset + raw.indexOf(text, colon + 1);
    if (text === '' || start < section.span.start.offset) continue;
    found.push({
      label: label.trim(),
      value: { text, span: { start: pointAt(start), end: pointAt(start + text.length) } },
    });
  }
  return found;
}

function cellText(cell: Table['children'][number]['children'][number]): string {
  return plainValue(nodeText(cell)).replace(/:$/, '').trim();
}

function cellValue(cell: Table['children'][number]['children'][number]): FieldLine['value'] | null {
  const text = plainValue(nodeText(cell));
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  if (text === '' || first === undefined || last === undefined) return null;
  return { text, span: { start: spanOf(first).start, end: spanOf(last).end } };
}

const isLabel = (text: string): boolean => HEADER_LABELS[text.toLowerCase()] !== undefined;

/** A row of at least two label/value pairs: every other cell, from the first, names a field. */
function isPairRow(row: Table['children'][number]): boolean {
  const cells = row.children;
  if (cells.length < 4 || cells.length % 2 !== 0) return false;
  return cells.every((cell, index) => index % 2 === 1 || isLabel(cellText(cell)));
}

/** A table whose header names an action or a deadline column: action items, never metadata. */
function isActionTable(labels: readonly string[], columns: ActionItemColumns): boolean {
  const names = new Set([...columns.action, ...columns.deadline].map((name) => name.toLowerCase()));
  return labels.some((label) => names.has(label.toLowerCase()));
}

/**
 * The fields of a metadata table: `| Field | Value |` rows, when most body rows start with a field
 * name (the header row counts when it is a field too: some tables have no real header); rows of
 * label/value pairs (`| Detected | … | Resolved | … |`); or, when
 * `oneRow` (a table before the first section), one row of values under a header of field names
 * (`| Date | Severity |`). Any other table (an action-items table with a Status column, a table of
 * services) gives nothing.
 */
function tableFields(table: Table, oneRow: boolean, columns: ActionItemColumns): FieldLine[] {
  const [head, ...rows] = table.children;
  if (head === undefined) return [];
  const labels = head.children.map(cellText);
  if (isActionTable(labels, columns)) return [];
  const found: FieldLine[] = [];
  const known = labels.filter(isLabel);
  // Mostly field names, so that a one-row table of something else is not read as metadata.
  if (oneRow && known.length >= 2 && known.length * 2 > labels.length && rows.length === 1) {
    labels.forEach((label, index) => {
      const cell = rows[0].children[index];
      const value = cell ? cellValue(cell) : null;
      if (value) found.push({ label, value });
    });
    return found;
  }
  // `| Detected | 2021-03-01 09:10 | Resolved | 2021-03-01 11:40 |`: labels and values taking
  // turns along each row (the header row too), read pair by pair.
  const paired = table.children.filter(isPairRow);
  if (paired.length * 2 > table.children.length) {
    for (const row of paired) {
      for (let index = 0; index + 1 < row.children.length; index += 2) {
        const value = cellValue(row.children[index + 1]);
        if (value) found.push({ label: cellText(row.children[index]), value });
      }
    }
    return found;
  }
  const labelled = rows.filter((row) => row.children[0] && isLabel(cellText(row.children[0])));
  if (labelled.length * 2 <= rows.length) return [];
  for (const row of isLabel(labels[0] ?? '') ? table.children : labelled) {
    const [labelCell, valueCell] = row.children;
    const value = valueCell ? cellValue(valueCell) : null;
    if (labelCell && value) found.push({ label: cellText(labelCell), value });
  }
  return found;
}

const isActionSection = (section: Section): boolean =>
  findSectionIndex([section], SECTION_NAMES.actionItems) === 0;

const PLAIN_LABEL = /^[A-Za-z][A-Za-z ]{0,39}$/;
const BY_LINE = /^((?:created|written|prepared|authored) by)\b[ \t:]*/i;

/**
 * `Date: 2024-03-01`, `Created By: Sam` (plain, no bold; `Written by Sam` needs no colon): the
 * label and value of a trimmed line, split at its first colon rather than by a regular expression
 * that would retry a long run of spaces.
 */
function plainField(line: string): { label: string; value: string } | null {
  const by = BY_LINE.exec(line);
  if (by)
    return line.length > by[0].length ? { label: by[1], value: line.slice(by[0].length) } : null;
  const colon = line.indexOf(':');
  const label = line.slice(0, Math.max(colon, 0)).trim();
  if (colon === -1 || !PLAIN_LABEL.test(label) || !/[ \t]/.test(line[colon + 1] ?? '')) return null;
  const value = line.slice(colon + 1).trim();
  return value === '' ? null : { label, value };
}
/** A bold field line (`**Date:** …`): read by the Markdown walk, but keeps the header run going. */
const BOLD_FIELD = /^(?:\*\*|__)[^*_\n]+?(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)/;

/** What ends a header line: a newline, or `<br>` (exports write `Status: final<br> Owners: …`). */
const LINE_BREAK = /\n|<br[ \t]*\/?>/gi;

/** The lines of `text` and their offsets in it, split at newlines and `<br>`. */
function linesOf(text: string): Array<{ line: string; at: number }> {
  const lines: Array<{ line: string; at: number }> = [];
  let at = 0;
  for (const match of allMatches(LINE_BREAK, text)) {
    lines.push({ line: text.slice(at, match.index), at });
    at = match.index + match[0].length;
  }
  lines.push({ line: text.slice(at), at });
  return lines;
}

/** The `Label: value` lines of a paragraph that is only such lines, with one label known; else null. */
function plainParagraphFields(start: number, slice: string, pointAt: PointAt): FieldLine[] | null {
  const found: FieldLine[] = [];
  let any = false;
  for (const { line, at } of linesOf(slice)) {
    const trimmed = line.trim().replace(/\\$/, '').trimEnd();
    if (trimmed === '') continue;
    if (BOLD_FIELD.test(trimmed)) {
      any = true;
      continue;
    }
    const field = plainField(trimmed);
    if (field === null) return null;
    if (!isLabel(field.label)) continue;
    any = true;
    // `date: '2014-12-09'`: a YAML line whose fences were lost keeps its quotes.
    const quoted = /^(["'])(.+)\1$/.exec(field.value);
    const value = quoted ? quoted[2] : field.value;
    const valueStart =
      start +
      at +
      (line.length - line.trimStart().length) +
      trimmed.length -
      field.value.length +
      (quoted ? 1 : 0);
    found.push({
      label: field.label,
      value: {
        text: plainValue(value),
        span: { start: pointAt(valueStart), end: pointAt(valueStart + value.length) },
      },
    });
  }
  return any ? found : null;
}

/**
 * `Authors:` alone on its line with the names as a list below it: a field whose value is a list
 * (only for fields that are not one short value, as in a `## Authors` section).
 */
function listedField(line: string, next: RootContent | undefined): FieldLine | null {
  const label = /^[ \t]*([A-Za-z][A-Za-z ]{0,39}):[ \t]*$/.exec(line)?.[1].trim();
  const key = label === undefined ? undefined : HEADER_LABELS[label.toLowerCase()];
  if (key === undefined || CHECKED_FIELDS.has(key) || next?.type !== 'list') return null;
  const items = next.children.map((item) => plainValue(nodeText(item)));
  return { label: label as string, value: located(next, items.join(', ')) };
}

/**
 * Plain `Field: value` header lines (`Date: 09/25/2020`, `Authors: Sam Lee`), read only at the
 * top: in the paragraphs right after the title that hold nothing but field lines. The run stops
 * at the first other block, so a sentence that starts "Status: …" further down is prose.
 */
function plainFieldLines(
  root: Root,
  headerEnd: number,
  source: string,
  pointAt: PointAt,
): FieldLine[] {
  const found: FieldLine[] = [];
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const { start, end } = spanOf(node);
    if (start.offset >= headerEnd) break;
    if (node.type === 'html' || node.type === 'heading') continue;
    if (node.type !== 'paragraph') break;
    const listed = listedField(source.slice(start.offset, end.offset), children[i + 1]);
    if (listed) {
      found.push(listed);
      i++;
      continue;
    }
    const fields = plainParagraphFields(
      start.offset,
      source.slice(start.offset, end.offset),
      pointAt,
    );
    if (fields === null) break;
    found.push(...fields);
  }
  return found;
}

/**
 * Every place a header field may be written, in document order: header lines and tables before
 * the first section (or opening it), then field headings and metadata sections anywhere.
 */
export function headerFieldLines(
  root: Root,
  fieldLines: readonly FieldLine[],
  sections: readonly SectionContent[],
  headerEnd: number,
  source: string,
  pointAt: PointAt,
  columns: ActionItemColumns,
): FieldLine[] {
  const before = root.children
    .filter((node) => spanOf(node).start.offset < headerEnd)
    .filter((node): node is Table => node.type === 'table');
  // A table opening the first section is metadata only as a Field/Value table, never under
  // Action Items.
  const opening = sections.find((content) => content.section.span.start.offset >= headerEnd);
  const first = opening?.nodes[0];
  const openingTable: Table[] =
    opening && first?.type === 'table' && !isActionSection(opening.section) ? [first] : [];
  return [
    ...fieldLines.filter((line) => line.value.span.start.offset < headerEnd),
    ...plainFieldLines(root, headerEnd, source, pointAt),
    ...before.flatMap((table) => tableFields(table, true, columns)),
    ...openingTable.flatMap((table) => tableFields(table, false, columns)),
    ...headingFields(sections, source, pointAt),
    ...sectionFields(sections),
  ].sort((a, b) => a.value.span.start.offset - b.value.span.start.offset);
}

/** Frontmatter fields first; then the first header field of each key, in document order. */
export function metadataOf(frontmatter: Frontmatter | null, headerLines: FieldLine[]): Metadata {
  const fields: Record<string, MetadataField> = {};
  let source: Metadata['source'] = 'none';
  let span: Metadata['span'] = null;
  if (frontmatter) {
    for (const field of frontmatter.fields) fields[field.key] ??= field;
    source = 'frontmatter';
    span = frontmatter.span;
  }
  for (const line of headerLines) {
    const key = HEADER_LABELS[line.label.toLowerCase()] ?? null;
    if (key === null || key in fields) continue;
    fields[key] = {
      key,
      label: line.label,
      value: normaliseValue(key, line.value.text),
      span: line.value.span,
    };
    // A summary is content, not the metadata block: findings stay where the header lines are.
    if (DESCRIPTIVE_FIELDS.has(key)) continue;
    if (source === 'none') source = 'header';
    span = span === null ? { ...line.value.span } : { start: span.start, end: line.value.span.end };
  }
  return { source, span, fields };
}

/** The status line many templates keep at the end (`**Postmortem Status:** Completed`). */
/**
 * "Prepared by …" as a report signs off (`*Prepared by the infra team*`, `**Report Prepared By:**`
 * with the name on the next line): the author, wherever it stands.
 */
const PREPARED_BY =
  /^[ \t]*[*_]{0,3}(?:report\s+)?(?:prepared|written|authored|compiled)\s+by[*_]{0,3}[ \t]*:?[*_]{0,3}[ \t]*(?:\n[ \t]*)?(?<name>[^\s*_][^\n*_]{0,99})/im;

/** The author a "Prepared by" line names (see {@link PREPARED_BY}), or null. */
export function preparedBy(source: string, pointAt: PointAt): FieldLine | null {
  const match = PREPARED_BY.exec(source);
  const written = match?.groups?.name;
  if (!match || written === undefined) return null;
  const name = written.trimEnd();
  const start = match.index + match[0].length - written.length;
  return {
    label: 'Prepared by',
    value: { text: name, span: { start: pointAt(start), end: pointAt(start + name.length) } },
  };
}

export function closingStatus(fieldLines: readonly FieldLine[]): FieldLine | null {
  return fieldLines.find((line) => /^postmortem status$/i.test(line.label)) ?? null;
}

export function titleOf(metadata: Metadata, heading: Heading | null): Located | null {
  const field = metadata.fields.title;
  if (field && typeof field.value === 'string' && field.value.trim() !== '')
    return { text: field.value, span: field.span };
  return heading ? { text: nodeText(heading).trim(), span: spanOf(heading) } : null;
}

/** Keys only an incident record has: frontmatter with one of them is not a blog post's. */
export const INCIDENT_KEYS: readonly string[] = [
  'id',
  'severity',
  'status',
  'started_at',
  'detected_at',
  'resolved_at',
];

/**
 * Blog frontmatter (Hugo, Jekyll, Zola): a `title` and a `date` key, spelled so, and no incident
 * field. Its `date` is when the post was published, often days after the incident.
 */
function isBlogFrontmatter(frontmatter: Frontmatter | null, fields: Metadata['fields']): boolean {
  if (frontmatter === null) return false;
  const labels = new Set(frontmatter.fields.map((field) => field.label.toLowerCase()));
  return (
    labels.has('title') &&
    labels.has('date') &&
    fields.date?.label.toLowerCase() === 'date' &&
    INCIDENT_KEYS.every((key) => fields[key] === undefined)
  );
}

/**
 * A calendar date written in the title, as a field located on that date: with its year, or, for a
 * blog post published on `posted`, without one ("the September 2 outage"): in the post's year, or
 * the year before when that would be after the post.
 */
function titleDate(
  title: Located | null,
  source: string,
  pointAt: PointAt,
  posted: string | null = null,
): MetadataField | null {
  if (title === null) return null;
  const postYear = posted === null ? null : Number(posted.slice(0, 4));
  let found = findDate(title.text, postYear);
  if (found !== null && postYear !== null && posted !== null && found.iso >= posted)
    found = findDate(title.text, postYear - 1);
  if (found === null) return null;
  const written = title.text.slice(found.index, found.index + found.length);
  const at = source.slice(title.span.start.offset, title.span.end.offset).indexOf(written);
  const start = title.span.start.offset + at;
  const span =
    at === -1 ? title.span : { start: pointAt(start), end: pointAt(start + written.length) };
  return { key: 'date', label: 'title', value: found.iso, span };
}

/** `2024-03-01T08:00:00Z` or `2024-03-01 08:00`: the calendar date a start time is on. */
const START_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2})/;

/**
 * The incident date when no date field states it, taken where a reviewer would look: the date of
 * the start time (`start_time: 2024-03-01T08:00:00Z`), else a date in the title
 * (`# 2024-03-01 Queue stall`). Blog frontmatter's `date` is the publication date: when the title
 * states an earlier date, that is the incident date and the post date is kept as `published`.
 * Dates in the body are not used: the first dated line is as often a later update as the start.
 */
export function completeIncidentDate(
  metadata: Metadata,
  frontmatter: Frontmatter | null,
  title: Located | null,
  source: string,
  pointAt: PointAt,
): void {
  const { fields } = metadata;
  const date = fields.date;
  if (date === undefined) {
    const started = fields.started_at;
    const startDate =
      typeof started?.value === 'string' ? START_DATE.exec(started.value.trim()) : null;
    const derived =
      started && startDate && isIsoDate(startDate[1])
        ? { key: 'date', label: started.label, value: startDate[1], span: started.span }
        : titleDate(title, source, pointAt);
    if (derived) fields.date = derived;
    return;
  }
  if (typeof date.value !== 'string' || !isBlogFrontmatter(frontmatter, fields)) return;
  const posted = date.value.trim();
  if (!isIsoDate(posted)) return;
  const stated = titleDate(title, source, pointAt, posted);
  if (stated === null || String(stated.value) >= posted) return;
  fields.published = { ...date, key: 'published' };
  fields.date = stated;
}

/**
 * The incident date as ISO `YYYY-MM-DD`: the date field when it is one date alone, however
 * written (`2024-03-01`, `03/01/2024` month first, `March 1, 2024`); null when unreadable.
 */
export function incidentDateOf(metadata: Metadata): string | null {
  const value = metadata.fields.date?.value;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const found = findDate(text);
  return found && found.index === 0 && found.length === text.length ? found.iso : null;
}
