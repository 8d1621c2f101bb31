import type {
  Heading,
  ListItem,
  Nodes,
  Paragraph,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type { ActionItem, ActionItems, Cell, Span } from '../types.js';
import type { ActionItemColumns } from '../parse-options.js';
import { spanOf } from '../../parse/positions.js';
import {
  findSectionIndex,
  isMeetingSection,
  normaliseTitle,
  SECTION_LEAD_INS,
  SECTION_NAMES,
} from '../sections.js';
import { isComment, nodeText, type ExtractContext } from './context.js';
import { trackedBy, trackerLinks } from '../tracker-links.js';
import { allMatches } from '../../text/matches.js';

type Field = keyof ActionItemColumns;
/** A block whose first line can carry an item's fields: a list item's paragraph, a heading. */
type Inline = Paragraph | Heading;
type ColumnMap = Partial<Record<Field, number>>;

const FIELDS: readonly Field[] = [
  'id',
  'action',
  'owner',
  'deadline',
  'status',
  'priority',
  'type',
];

/** Status words that close an item, and those that leave it open (as a checkbox does). */
const DONE_WORDS =
  "done|completed?|closed|fixed|resolved|won['’]?t do|wont ?do|won['’]?t fix|wont ?fix|cancell?ed";
const OPEN_WORDS =
  'in[ -]?progress|wip|ongoing|to[ -]?do|open|not started|scheduled|planned|blocked';
const STATUS_WORDS = `${DONE_WORDS}|${OPEN_WORDS}`;

/**
 * Status words recognised where no status column or field says which text is the status: a
 * trailing `(done)`, a bold `**TODO**`, a sub-heading "Immediate actions (completed)". Whether a
 * word is an accepted status is the rule's business (its `statuses` option), not the model's.
 */
const STATUS_WORD = new RegExp(`^(?:${STATUS_WORDS})$`, 'i');
const DONE_WORD = new RegExp(`^(?:${DONE_WORDS})$`, 'i');
/** A status word followed by its note: `won't do: replaced by AI-4`, `done 2026-02-03`. */
const STATUS_LEAD = new RegExp(`^(?:${STATUS_WORDS})(?=$|[\\s:(—–-])`, 'i');

/** A status in brackets opening an item: `(Done) Roll out the timeout`, `[In progress] …`. */
const BRACKETED_STATUS =
  /^[ \t]*(?:\*\*|__)?[([]([\p{L}][\p{L}'’ -]{0,14}?)[)\]](?:\*\*|__)?[ \t]*/du;

/** Ids written at the start of a list item: `AI-001:`, `**ACT-12**`. */
const LEADING_ID = /^\s*(?:\*\*|__)?([A-Z][A-Z0-9]*-\d+)(?:\*\*|__)?\s*(?=[:.)\-–—\s])/d;

/** A link text that is itself an issue reference (`#42`, `OPS-12`). */
const ISSUE_TEXT = /^(?:#\d+|[A-Z][A-Z0-9]+-\d+)$/;
/** A Jira-style key written as plain text where it names a ticket: `(Jira DH-259)`, `(OPS-12)`. */
const JIRA_KEY =
  /(?:\b(?:[Jj]ira|JIRA|[Tt]icket|[Ii]ssue|[Bb]ug)[ \t:]+|\()([A-Z][A-Z0-9]{1,9}-\d{1,7})(?![\w-])/d;

/** `Action point: …` / `Action item: …`: a paragraph that is an item by itself. */
const ACTION_POINT = /^\s*(?:\*\*|__)?action (?:points?|items?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;

/** A priority or a Google-SRE action type written without a label: `(P1, prevent)`. */
const PRIORITY_WORD = /^P[0-4]$/i;
const TYPE_WORD = /^(?:prevent(?:ion|ive)?|detect(?:ion)?|mitigat(?:e|ion)|process)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Header text reduced for matching column synonyms: markup, emoji, notes in parentheses dropped.
 * `[^()]` keeps the note pattern linear on a header with thousands of unclosed `(`.
 */
function headerKey(text: string): string {
  return text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}#\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function columnMap(header: TableRow, columns: ActionItemColumns): ColumnMap {
  const map: ColumnMap = {};
  const keys = FIELDS.map((name) => new Set(columns[name].map(headerKey)));
  header.children.forEach((cell, index) => {
    const key = headerKey(nodeText(cell));
    const field = FIELDS.find((name, i) => map[name] === undefined && keys[i].has(key));
    if (field) map[field] = index;
  });
  return map;
}

/** A table cell's text and the span of its content (the whole cell when it is empty). */
function cellOf(cell: TableCell): Cell {
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  const span = first && last ? { start: spanOf(first).start, end: spanOf(last).end } : spanOf(cell);
  return { text: nodeText(cell).trim(), span };
}

/** Descendants of `node` (node included), depth first, without recursion. */
function descendants(node: Nodes): Nodes[] {
  const found: Nodes[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    found.push(current);
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--)
        stack.push(current.children[i] as Nodes);
    }
  }
  return found;
}

/** A bold status word inside a node (`n/a **DONE**` in a Bug column). */
function strongStatus(node: Nodes): Cell | null {
  for (const child of descendants(node)) {
    if (child.type !== 'strong') continue;
    const text = nodeText(child).trim();
    if (STATUS_WORD.test(text)) return { text, span: spanOf(child) };
  }
  return null;
}

/**
 * How a tracker link is named as an item's id: `owner/repo#123` for a GitHub issue or pull
 * request, the key for Jira and Linear, the URL for an issue page on another host; null when the
 * URL is no tracker link (a repository, a document).
 */
function trackerName(url: string): string | null {
  const link = trackedBy(trackerLinks({ id: url, action: null }));
  if (link === null) return null;
  if (link.kind === 'external') return link.key;
  return link.owner !== null && link.repo !== null
    ? `${link.owner}/${link.repo}#${link.number}`
    : `#${link.number}`;
}

/** The first link in `node` that names a tracked issue: by its URL, else by its text (`#42`). */
function linkedIssue(node: Nodes): Cell | null {
  for (const child of descendants(node)) {
    if (child.type !== 'link') continue;
    const name = trackerName(child.url);
    if (name !== null) return { text: name, span: spanOf(child) };
    const text = nodeText(child).trim();
    if (ISSUE_TEXT.test(text)) return { text, span: spanOf(child) };
  }
  return null;
}

interface ItemFields {
  owner: Cell | null;
  deadline: Cell | null;
  status: Cell | null;
  priority: Cell | null;
  type: Cell | null;
}

type FieldName = keyof ItemFields;

const FIELD_NAMES: readonly FieldName[] = ['owner', 'deadline', 'status', 'priority', 'type'];

/** Characters that end an inline field's value (`Owner: @a, Due: …`, `(owner: @a)`, `**Due:** x**`). */
const VALUE_END = new Set([',', ';', '|', '(', ')', '\n', '*']);
const DASHES = new Set(['-', '–', '—']);

/** Where a field value starting at `start` ends: a separator character or a spaced dash. */
function valueEnd(raw: string, start: number): number {
  let i = start;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c === ',' && commaInDate(raw, start, i)) continue;
    if (VALUE_END.has(c)) break;
    if ((c === ' ' || c === '\t') && DASHES.has(raw[i + 1]) && /[ \t]/.test(raw[i + 2] ?? ''))
      break;
  }
  return i;
}

/** `text` without trailing blanks and closing emphasis (`@db** `), by scanning, not backtracking. */
function trimValueEnd(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const closing = text.slice(Math.max(0, end - 2), end);
    if (closing !== '**' && closing !== '__') return text.slice(0, end);
    end -= 2;
  }
}

const BLANK = /[ \t]/;

/**
 * Parts of a line separated by dashes (`Write the runbook — @sre — 2026-03-25`; a hyphen only
 * between spaces), with offsets. Scanned, so a long run of blanks is read once.
 */
function dashParts(line: string): Array<[string, number]> {
  const parts: Array<[string, number]> = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const hyphen = c === '-' && BLANK.test(line[i - 1] ?? '') && BLANK.test(line[i + 1] ?? '');
    if (c !== '—' && c !== '–' && !hyphen) continue;
    let before = i;
    while (before > from && BLANK.test(line[before - 1])) before--;
    let after = i + 1;
    while (after < line.length && BLANK.test(line[after])) after++;
    parts.push([line.slice(from, before), from]);
    from = after;
    i = after - 1;
  }
  parts.push([line.slice(from), from]);
  return parts;
}

