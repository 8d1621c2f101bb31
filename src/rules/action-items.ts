import type { ActionItem, Cell, Span } from '../model/types.js';
import { defineRule, type FileRuleContext } from './types.js';
import { addDays, daysBetween, findDate, isIsoDate, isoDay } from '../model/dates.js';
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
  /** Accepted priorities; an item's priority is optional. */
  priorities: string[];
  /** Days after the incident by which an open item of each priority must be due. */
  deadlineByPriority: Record<string, number>;
  /** Accepted action types; empty accepts any. */
  types: string[];
  /** A `Won't Do` item must say why. */
  requireReasonForWontDo: boolean;
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
  if (item.id && item.id.text !== '') return `Action item ${excerpt(item.id.text)}`;
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

/**
 * A deadline written another way at the start of the cell: in words (`Jul 16, 2026`, `16 July
 * 2026`; without a year, the incident's) or year first (`2026/07/16`). Digits in day-and-month
 * order (`10/02/2026`) are not read: the same text is a different day to different readers.
 */
function writtenDate(text: string, incidentDate: string | null): string | null {
  const bare = text.replace(/^[^\p{L}\p{N}]+/u, '');
  if (/^\d{1,2}[-/.]\d/.test(bare)) return null;
  const found = findDate(bare, incidentDate === null ? null : Number(incidentDate.slice(0, 4)));
  return found !== null && found.index === 0 ? found.iso : null;
}

/** Letters and digits only, lower case: `Won't Do` and `wont-do` compare equal. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The configured value `text` states, ignoring case and a trailing note (`P1 (urgent)`). */
function configuredValue(text: string, values: readonly string[]): string | null {
  const written = text.trim().toLowerCase();
  return (
    values.find((value) => {
      const wanted = value.toLowerCase();
      return (
        written === wanted ||
        (written.startsWith(wanted) && /[^\p{L}\p{N}]/u.test(written[wanted.length]))
      );
    }) ?? null
  );
}

/** Words that give the reason for not doing an item, when it is written in the action text. */
const REASON =
  /\b(?:because|since|due to|reason|instead|replaced|superseded|duplicate|obsolete|not needed|unnecessary|no longer|out of scope|decided|covered by)\b/i;

const WONT_DO = key("Won't Do");

/** An id that is a tracker reference rather than the item's own name. */
const TRACKER_REFERENCE = /#\d+$|^https?:\/\//;

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
  const priority = checkPriority(item, context);
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
    const written = deadline.text.trim();
    const isoPrefix = ISO_PREFIX.exec(written)?.[1] ?? null;
    const iso = isoPrefix ?? writtenDate(written, facts.incidentDate);
    // A date written another way is named as written too, so the reader sees which one was meant.
    const shown = isoPrefix === null ? `"${excerpt(written)}" (${iso})` : iso;
    if (written === '') {
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
        message: `${name} has deadline ${shown}, before the incident date ${facts.incidentDate}.`,
        span: deadline.span,
      });
    } else due = iso;
  }
  if (!status) {
    checkPriorityDeadline(item, context, { due, priority, incidentDate: facts.incidentDate });
    return;
  }
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
  const state = facts.statuses.state(stated);
  if (state !== 'done')
    checkPriorityDeadline(item, context, { due, priority, incidentDate: facts.incidentDate });
  if (
    context.options.requireReasonForWontDo &&
    key(stated) === WONT_DO &&
    facts.statuses.note(status.text) === '' &&
    !REASON.test(item.action?.text ?? '')
  ) {
    context.report({
      message: `${name} is ${firstLineExcerpt(status.text.trim(), 40)} without a reason: write why after the status ("${stated} — replaced by AI-5") or in the action text.`,
      span: status.span,
    });
  }
  if (due !== null && isOverdue(due, state, facts.today)) {
    const days = daysBetween(due, facts.today);
    context.report({
      message: `${name} is ${plural(days, 'day')} overdue: deadline ${due}, status ${stated}.`,
      span: deadline?.span ?? item.span,
      severity: 'warning',
      suggestion: 'Finish it, or agree a new deadline and record it here.',
    });
  }
}

/** The item's priority as configured (`P1`), reporting one that is not configured; null if none. */
function checkPriority(
  item: ActionItem,
  context: FileRuleContext<ActionItemsOptions>,
): string | null {
  const { priority, type } = item;
  const { priorities, types } = context.options;
  if (type && type.text !== '' && types.length > 0 && configuredValue(type.text, types) === null) {
    context.report({
      message: `${itemName(item)} has type "${excerpt(type.text)}", which is not one of ${types.join(', ')}.`,
      span: type.span,
    });
  }
  if (!priority || priority.text === '') return null;
  const known = configuredValue(priority.text, priorities);
  if (known === null) {
    context.report({
      message: `${itemName(item)} has priority "${excerpt(priority.text)}", which is not one of ${priorities.join(', ')}.`,
      span: priority.span,
    });
  }
  return known;
}

/** An open item due later than its priority allows (`deadlineByPriority` days after the incident). */
function checkPriorityDeadline(
  item: ActionItem,
  context: FileRuleContext<ActionItemsOptions>,
  facts: { due: string | null; priority: string | null; incidentDate: string | null },
): void {
  const { due, priority, incidentDate } = facts;
  if (due === null || priority === null || incidentDate === null) return;
  const windows = context.options.deadlineByPriority;
  const days = windows[Object.keys(windows).find((level) => key(level) === key(priority)) ?? ''];
  if (days === undefined) return;
  const limit = addDays(incidentDate, days);
  if (due <= limit) return;
  context.report({
    message: `${itemName(item)} (${priority}) has deadline ${due}, after ${limit}: ${priority} items are due within ${plural(days, 'day')} of the incident on ${incidentDate}.`,
    span: item.deadline?.span ?? item.span,
    suggestion: `Bring the deadline forward to ${limit} or earlier, or lower the priority.`,
  });
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
    // Several items may be tracked by one issue (`#631`, `acme/api#7`, a URL): not a duplicate.
    if (TRACKER_REFERENCE.test(id)) continue;
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
      "Requires an Action Items section whose items each have an owner, a valid deadline not before the incident (and within its priority's window), a known status, and a reason when Won't Do; flags duplicate ids and overdue open items.",
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
        priorities: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
          uniqueItems: true,
          description:
            'Accepted priorities (from a `Priority` column or field; case-insensitive, a trailing note allowed). An item need not have one.',
        },
        deadlineByPriority: {
          type: 'object',
          additionalProperties: { type: 'integer', minimum: 0 },
          description:
            'Days after the incident date by which an open item of each priority must be due, e.g. `{"P0": 7, "P1": 28, "P2": 56}`; a later deadline is an error naming both dates.',
        },
        types: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description:
            'Accepted action types (from a `Type` column or field), e.g. `["prevent", "detect", "mitigate", "process"]`; empty accepts any.',
        },
        requireReasonForWontDo: {
          type: 'boolean',
          description:
            "A `Won't Do` item must give its reason after the status (`Won't Do — replaced by AI-5`) or in the action text.",
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
      priorities: ['P0', 'P1', 'P2', 'P3'],
      deadlineByPriority: {},
      types: [],
      requireReasonForWontDo: true,
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
