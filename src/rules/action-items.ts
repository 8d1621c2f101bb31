import type { ActionItem, Cell, Span } from '../model/types.js';
import { defineRule, type FileRuleContext } from './types.js';
import { daysBetween, isIsoDate, isoDay } from '../model/dates.js';
import { excerpt, fileSpan, firstLineExcerpt, incidentDateOf } from './helpers/model.js';
import {
  DEFAULT_ACTION_ITEM_STATUS_OPTIONS,
  isOverdue,
  statusReader,
  type ActionItemStatusOptions,
  type StatusReader,
} from '../practice/action-item-status.js';
import { plural } from '../text/wording.js';

export type ActionItemsOptions = ActionItemStatusOptions & {
  /** Owner values that name nobody. */
  placeholderOwners: string[];
  /** Report action items written as a list instead of a table. */
  requireTable: boolean;
};

type CheckedField = 'owner' | 'deadline' | 'status';

const COLUMN_NAMES: Record<CheckedField, string> = {
  owner: 'Owner',
  deadline: 'Deadline',
  status: 'Status',
};

function quote(text: string, max = 60): string {
  return `"${firstLineExcerpt(text, max)}"`;
}

/** How an item is named in messages: its id, else its action, else its line. */
function itemName(item: ActionItem): string {
  if (item.id && item.id.text !== '') return `Action item ${excerpt(item.id.text, 40)}`;
  if (item.action && item.action.text !== '') return `Action item ${quote(item.action.text)}`;
  return `Action item on line ${item.span.start.line}`;
}

/** `owner, deadline or status`. */
function alternatives(words: readonly string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function headerSpan(columns: Cell[]): Span {
  return { start: columns[0].span.start, end: columns[columns.length - 1].span.end };
}

const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2})(?![\d-])/;

function checkItem(
  item: ActionItem,
  context: FileRuleContext<ActionItemsOptions>,
  facts: {
    incidentDate: string | null;
    today: string;
    placeholders: Set<string>;
    statuses: StatusReader;
    skip: Set<CheckedField>;
  },
): void {
  const name = itemName(item);
  const missing = (['owner', 'deadline', 'status'] as const).filter(
    (field) => item[field] === null && !facts.skip.has(field),
  );
  if (missing.length > 0) {
    context.report({
      message: `${name} has no ${alternatives(missing)}: every action item needs an owner, a YYYY-MM-DD deadline and a status.`,
      span: item.action?.span ?? item.span,
    });
  }

  const { owner, deadline, status } = item;
  if (owner && facts.placeholders.has(owner.text.trim().toLowerCase())) {
    const found =
      owner.text.trim() === '' ? 'an empty owner' : `placeholder owner "${excerpt(owner.text)}"`;
    context.report({
      message: `${name} has ${found}: name the person, role or team handle that will do it.`,
      span: owner.span,
    });
  }

  let due: string | null = null;
  if (deadline) {
    const iso = ISO_PREFIX.exec(deadline.text.trim())?.[1] ?? null;
    if (deadline.text.trim() === '') {
      context.report({
        message: `${name} has an empty deadline: write a YYYY-MM-DD date.`,
        span: deadline.span,
      });
    } else if (iso === null || !isIsoDate(iso)) {
      context.report({
        message: `${name} has deadline "${excerpt(deadline.text)}", which is not a valid YYYY-MM-DD date.`,
        span: deadline.span,
      });
    } else if (facts.incidentDate !== null && iso < facts.incidentDate) {
      context.report({
        message: `${name} has deadline ${iso}, before the incident date ${facts.incidentDate}.`,
        span: deadline.span,
      });
    } else due = iso;
  }

  if (!status) return;
  const stated = facts.statuses.read(status.text);
  if (stated === null) {
    context.report({
      message:
        status.text.trim() === ''
          ? `${name} has an empty status: use one of ${context.options.statuses.join(', ')}.`
          : `${name} has status "${excerpt(status.text)}", which is not one of ${context.options.statuses.join(', ')}.`,
      span: status.span,
    });
    return;
  }
  if (due !== null && isOverdue(due, facts.statuses.state(stated), facts.today)) {
    const days = daysBetween(due, facts.today);
    context.report({
      message: `${name} is ${plural(days, 'day')} overdue: deadline ${due}, status ${stated}.`,
      span: deadline?.span ?? item.span,
      severity: 'warning',
      suggestion: 'Finish it, or agree a new deadline and record it here.',
    });
  }
}