/** A month and day just before a comma, and the year just after it: `Jul 16, 2026`. */
const MONTH_DAY_END =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?$/i;
const YEAR_AFTER_COMMA = /^,[ \t]*\d{4}(?!\d)/;

/** Whether the comma at `index` sits inside a date (`Jul 16, 2026`) rather than between fields. */
function commaInDate(text: string, from: number, index: number): boolean {
  return (
    YEAR_AFTER_COMMA.test(text.slice(index, index + 12)) &&
    MONTH_DAY_END.test(text.slice(Math.max(from, index - 20), index))
  );
}

/** Parts of a field group split at `,` and `;` (not the comma of a date), with offsets. */
function commaParts(text: string, offset: number): Array<[string, number]> {
  const parts: Array<[string, number]> = [];
  let from = 0;
  for (const separator of allMatches(/[,;]/g, text)) {
    if (separator[0] === ',' && commaInDate(text, from, separator.index)) continue;
    parts.push([text.slice(from, separator.index), offset + from]);
    from = separator.index + 1;
  }
  parts.push([text.slice(from), offset + from]);
  return parts;
}

/** Reads list-item fields out of the raw Markdown of an item. */
class ListItemReader {
  /** `Owner:`, `**Due:**`, `DRI:`, `Priority:` — a label and its colon; the value is scanned. */
  private readonly labelled: RegExp;
  /** The same labels without a colon, inside a field group: `(owner @a, due 2026-03-01)`. */
  private readonly bareLabel: RegExp;

