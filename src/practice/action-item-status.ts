/**
 * What an action item's status means, for the lint and the reports alike: a status is one of the
 * configured `statuses` (or a synonym of one), and it is done when it is one of `doneStatuses`.
 * Nothing else decides whether an item is finished or overdue.
 */

export interface ActionItemStatusOptions {
  /** Accepted statuses (case-insensitive; emoji prefixes and trailing notes allowed). */
  statuses: string[];
  /** Statuses that close an item: closed items are never overdue. */
  doneStatuses: string[];
  /** Other spellings teams use, mapped to one of `statuses` (`Completed` → `Done`). */
  statusSynonyms: Record<string, string>;
}

export const DEFAULT_ACTION_ITEM_STATUS_OPTIONS: ActionItemStatusOptions = {
  statuses: ['Done', 'In Progress', 'To Do', 'Scheduled', 'Blocked', "Won't Do"],
  doneStatuses: ['Done', "Won't Do"],
  statusSynonyms: {
    Completed: 'Done',
    Complete: 'Done',
    Closed: 'Done',
    Fixed: 'Done',
    Resolved: 'Done',
    WIP: 'In Progress',
    Ongoing: 'In Progress',
    Open: 'To Do',
    'Not Started': 'To Do',
    Planned: 'Scheduled',
    "Won't Fix": "Won't Do",
    Cancelled: "Won't Do",
    Canceled: "Won't Do",
  },
};

/** `done`: finished (never overdue); `open`: still to do; `unknown`: no status, or none configured. */
export type ActionItemState = 'done' | 'open' | 'unknown';

/** Letters and digits only, lower case: `Won't Do`, `wont-do` and `WONTDO` compare equal. */
function statusKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** `Won't Do` → a pattern matching the words with any separators, as a whole-word prefix. */
function statusPattern(name: string): RegExp {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  return new RegExp(`^${words.join('[^\\p{L}\\p{N}]*')}(?![\\p{L}\\p{N}])`, 'iu');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Separators and brackets around a note are not part of it: `— (cost)` → `cost`. Scanned from
 * both ends, so a long run of blanks costs one pass.
 */
function trimToWords(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !WORD_CHARACTER.test(text[start])) start++;
  while (end > start && !WORD_CHARACTER.test(text[end - 1])) end--;
  return text.slice(start, end);
}

export interface StatusReader {
  /** The configured status a cell states (emoji prefix and trailing note ignored), or null. */
  read(text: string): string | null;
  /** The state of a status as written (null when the item has none). */
  state(text: string | null): ActionItemState;
  /** What is written after the status (`Won't Do — replaced by AI-4` → `replaced by AI-4`), or ''. */
  note(text: string): string;
}

function buildStatusReader(options: ActionItemStatusOptions): StatusReader {
  // Spelling key → [spelling, status]. A synonym counts only when it maps to a configured
  // status; a configured status always wins over a synonym spelt the same.
  const names = new Map<string, [string, string]>();
  const configured = new Map(options.statuses.map((status) => [statusKey(status), status]));
  for (const [synonym, target] of Object.entries(options.statusSynonyms)) {
    const status = configured.get(statusKey(target));
    if (status !== undefined) names.set(statusKey(synonym), [synonym, status]);
  }
  for (const status of options.statuses) names.set(statusKey(status), [status, status]);
  // Longest first, so `In Progress` wins over a configured `In`.
  const patterns = [...names.values()]
    .sort(([a], [b]) => b.length - a.length)
    .map(([name, status]) => ({ pattern: statusPattern(name), status }));
  const done = new Set(options.doneStatuses.map(statusKey));
  const matchOf = (text: string): { status: string; rest: string } | null => {
    const bare = text.replace(/^[^\p{L}\p{N}]+/u, '');
    for (const { pattern, status } of patterns) {
      const match = pattern.exec(bare);
      if (match) return { status, rest: bare.slice(match[0].length) };
    }
    return null;
  };
  const read = (text: string): string | null => matchOf(text)?.status ?? null;
  return {
    read,
    note(text) {
      return trimToWords(matchOf(text)?.rest ?? '');
    },
    state(text) {
      const status = text === null ? null : read(text);
      if (status === null) return 'unknown';
      return done.has(statusKey(status)) ? 'done' : 'open';
    },
  };
}

/** Readers per options object: the configuration resolves once, so patterns compile once per run. */
const statusReaders = new WeakMap<ActionItemStatusOptions, StatusReader>();

export function statusReader(options: ActionItemStatusOptions): StatusReader {
  let reader = statusReaders.get(options);
  if (reader === undefined) {
    reader = buildStatusReader(options);
    statusReaders.set(options, reader);
  }
  return reader;
}

/**
 * An item is overdue on `today` (ISO day) when its deadline has passed and it is not done: an item
 * whose status is missing or unreadable has not been closed, so it counts as open here (the lint
 * also reports the status itself).
 */
export function isOverdue(deadline: string | null, state: ActionItemState, today: string): boolean {
  return deadline !== null && deadline < today && state !== 'done';
}