function checkDuplicateIds(
  items: ActionItem[],
  context: FileRuleContext<ActionItemsOptions>,
  placeholders: Set<string>,
): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const id = item.id?.text.trim();
    if (!item.id || !id || placeholders.has(id.toLowerCase())) continue;
    const key = id.toUpperCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, item.id.span.start.line);
    else {
      context.report({
        message: `Duplicate action-item id ${id} (also used on line ${first}): give each item its own id.`,
        span: item.id.span,
      });
    }
  }
}

export const actionItems = defineRule<ActionItemsOptions>({
  scope: 'file',
  meta: {
    id: 'action-items',
    description:
      'Requires an Action Items section whose items each have an owner, a valid deadline not before the incident, and a known status; flags duplicate ids and overdue open items.',
    defaultSeverity: 'error',
    severityNote: 'overdue items are warnings',
    tags: ['action-items', 'remediation'],
    optionsSchema: {
      type: 'object',
      properties: {
        statuses: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
          uniqueItems: true,
          description:
            'Accepted statuses (case-insensitive; emoji prefixes and trailing notes allowed).',
        },
        doneStatuses: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'Statuses that close an item: closed items are never overdue.',
        },
        statusSynonyms: {
          type: 'object',
          additionalProperties: { type: 'string', minLength: 1 },
          description:
            'Other spellings teams use, mapped to one of `statuses` (`Completed` → `Done`). Merged with the defaults; a synonym whose target is not in `statuses` is ignored.',
        },
        placeholderOwners: {
          type: 'array',
          items: { type: 'string' },
          uniqueItems: true,
          description: 'Owner values that name nobody (case-insensitive).',
        },
        requireTable: {
          type: 'boolean',
          description: 'Report action items written as a list instead of a table.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      ...DEFAULT_ACTION_ITEM_STATUS_OPTIONS,
      placeholderOwners: [
        '',
        'TBD',
        'TBA',
        '?',
        '-',
        '—',
        '–',
        'N/A',
        'NA',
        'none',
        'nobody',
        'unassigned',
      ],
      requireTable: false,
    },
  },
  check(context) {
    const { model, options } = context;
    const section = model.actionItems;
    if (!section) {
      context.report({
        message:
          'No Action Items section: add "## Action Items" with a table | ID | Action | Owner | Deadline | Status |.',
        span: fileSpan(model),
      });
      return;
    }
    if (section.items.length === 0) {
      context.report({
        message:
          'The Action Items section lists no items: add at least one, with an owner, a deadline and a status.',
        span: section.span,
      });
      return;
    }
    if (options.requireTable && section.format !== 'table') {
      context.report({
        message:
          'Action items are written as a list: write them as a table | ID | Action | Owner | Deadline | Status |.',
        span: section.span,
      });
    }
    const placeholders = new Set(
      options.placeholderOwners.map((owner) => owner.trim().toLowerCase()),
    );
    // A table without an Owner/Deadline/Status column is reported once, on its header row.
    const skip = new Set<CheckedField>();
    if (section.format === 'table' && section.columns.length > 0) {
      for (const field of ['owner', 'deadline', 'status'] as const) {
        if (section.items.every((item) => item[field] === null)) skip.add(field);
      }
      if (skip.size > 0) {
        const names = [...skip].map((field) => COLUMN_NAMES[field]);
        context.report({
          message: `The action-items table has no ${alternatives(names)} ${skip.size === 1 ? 'column' : 'columns'}: every item needs an owner, a YYYY-MM-DD deadline and a status.`,
          span: headerSpan(section.columns),
        });
      }
    }
    const facts = {
      incidentDate: incidentDateOf(model),
      today: isoDay(context.now),
      placeholders,
      statuses: statusReader(options),
      skip,
    };
    for (const item of section.items) checkItem(item, context, facts);
    checkDuplicateIds(section.items, context, placeholders);
  },
});