  constructor(
    private readonly context: ExtractContext,
    columns: ActionItemColumns,
  ) {
    const labels = FIELD_NAMES.map((field) =>
      [...columns[field]]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
    );
    const groups = FIELD_NAMES.map((field, i) => `(?<${field}>${labels[i]})`).join('|');
    // `Status - Done` is not a field (too loose); the value after the colon is scanned by
    // `valueEnd`, so a long run of spaces costs one pass, not one per starting point.
    this.labelled = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:\\*\\*|__)?(?:${groups})(?:\\*\\*|__)?[ \\t]*:(?:\\*\\*|__)?[ \\t]*(?:\\*\\*|__)?`,
      'giu',
    );
    this.bareLabel = new RegExp(`^(?:${groups}|(?<by>by))(?:[ \\t]*:[ \\t]*|[ \\t]+)`, 'iu');
  }

  private cell(offset: number, text: string): Cell {
    return { text: text.trim(), span: this.span(offset, offset + text.length) };
  }

  private span(start: number, end: number): Span {
    return { start: this.context.pointAt(start), end: this.context.pointAt(end) };
  }

  /** The Markdown of a node; of a heading, its first line without the `#` marks. */
  private raw(node: Nodes): { raw: string; offset: number } {
    const span = spanOf(node);
    const raw = this.context.source.slice(span.start.offset, span.end.offset);
    if (node.type !== 'heading') return { raw, offset: span.start.offset };
    const newline = raw.indexOf('\n');
    const line = (newline === -1 ? raw : raw.slice(0, newline)).trimEnd();
    const open = /^[ \t]*#*[ \t]*/.exec(line)?.[0].length ?? 0;
    const content = line.slice(open, line.replace(/[ \t]#+$|^#+$/, '').length);
    return { raw: content, offset: span.start.offset + open };
  }

  fields(item: ListItem | Inline, paragraph: Inline | null): ItemFields {
    const fields: ItemFields = {
      owner: null,
      deadline: null,
      status: null,
      priority: null,
      type: null,
    };
    const { raw, offset } = this.raw(item);
    this.labelledFields(raw, offset, fields);
    if (paragraph) this.inlineFields(paragraph, fields);
    if (item.type === 'listItem' && typeof item.checked === 'boolean' && fields.status === null) {
      const box = raw.indexOf('[');
      const start = offset + Math.max(box, 0);
      fields.status = { text: item.checked ? 'Done' : 'To Do', span: this.span(start, start + 3) };
    }
    return fields;
  }

  private labelledFields(raw: string, offset: number, fields: ItemFields): void {
    const pattern = this.labelled;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(raw); match !== null; match = pattern.exec(raw)) {
      const groups = match.groups as Record<string, string | undefined>;
      const field = FIELD_NAMES.find((name) => groups[name] !== undefined) as FieldName;
      const start = match.index + match[0].length;
      const end = valueEnd(raw, start);
      fields[field] ??= this.cell(offset + start, trimValueEnd(raw.slice(start, end)));
      // The value is consumed: a label inside it is part of it, as written.
      pattern.lastIndex = Math.max(pattern.lastIndex, end);
    }
  }

  /**
   * Fields written after the action on the item's first line: a trailing group
   * `(@owner, due 2026-03-01, P1)`, parts after spaced dashes (`— @sre-team — 2026-03-25`),
   * a trailing `**DONE**`, a leading `**TODO**:` label.
   */
  private inlineFields(paragraph: Inline, fields: ItemFields): void {
    const { raw, offset } = this.raw(paragraph);
    // The group may wrap onto the next line in a paragraph written as prose.
    const group = /\(([^()]*)\)\s*$/d.exec(raw);
    if (group) {
      const groupStart = (group.indices as RegExpIndicesArray)[1][0];
      for (const [part, at] of commaParts(group[1], offset + groupStart))
        this.readPart(part, at, fields);
    }
    const newline = raw.indexOf('\n');
    const lineEnd = newline === -1 ? raw.length : newline;
    const firstLine = raw.slice(0, group && group.index < lineEnd ? group.index : lineEnd);
    for (const [segment, at] of dashParts(firstLine).slice(1)) {
      for (const [part, partAt] of commaParts(segment, offset + at))
        this.readPart(part, partAt, fields);
    }
    const bold = /(?:\*\*|__)([^*_\n]+)(?:\*\*|__)\s*$/d.exec(raw);
    if (bold && fields.status === null && STATUS_WORD.test(bold[1].trim())) {
      fields.status = this.cell(offset + (bold.indices as RegExpIndicesArray)[1][0], bold[1]);
    }
    fields.status ??= this.leadingStatus(paragraph)?.status ?? null;
  }

  /** One part of a field group: `@sre`, `owner @sre`, `due 2026-03-01`, `done`, `P1`, `prevent`. */
  private readPart(part: string, offset: number, fields: ItemFields): void {
    let text = part.trim();
    let start = offset + part.length - part.trimStart().length;
    const wrapped = /^(\*\*|__)(.+)\1$/.exec(text);
    if (wrapped) {
      text = wrapped[2].trim();
      start += 2;
    }
    const label = this.bareLabel.exec(text);
    if (label) {
      const groups = label.groups as Record<string, string | undefined>;
      const value = text.slice(label[0].length);
      const at = start + label[0].length;
      if (groups.owner !== undefined && value.startsWith('@'))
        fields.owner ??= this.cell(at, value);
      else if (groups.deadline !== undefined) fields.deadline ??= this.cell(at, value);
      else if (groups.by !== undefined && /^\d/.test(value))
        fields.deadline ??= this.cell(at, value);
      else if (groups.status !== undefined && STATUS_LEAD.test(value))
        fields.status ??= this.cell(at, value);
      else if (groups.priority !== undefined) fields.priority ??= this.cell(at, value);
      else if (groups.type !== undefined) fields.type ??= this.cell(at, value);
      return;
    }
    if (/^@[\w.-]+$/.test(text)) fields.owner ??= this.cell(start, text);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) fields.deadline ??= this.cell(start, text);
    else if (PRIORITY_WORD.test(text)) fields.priority ??= this.cell(start, text);
    else if (TYPE_WORD.test(text)) fields.type ??= this.cell(start, text);
    else if (STATUS_LEAD.test(text)) fields.status ??= this.cell(start, text);
  }

