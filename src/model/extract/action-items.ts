import type { ListItem, Nodes, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { ActionItem, ActionItems, Cell, Span } from '../types.js';
import type { ActionItemColumns } from '../parse-options.js';
import { spanOf } from '../../parse/positions.js';
import { findSectionIndex, normaliseTitle, SECTION_NAMES } from '../sections.js';
import { nodeText, type ExtractContext } from './context.js';

type Field = keyof ActionItemColumns;
type ColumnMap = Partial<Record<Field, number>>;

const FIELDS: readonly Field[] = ['id', 'action', 'owner', 'deadline', 'status'];

/**
 * Status words recognised where no status column or field says which text is the status: a
 * trailing `(done)`, a bold `**TODO**`, a sub-heading "Immediate actions (completed)". Whether a
 * word is an accepted status is the rule's business (its `statuses` option), not the model's.
 */
const STATUS_WORD =
  /^(?:done|completed?|closed|fixed|resolved|in[ -]?progress|wip|ongoing|to[ -]?do|open|not started|scheduled|planned|blocked|won['’]?t do|wont ?fix|cancell?ed)$/i;

/** Ids written at the start of a list item: `AI-001:`, `**ACT-12**`. */
const LEADING_ID = /^\s*(?:\*\*|__)?([A-Z][A-Z0-9]*-\d+)(?:\*\*|__)?\s*(?=[:.)\-–—\s])/d;

/** Links that name a tracked issue: GitHub issues/PRs, Jira-style keys. */
const ISSUE_URL = /github\.com\/[^/]+\/([^/]+)\/(?:issues|pull)\/(\d+)/;
const ISSUE_TEXT = /^(?:#\d+|[A-Z][A-Z0-9]+-\d+)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Header text reduced for matching column synonyms: markup, emoji, notes in parentheses dropped. */
function headerKey(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}#\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function columnMap(header: TableRow, columns: ActionItemColumns): ColumnMap {
  const map: ColumnMap = {};
  header.children.forEach((cell, index) => {
    const key = headerKey(nodeText(cell));
    const field = FIELDS.find(
      (name) =>
        map[name] === undefined && columns[name].some((synonym) => headerKey(synonym) === key),
    );
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

function tableItems(table: Table, map: ColumnMap): ActionItem[] {
  return table.children.slice(1).map((row) => {
    const at = (field: Field): Cell | null => {
      const index = map[field];
      const cell = index === undefined ? undefined : row.children[index];
      return cell ? cellOf(cell) : null;
    };
    return {
      span: spanOf(row),
      id: at('id'),
      action: at('action'),
      owner: at('owner'),
      deadline: at('deadline'),
      status: map.status === undefined ? strongStatus(row) : at('status'),
    };
  });
}

interface ListFields {
  owner: Cell | null;
  deadline: Cell | null;
  status: Cell | null;
}

/** Reads list-item fields out of the raw Markdown of an item. */
class ListItemReader {
  private readonly labelled: RegExp;

  constructor(
    private readonly context: ExtractContext,
    columns: ActionItemColumns,
  ) {
    const labels = (['owner', 'deadline', 'status'] as const).map((field) =>
      [...columns[field]]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
    );
    // `Owner: @a`, `**Due:** 2026-03-01`, `Status - Done` is not a field (too loose).
    this.labelled = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:\\*\\*|__)?(?:(?<owner>${labels[0]})|(?<deadline>${labels[1]})|(?<status>${labels[2]}))(?:\\*\\*|__)?[ \\t]*:(?:\\*\\*|__)?[ \\t]*(?:\\*\\*|__)?(?<value>[^,;|()\\n*]*?)(?:\\*\\*|__)?[ \\t]*(?=$|[,;|)\\n]|[ \\t][-–—][ \\t])`,
      'dgimu',
    );
  }

  private cell(offset: number, text: string): Cell {
    return { text: text.trim(), span: this.span(offset, offset + text.length) };
  }

  private span(start: number, end: number): Span {
    return { start: this.context.pointAt(start), end: this.context.pointAt(end) };
  }

  fields(item: ListItem | Paragraph, paragraph: Paragraph | null): ListFields {
    const fields: ListFields = { owner: null, deadline: null, status: null };
    const itemSpan = spanOf(item);
    const raw = this.context.source.slice(itemSpan.start.offset, itemSpan.end.offset);
    for (const match of raw.matchAll(this.labelled)) {
      const groups = match.groups as Record<string, string | undefined>;
      const field: keyof ListFields = groups.owner
        ? 'owner'
        : groups.deadline
          ? 'deadline'
          : 'status';
      const [start] = (
        match.indices as RegExpIndicesArray & { groups: Record<string, [number, number]> }
      ).groups.value;
      fields[field] ??= this.cell(itemSpan.start.offset + start, groups.value ?? '');
    }
    if (paragraph) this.trailingFields(paragraph, fields);
    if (item.type === 'listItem' && typeof item.checked === 'boolean' && fields.status === null) {
      const box = raw.indexOf('[');
      const start = itemSpan.start.offset + Math.max(box, 0);
      fields.status = { text: item.checked ? 'Done' : 'To Do', span: this.span(start, start + 3) };
    }
    return fields;
  }

  /** `… (@owner, due 2026-03-01)`, `… (done)`, `… **DONE**` at the end of the item's first line. */
  private trailingFields(paragraph: Paragraph, fields: ListFields): void {
    const span = spanOf(paragraph);
    const raw = this.context.source.slice(span.start.offset, span.end.offset);
    const group = /\(([^()\n]*)\)\s*$/d.exec(raw);
    if (group) {
      const groupStart = span.start.offset + (group.indices as RegExpIndicesArray)[1][0];
      let offset = 0;
      for (const part of group[1].split(/([,;])/)) {
        if (part !== ',' && part !== ';') this.readPart(part, groupStart + offset, fields);
        offset += part.length;
      }
    }
    const bold = /(?:\*\*|__)([^*_\n]+)(?:\*\*|__)\s*$/d.exec(raw);
    if (bold && fields.status === null && STATUS_WORD.test(bold[1].trim())) {
      fields.status = this.cell(
        span.start.offset + (bold.indices as RegExpIndicesArray)[1][0],
        bold[1],
      );
    }
  }

  private readPart(part: string, offset: number, fields: ListFields): void {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = offset + lead;
    const due = /^(?:due|by|deadline)\b:?\s*/i.exec(text);
    if (/^@[\w.-]+$/.test(text)) fields.owner ??= this.cell(start, text);
    else if (due) fields.deadline ??= this.cell(start + due[0].length, text.slice(due[0].length));
    else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) fields.deadline ??= this.cell(start, text);
    else if (STATUS_WORD.test(text)) fields.status ??= this.cell(start, text);
  }

  /** `AI-001: …` at the start, else the first link to an issue or pull request. */
  id(item: ListItem, paragraph: Paragraph | null): Cell | null {
    if (paragraph) {
      const span = spanOf(paragraph);
      const leading = LEADING_ID.exec(
        this.context.source.slice(span.start.offset, span.end.offset),
      );
      if (leading) {
        const [start, end] = (leading.indices as RegExpIndicesArray)[1];
        return {
          text: leading[1],
          span: this.span(span.start.offset + start, span.start.offset + end),
        };
      }
    }
    for (const node of descendants(item)) {
      if (node.type !== 'link') continue;
      const text = nodeText(node).trim();
      const url = ISSUE_URL.exec(node.url);
      if (ISSUE_TEXT.test(text)) return { text, span: spanOf(node) };
      if (url) return { text: `${url[1]}#${url[2]}`, span: spanOf(node) };
    }
    return paragraph ? this.bareIssueUrl(paragraph) : null;
  }

  /** A bare issue or pull-request URL written in the item's text (not parsed as a link). */
  bareIssueUrl(paragraph: Paragraph): Cell | null {
    const span = spanOf(paragraph);
    const url = ISSUE_URL.exec(this.context.source.slice(span.start.offset, span.end.offset));
    if (!url) return null;
    const start = span.start.offset + url.index;
    return { text: `${url[1]}#${url[2]}`, span: this.span(start, start + url[0].length) };
  }
}

/** A heading or label paragraph that states the status of the items under it. */
function groupStatus(node: RootContent, context: ExtractContext): Cell | null {
  if (node.type !== 'heading' && node.type !== 'paragraph') return null;
  const span = spanOf(node);
  const raw = context.source.slice(span.start.offset, span.end.offset);
  const pattern =
    node.type === 'heading'
      ? /\(([^()\n]+)\)\s*#*\s*$/d
      : /^\s*(?:\*\*|__)?([^:*_\n]+)(?:\*\*|__)?:\s*$/d;
  const match = pattern.exec(raw);
  if (!match || !STATUS_WORD.test(match[1].trim())) return null;
  const start = span.start.offset + (match.indices as RegExpIndicesArray)[1][0];
  return {
    text: match[1].trim(),
    span: { start: context.pointAt(start), end: context.pointAt(start + match[1].trim().length) },
  };
}

function listItems(
  nodes: readonly RootContent[],
  context: ExtractContext,
  reader: ListItemReader,
): ActionItem[] {
  const items: ActionItem[] = [];
  let status: Cell | null = null;
  nodes.forEach((node, index) => {
    if (node.type === 'heading') {
      status = groupStatus(node, context);
      return;
    }
    if (node.type === 'paragraph') {
      status = groupStatus(node, context) ?? status;
      return;
    }
    if (node.type !== 'list') return;
    // A bullet list right after a numbered one details its last item ("… made changes across:").
    const previous = nodes[index - 1];
    if (previous?.type === 'list' && previous.ordered && !node.ordered) return;
    for (const item of node.children) {
      const paragraph = item.children[0]?.type === 'paragraph' ? item.children[0] : null;
      const fields = reader.fields(item, paragraph);
      items.push({
        span: spanOf(item),
        id: reader.id(item, paragraph),
        action: paragraph ? { text: nodeText(paragraph).trim(), span: spanOf(paragraph) } : null,
        owner: fields.owner,
        deadline: fields.deadline,
        status: fields.status ?? status,
      });
    }
  });
  return items;
}

/** A list item labelled like a section (`- **Review actions**:` with a nested list). */
function labelledList(context: ExtractContext): { label: Span; list: RootContent[] } | null {
  const wanted = SECTION_NAMES.actionItems.map(normaliseTitle);
  for (const content of context.sections) {
    for (const node of content.nodes) {
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

const ACTION_POINT = /^\s*(?:\*\*|__)?action (?:points?|items?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;

/** `Action point: …` paragraphs scattered through the text, when there is no section for them. */
function actionPoints(context: ExtractContext, reader: ListItemReader): ActionItem[] {
  const seen = new Set<Paragraph>();
  const items: ActionItem[] = [];
  for (const content of context.sections) {
    for (const node of content.nodes) {
      if (node.type !== 'paragraph' || seen.has(node)) continue;
      seen.add(node);
      const span = spanOf(node);
      const label = ACTION_POINT.exec(context.source.slice(span.start.offset, span.end.offset));
      if (!label) continue;
      const start = span.start.offset + label[0].length;
      const fields = reader.fields(node, node);
      items.push({
        span,
        id: null,
        action: {
          text: context.source.slice(start, span.end.offset).trim(),
          span: { start: context.pointAt(start), end: span.end },
        },
        ...fields,
      });
    }
  }
  return items.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/**
 * The Action Items section (sub-sections included): a table whose header maps to the configured
 * column synonyms, else its lists (checkbox, `Owner:`/`Due:` fields, issue links). Without such a
 * heading: a labelled list item (`- **Review actions**:`), else `Action point:` paragraphs.
 */
export function extractActionItems(context: ExtractContext): ActionItems | null {
  const columns = context.options.actionItemColumns;
  const reader = new ListItemReader(context, columns);
  const index = findSectionIndex(
    context.sections.map((content) => content.section),
    SECTION_NAMES.actionItems,
  );
  if (index === -1) {
    const labelled = labelledList(context);
    if (labelled) {
      const items = listItems(labelled.list, context, reader);
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
  const { section, nodes } = context.sections[index];
  const tables = nodes
    .filter((node): node is Table => node.type === 'table')
    .map((table) => ({ table, map: columnMap(table.children[0], columns) }))
    .filter(
      ({ map }) =>
        map.action !== undefined ||
        map.owner !== undefined ||
        map.deadline !== undefined ||
        map.status !== undefined,
    );
  if (tables.length > 0) {
    return {
      span: section.span,
      format: 'table',
      columns: tables[0].table.children[0].children.map(cellOf),
      items: tables.flatMap(({ table, map }) => tableItems(table, map)),
    };
  }
  const items = listItems(nodes, context, reader);
  return { span: section.span, format: items.length > 0 ? 'list' : 'none', columns: [], items };
}