  /**
   * A paragraph opening with a status label, `**TODO**: add a canary` or `(Done) roll out the fix`,
   * and the text after it.
   */
  leadingStatus(paragraph: Inline): { status: Cell; rest: number } | null {
    const { raw, offset } = this.raw(paragraph);
    const label =
      /^[ \t]*(?:\*\*|__)?([\p{L}][\p{L}'’ -]{0,14}?)[ \t]*(?:(?:\*\*|__)[ \t]*)?:(?:\*\*|__)?[ \t]*/du.exec(
        raw,
      ) ?? BRACKETED_STATUS.exec(raw);
    if (!label || !STATUS_WORD.test(label[1])) return null;
    const [start, end] = (label.indices as RegExpIndicesArray)[1];
    return {
      status: { text: label[1], span: this.span(offset + start, offset + end) },
      rest: offset + label[0].length,
    };
  }

  /**
   * `AI-001: …` at the start, else the first link to a tracked issue, else a reference written
   * in the text: `#123`, `owner/repo#123`, an issue URL, `(Jira OPS-12)`.
   */
  id(item: ListItem | Inline, paragraph: Inline | null): Cell | null {
    if (paragraph) {
      const { raw, offset } = this.raw(paragraph);
      const leading = LEADING_ID.exec(raw);
      if (leading) {
        const [start, end] = (leading.indices as RegExpIndicesArray)[1];
        return { text: leading[1], span: this.span(offset + start, offset + end) };
      }
    }
    return linkedIssue(item) ?? (paragraph ? this.writtenReference(paragraph) : null);
  }

  /**
   * A sub-heading that is an item, its detail below (`#### @sam Disk alert added`): fields from
   * the heading as from a list item's first line, a handle in it as the owner, labelled fields
   * (`Due: …`) from the detail paragraphs. Null for a heading with neither detail nor owner.
   */
  headingItem(heading: Heading, body: readonly RootContent[]): ActionItem | null {
    const fields = this.fields(heading, heading);
    for (const node of body) {
      if (node.type !== 'paragraph') continue;
      const { raw, offset } = this.raw(node);
      this.labelledFields(raw, offset, fields);
    }
    fields.owner ??= this.handle(heading);
    const detail = body.some((node) => node.type !== 'html' && node.type !== 'thematicBreak');
    if (!detail && fields.owner === null) return null;
    const first = heading.children[0];
    const last = heading.children[heading.children.length - 1];
    const end = body.length > 0 ? spanOf(body[body.length - 1]).end : spanOf(heading).end;
    return {
      span: { start: spanOf(heading).start, end },
      id: this.id(heading, heading),
      action: {
        text: nodeText(heading).trim(),
        span:
          first && last ? { start: spanOf(first).start, end: spanOf(last).end } : spanOf(heading),
      },
      ...fields,
    };
  }

  /** The first `@handle` in a heading (code marks around it allowed; an e-mail is none). */
  private handle(heading: Heading): Cell | null {
    const { raw, offset } = this.raw(heading);
    const handle = /(?<![\w@.])@[A-Za-z0-9][\w-]*(?:\.[\w-]+)*/.exec(raw);
    return handle ? this.cell(offset + handle.index, handle[0]) : null;
  }

  /** An issue reference written in a node's text, not as a Markdown link. */
  writtenReference(node: Nodes): Cell | null {
    const { raw, offset } = this.raw(node);
    const link = trackedBy(trackerLinks({ id: null, action: raw }));
    if (link !== null) {
      const at = raw.indexOf(link.text);
      const name = link.kind === 'github' ? (trackerName(link.text) ?? link.text) : link.key;
      if (at !== -1)
        return { text: name, span: this.span(offset + at, offset + at + link.text.length) };
    }
    const jira = JIRA_KEY.exec(raw);
    if (!jira) return null;
    const [start, end] = (jira.indices as RegExpIndicesArray)[1];
    return { text: jira[1], span: this.span(offset + start, offset + end) };
  }
}

/** A status column that asks whether the item is finished: `Completed`, `Done?`, `Resolved`. */
const COMPLETION_HEADER = /^(?:completed?|done|resolved|fixed|finished)$/i;
/** A mark for yes in such a column: a tick, `Yes`, `[x]`, or the date it was finished. */
const YES_MARK = /^(?:✅|✔️?|☑️?|✓|yes|y|x|\[x\]|true|\d{4}-\d{2}-\d{2})$/iu;
/** A mark for no (or nothing yet) in such a column: a cross, `No`, `[ ]`, a dash or a blank. */
const NO_MARK = /^(?:❌|✖️?|✗|✘|no|n|\[ \]|false|-|–|—|)$/iu;

/**
 * The status a cell of a yes/no completion column states, in words the status reading knows:
 * `Completed` for a tick, `Open` for a cross or a blank; any other text as written.
 */
function completionStatus(cell: Cell): Cell {
  if (YES_MARK.test(cell.text)) return { ...cell, text: 'Completed' };
  if (NO_MARK.test(cell.text)) return { ...cell, text: 'Open' };
  return cell;
}

/** An id cell's text when it says more than the id: "#41 — alerting gap on failures". */
function describedId(cell: TableCell | null): Cell | null {
  if (cell === null) return null;
  const described = cellOf(cell);
  return /\p{L}{2,}(?:\s+\p{L}{2,})/u.test(described.text.replace(/^\S+/, '')) ? described : null;
}

function tableItems(table: Table, map: ColumnMap, reader: ListItemReader): ActionItem[] {
  const statusHeader =
    map.status === undefined ? undefined : table.children[0].children[map.status];
  const yesNo =
    statusHeader !== undefined && COMPLETION_HEADER.test(headerKey(nodeText(statusHeader)));
  return table.children.slice(1).map((row) => {
    const cellAt = (field: Field): TableCell | null => {
      const index = map[field];
      return (index === undefined ? undefined : row.children[index]) ?? null;
    };
    const at = (field: Field): Cell | null => {
      const cell = cellAt(field);
      return cell ? cellOf(cell) : null;
    };
    const statusOf = (cell: Cell | null): Cell | null =>
      yesNo ? completionStatus(cell ?? { text: '', span: spanOf(row) }) : cell;
    const idCell = cellAt('id');
    const actionCell = cellAt('action');
    // An id cell holding a link names the issue; without an id column, a link in the row does.
    const id = idCell
      ? (linkedIssue(idCell) ?? cellOf(idCell))
      : (linkedIssue(row) ?? (actionCell ? reader.writtenReference(actionCell) : null));
    return {
      span: spanOf(row),
      id,
      // Without an action column, an id cell that goes on in words ("#41 — alerting gap") is both.
      action: map.action === undefined ? describedId(idCell) : at('action'),
      owner: at('owner'),
      deadline: at('deadline'),
      status: map.status === undefined ? strongStatus(row) : statusOf(at('status')),
      priority: at('priority'),
      type: at('type'),
    };
  });
}

/** A heading or a label line (`Done:`, `**In progress (next 2 weeks):**`) as plain label text. */
function labelText(
  node: RootContent,
  context: ExtractContext,
): { text: string; start: number } | null {
  const span = spanOf(node);
  const raw = context.source.slice(span.start.offset, span.end.offset);
  const newline = raw.indexOf('\n');
  let line = newline === -1 ? raw : raw.slice(0, newline);
  let start = 0;
  if (node.type === 'heading') {
    const open = /^[ \t]*#*[ \t]*/.exec(line)?.[0].length ?? 0;
    start = open;
    line = line.slice(0, line.trimEnd().replace(/[ \t]#+$|^#+$/, '').length);
  } else {
    // A label is one short line ending in a colon, inside or outside the bold.
    if (newline !== -1 || line.length > 120) return null;
    line = trimValueEnd(line);
    if (!line.endsWith(':')) return null;
    line = trimValueEnd(line.slice(0, -1));
    start = line.length - line.trimStart().length;
  }
  let text = line.slice(start);
  for (const mark of ['**', '__']) {
    if (text.startsWith(mark)) {
      text = text.slice(2);
      start += 2;
    }
  }
  text = trimValueEnd(text);
  return { text, start: span.start.offset + start };
}

/**
 * Whether a label names one status, or several of one kind (`planned or in-progress`, `done /
 * closed`): every item under it is then in that state. A mixed label (`completed or in progress`)
 * says nothing about any one item.
 */
function namesOneState(text: string): boolean {
  // A status label is a few words (as a label line is short); a long text is no list of statuses.
  if (text.length > 120) return false;
  // Blanks collapsed first, so a run of them is not rescanned at every separator tried.
  const words = text
    .replace(/[ \t]+/g, ' ')
    .trim()
    .split(/ (?:or|and) | ?[/,&] ?/i);
  if (!words.every((word) => STATUS_WORD.test(word))) return false;
  const done = words.filter((word) => DONE_WORD.test(word)).length;
  return done === 0 || done === words.length;
}

/**
 * The status a heading or label states for the items under it: the whole label (`### Completed`,
 * `In progress (next 2 weeks):`) or its trailing note (`### Immediate actions (completed)`,
 * `### Planned actions (planned or in-progress)`).
 */
function groupStatus(node: RootContent, context: ExtractContext): Cell | null {
  const label = labelText(node, context);
  if (label === null) return null;
  const cell = (from: number, text: string): Cell => ({
    text,
    span: {
      start: context.pointAt(label.start + from),
      end: context.pointAt(label.start + from + text.length),
    },
  });
  const open = label.text.endsWith(')') ? label.text.lastIndexOf('(') : -1;
  const base = (open === -1 ? label.text : label.text.slice(0, open)).trim();
  if (namesOneState(base)) return cell(0, label.text);
  if (open === -1) return null;
  const note = label.text.slice(open + 1, -1);
  const lead = note.length - note.trimStart().length;
  return namesOneState(note) ? cell(open + 1 + lead, note.trim()) : null;
}

function isLabel(node: RootContent, context: ExtractContext): boolean {
  return node.type === 'paragraph' && labelText(node, context) !== null;
}

/**
 * A remark on the items before it, not one more: "These mitigations will help …", "All of these
 * changes are tracked in …".
 */
const ABOUT_THE_ITEMS =
  /^(?:these|those|such|all of these|all these|together,? these)\s+(?:\w+\s+)?(?:mitigations?|measures?|changes?|steps?|actions?|improvements?|safeguards?|items?|fixes|tasks?|efforts?)\b/i;

/**
 * Template guidance written as bullets ("Follow-up tasks with owners and due dates", an italic
 * prompt, a bracketed `[Action item]`): text about items, not an item; so is a remark on them.
 */
function isGuidance(paragraph: Paragraph | null, fields: ItemFields): boolean {
  if (paragraph === null) return false;
  const [only, ...others] = paragraph.children;
  if (only?.type === 'emphasis' && others.every((node) => nodeText(node).trim() === ''))
    return true;
  const text = nodeText(paragraph).trim();
  if (/^\[[^\]]*\]$/.test(text)) return true;
  if (fields.owner === null && fields.deadline === null && ABOUT_THE_ITEMS.test(text)) return true;
  return (
    fields.owner === null &&
    fields.deadline === null &&
    /\bowners?\b/i.test(text) &&
    /\b(?:due dates?|deadlines?|dates)\b/i.test(text)
  );
}

/** A paragraph that is an item by itself: `**TODO**: …`, `Action item: …`. */
function paragraphItem(
  node: Paragraph,
  context: ExtractContext,
  reader: ListItemReader,
): ActionItem | null {
  const span = spanOf(node);
  const leading = reader.leadingStatus(node);
  const label = leading
    ? null
    : ACTION_POINT.exec(context.source.slice(span.start.offset, span.end.offset));
  const start = leading ? leading.rest : label ? span.start.offset + label[0].length : null;
  if (start === null || start >= span.end.offset) return null;
  return {
    span,
    id: reader.id(node, node),
    action: {
      text: context.source.slice(start, span.end.offset).trim(),
      span: { start: context.pointAt(start), end: span.end },
    },
    ...reader.fields(node, node),
  };
}

/** A lead-in to a list of causes, not of work: "All of the errors were due to missing tests:". */
const CAUSES_LEAD_IN =
  /\b(?:due to|because of|caused by|causes?|reasons?|problems?|gaps?|weaknesses?|shortcomings?)\b/i;
const WORK_LEAD_IN =
  /\b(?:actions?|steps?|items?|tasks?|follow[- ]?ups?|plans?|will|going to|next)\b/i;

/** Whether the last sentence of a paragraph ending in a colon leads in to causes (CAUSES_LEAD_IN). */
function introducesCauses(text: string): boolean {
  const lead = text.trim();
  if (!lead.endsWith(':')) return false;
  const sentence = lead.slice(
    Math.max(...['. ', '! ', '? '].map((end) => lead.lastIndexOf(end))) + 1,
  );
  return CAUSES_LEAD_IN.test(sentence) && !WORK_LEAD_IN.test(sentence);
}

function listItems(
  nodes: readonly RootContent[],
  context: ExtractContext,
  reader: ListItemReader,
): ActionItem[] {
  const items: ActionItem[] = [];
  let status: Cell | null = null;
  nodes.forEach((node, index) => {
    if (node.type === 'heading' || isLabel(node, context)) {
      status = groupStatus(node, context);
      return;
    }
    if (node.type === 'paragraph') {
      const item = paragraphItem(node, context, reader);
      if (item) items.push(item);
      return;
    }
    if (node.type !== 'list') return;
    // A bullet list right after a numbered one details its last item ("… made changes across:").
    const previous = nodes[index - 1];
    if (previous?.type === 'list' && previous.ordered && !node.ordered) return;
    if (previous?.type === 'paragraph' && introducesCauses(nodeText(previous))) return;
    for (const item of node.children) {
      const paragraph = item.children[0]?.type === 'paragraph' ? item.children[0] : null;
      const fields = reader.fields(item, paragraph);
      if (isGuidance(paragraph, fields)) continue;
      items.push({
        span: spanOf(item),
        id: reader.id(item, paragraph),
        action: paragraph ? { text: nodeText(paragraph).trim(), span: spanOf(paragraph) } : null,
        ...fields,
        status: fields.status ?? status,
      });
    }
  });
  return items;
}

/**
 * Sub-headings that are the items, each with its detail below (`#### @sam Disk alert added`), in a
 * section without list or paragraph items. A heading with sub-headings, or one that is a status
 * (`### Completed`), groups the items under it instead.
 */
function headingItems(
  nodes: readonly RootContent[],
  context: ExtractContext,
  reader: ListItemReader,
): ActionItem[] {
  const items: ActionItem[] = [];
  let status: Cell | null = null;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    if (node.type !== 'heading') continue;
    let end = index + 1;
    while (end < nodes.length && nodes[end].type !== 'heading') end++;
    const next = nodes[end] as Heading | undefined;
    // A leaf heading's trailing note (`#### Runbook written (done)`) is the item's own status.
    const isStatus = namesOneState(labelText(node, context)?.text ?? '');
    if (isStatus || (next !== undefined && next.depth > node.depth)) {
      status = groupStatus(node, context);
      continue;
    }
    const item = reader.headingItem(node, nodes.slice(index + 1, end));
    if (item) items.push({ ...item, status: item.status ?? status });
    index = end - 1;
  }
  return items;
}

/** The text of a section's nodes, for telling what it is about. */
function sectionText(nodes: readonly RootContent[]): string {
  return nodes.map((node) => nodeText(node)).join('\n');
}

/** A prose item says what to do in a few words at least ("None yet." is no item). */
const PROSE_ITEM = /^\S+(?:\s+\S+){3}/;
/** A paragraph saying there is nothing to do, or nothing yet: "None.", "No action needed". */
const NO_ITEMS =
  /^(?:none|nothing|n\/a|tbd|no (?:further |more )?(?:actions?|action items|follow[- ]?ups?)\b)/i;

/** Words that make a sentence work to be done: "we will …", "the alerts should …", "plan to". */
const PLANNED =
  /\b(?:will|shall|should|must|needs? to|plans? to|going to|intends? to|to-?do|todo|next step|would be (?:useful|good|helpful|better) to)\b|'ll\b/i;
/** A sentence anywhere in the paragraph in which the team commits: "… We should expand this …". */
const WE_PLAN =
  /(?:^|[.!?]\s+)we\s+(?:will|shall|should|must|need to|plan to|are going to|intend to)\b/i;
/** A sentence opening with what to do: "Add a probe …", "Set up a status page …". */
const IMPERATIVE =
  /^(?:add|alert|audit|automate|build|change|create|document|enable|ensure|establish|extend|fix|implement|improve|increase|introduce|investigate|limit|look into|make|migrate|monitor|move|publish|reduce|remove|replace|require|review|rotate|set up|test|track|train|update|upgrade|write)\b/i;
/** The first sentence of a paragraph: what it says it is about. */
const FIRST_SENTENCE = /^[\s\S]*?(?:[.!?](?=\s|$)|$)/;

/**
 * A section whose items are written as prose, one paragraph each ("The alerts should page the
 * whole team. (filed #512)"), when it has no list, table or sub-heading items. A paragraph is an
 * item when its first sentence says what is to be done (a plan's words, or an imperative), when
 * a sentence of it commits the team ("We should expand …"), or when it carries an item's id or
 * fields; a narrative paragraph ("The provider reached out to
 * us …"), one that introduces (ends in a colon), is all emphasis (guidance), a bracketed blank or
 * fewer than four words is no item.
 */
function proseItems(nodes: readonly RootContent[], reader: ListItemReader): ActionItem[] {
  const items: ActionItem[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    const text = nodeText(node).trim();
    if (text.endsWith(':') || !PROSE_ITEM.test(text) || NO_ITEMS.test(text)) continue;
    const fields = reader.fields(node, node);
    if (isGuidance(node, fields)) continue;
    const id = reader.id(node, node);
    const first = FIRST_SENTENCE.exec(text)?.[0] ?? text;
    const planned = PLANNED.test(first) || IMPERATIVE.test(first) || WE_PLAN.test(text);
    const fielded = fields.owner !== null || fields.deadline !== null || fields.status !== null;
    if (!planned && !fielded && id === null) continue;
    items.push({
      span: spanOf(node),
      id,
      action: { text: text.replace(/\s+/g, ' '), span: spanOf(node) },
      ...fields,
    });
  }
  return items;
}

/**
 * A list labelled like a section where no heading names it: a list item (`- **Review actions**:`
 * with a nested list), or a paragraph right before the list or table that is the label alone
 * (`Action Items`, `**Follow-ups:**`; required-sections asks for a heading there) or leads in to
 * the work ("To prevent this in the future, we will:"), in a section or before any heading.
 */
function labelledList(
  context: ExtractContext,
): { label: Span; list: RootContent[]; prose?: true } | null {
  const wanted = SECTION_NAMES.actionItems.map(normaliseTitle);
  const leadIn = SECTION_LEAD_INS[SECTION_NAMES.actionItems[0]];
  for (const nodes of [context.preamble, ...context.sections.map((content) => content.nodes)]) {
    for (const [at, node] of nodes.entries()) {
      // A template's comment between the label and its table ("<!-- list the actions -->").
      let after = at + 1;
      while (isComment(nodes[after])) after++;
      const next = nodes[after];
      if (node.type === 'paragraph' && (next?.type === 'list' || next?.type === 'table')) {
        const text = nodeText(node).trim();
        const label = text.replace(/:$/, '');
        const named = label.length <= 80 && wanted.includes(normaliseTitle(label));
        // "To prevent this from happening in the future, we will:" and its list.
        const ledIn = text.endsWith(':') && text.length <= 300 && leadIn.test(text);
        if (named || ledIn) return { label: spanOf(node), list: [next] };
      }
      // A bold label alone (`**Next Steps**`) over paragraphs: the work told in prose, one
      // paragraph each, up to the next block that is not a paragraph.
      if (node.type === 'paragraph' && next?.type === 'paragraph' && isBoldLabel(node, wanted)) {
        let end = at + 1;
        while (nodes[end]?.type === 'paragraph' && !isBoldLabel(nodes[end] as Paragraph)) end++;
        return { label: spanOf(node), list: nodes.slice(at + 1, end), prose: true };
      }
      if (node.type !== 'list') continue;
      for (const item of node.children) {
        const [first, ...rest] = item.children;
        const strong = first?.type === 'paragraph' ? first.children[0] : undefined;
        if (strong?.type !== 'strong' || !wanted.includes(normaliseTitle(nodeText(strong))))
          continue;
        const nested = rest.filter((child) => child.type === 'list');
        if (nested.length > 0) return { label: spanOf(strong), list: nested };
      }
    }
  }
  return null;
}

/**
 * A paragraph that is one bold label and nothing else (`**Next Steps**`, `**Follow-ups:**`), of
 * the given names (normalised), or of any name when none are given.
 */
function isBoldLabel(node: Paragraph, names?: readonly string[]): boolean {
  const [only, ...rest] = node.children;
  const trailing = rest.length === 1 && rest[0].type === 'text' && rest[0].value.trim() === ':';
  if (only?.type !== 'strong' || (rest.length > 0 && !trailing)) return false;
  const label = nodeText(only).trim().replace(/:$/, '');
  return label.length <= 80 && (names === undefined || names.includes(normaliseTitle(label)));
}

/** `Action point: …` paragraphs scattered through the text, when there is no section for them. */
function actionPoints(context: ExtractContext, reader: ListItemReader): ActionItem[] {
  const seen = new Set<Paragraph>();
  const items: ActionItem[] = [];
  for (const content of context.sections) {
    for (const node of content.nodes) {
      if (node.type !== 'paragraph' || seen.has(node)) continue;
      seen.add(node);
      const span = spanOf(node);
      if (!ACTION_POINT.test(context.source.slice(span.start.offset, span.end.offset))) continue;
      const item = paragraphItem(node, context, reader);
      if (item) items.push(item);
    }
  }
  return items.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** A sub-section that states the problems the plan answers: "Identified Problems", "Known gaps". */
const PROBLEM_PART =
  /^(?:identified|known|observed|open|remaining|key|main)?\s*(?:problems?|issues?|gaps?|findings?|weaknesses?|observations?|causes?)\b/i;

/**
 * The section without its sub-sections that list problems rather than work: under "Future Work",
 * "Identified Problems" holds no items and "Improvement Plan" does.
 */
function plannedPart(nodes: readonly RootContent[]): readonly RootContent[] {
  const planned: RootContent[] = [];
  let skipping = 0;
  for (const node of nodes) {
    if (node.type === 'heading') {
      if (skipping > 0 && node.depth <= skipping) skipping = 0;
      if (skipping === 0 && PROBLEM_PART.test(nodeText(node).trim())) skipping = node.depth;
    }
    if (skipping === 0) planned.push(node);
  }
  return planned;
}

/**
 * A section that opens by telling others what to do ("Node operators should do all of the
 * following:", "Users should rotate their tokens."): advice to its readers, not the team's work.
 */
const ADVICE_OPENING =
  /^(?:all\s+|every\s+)?(?:node\s+|package\s+|application\s+)?(?:operators?|users?|validators?|customers?|readers?|developers?|maintainers?|you)\b[^.:]{0,60}?\b(?:should|must|are\s+(?:advised|encouraged|asked)\s+to|need\s+to)\b/i;

function isAdvice(nodes: readonly RootContent[]): boolean {
  const first = nodes.find((node) => node.type === 'paragraph' || node.type === 'list');
  return first?.type === 'paragraph' && ADVICE_OPENING.test(nodeText(first).trim());
}

/**
 * The Action Items section (sub-sections included): a table whose header maps to the configured
 * column synonyms, else its lists (checkbox, `Owner:`/`Due:` fields, issue links). Without such a
 * heading: a labelled list item (`- **Review actions**:`), else `Action point:` paragraphs.
 */
export function extractActionItems(context: ExtractContext): ActionItems | null {
  const columns = context.options.actionItemColumns;
  const reader = new ListItemReader(context, columns);
  const index = context.sections.findIndex(
    (content) =>
      findSectionIndex([content.section], SECTION_NAMES.actionItems) === 0 &&
      !isMeetingSection(content.section.title, sectionText(content.nodes)) &&
      !isAdvice(content.nodes),
  );
  if (index === -1) {
    const labelled = labelledList(context);
    const [labelledTable] = labelled?.list ?? [];
    if (labelledTable?.type === 'table') {
      const header = labelledTable.children[0];
      return {
        span: (labelled as { label: Span }).label,
        format: 'table',
        columns: header.children.map(cellOf),
        items: tableItems(labelledTable, columnMap(header, columns), reader),
      };
    }
    if (labelled) {
      const items = labelled.prose
        ? proseItems(labelled.list, reader)
        : listItems(labelled.list, context, reader);
      return {
        span: labelled.label,
        format: items.length > 0 ? 'list' : 'none',
        columns: [],
        items,
      };
    }
    const points = actionPoints(context, reader);
    if (points.length === 0) return null;
    // No heading: the first "Action point:" label stands for the section.
    return { span: points[0].span, format: 'list', columns: [], items: points };
  }
  const { section } = context.sections[index];
  const nodes = plannedPart(context.sections[index].nodes);
  const tables = nodes
    .filter((node): node is Table => node.type === 'table')
    .map((table) => ({ table, map: columnMap(table.children[0], columns) }))
    .filter(
      ({ map }) =>
        map.action !== undefined ||
        map.owner !== undefined ||
        map.deadline !== undefined ||
        map.status !== undefined ||
        map.priority !== undefined,
    );
  if (tables.length > 0) {
    return {
      span: section.span,
      format: 'table',
      columns: tables[0].table.children[0].children.map(cellOf),
      items: tables.flatMap(({ table, map }) => tableItems(table, map, reader)),
    };
  }
  const listed = listItems(nodes, context, reader);
  const headed = listed.length > 0 ? listed : headingItems(nodes, context, reader);
  const items = headed.length > 0 ? headed : proseItems(nodes, reader);
  return { span: section.span, format: items.length > 0 ? 'list' : 'none', columns: [], items };
}
