import { describe, expect, test } from '@jest/globals';
import {
  DEFAULT_ACTION_ITEM_STATUS_OPTIONS,
  isOverdue,
  statusReader,
} from '../../src/practice/action-item-status.js';

const defaults = statusReader(DEFAULT_ACTION_ITEM_STATUS_OPTIONS);

describe('what an action-item status means', () => {
  test.each([
    ['Done', 'done'],
    ['✅ Done (merged in #12)', 'done'],
    ["Won't Do", 'done'],
    ['wont-do: replaced by AI-4', 'done'],
    ['Completed', 'done'],
    ['🔄 In Progress', 'open'],
    ['TODO', 'open'],
    ['Open', 'open'],
    ['Blocked on vendor', 'open'],
    ['Maybe later', 'unknown'],
    ['', 'unknown'],
  ])('%j is %s with the default statuses', (text, state) => {
    expect(defaults.state(text)).toBe(state);
  });

  test('an item without a status is unknown', () => {
    expect(defaults.state(null)).toBe('unknown');
  });

  test('reads the configured spelling, synonyms included, longest name first', () => {
    expect(defaults.read('completed 2026-02-07')).toBe('Done');
    expect(defaults.read('in progress')).toBe('In Progress');
    expect(defaults.read('Not started yet')).toBe('To Do');
  });

  test('configured statuses and done statuses replace the defaults', () => {
    const custom = statusReader({
      statuses: ['Done', 'To Do', 'Dropped'],
      doneStatuses: ['Done', 'Dropped'],
      statusSynonyms: { Abandoned: 'Dropped', Stale: 'Nowhere' },
    });
    expect(custom.state('Dropped')).toBe('done');
    expect(custom.state('Abandoned')).toBe('done');
    // Not configured here, so not a known status; a synonym of an unknown status is ignored.
    expect(custom.state("Won't Do")).toBe('unknown');
    expect(custom.state('Stale')).toBe('unknown');
  });
});

describe('overdue', () => {
  test('an item is overdue once its deadline has passed and it is not done', () => {
    expect(isOverdue('2026-02-05', 'open', '2026-02-06')).toBe(true);
    expect(isOverdue('2026-02-06', 'open', '2026-02-06')).toBe(false);
    expect(isOverdue('2026-02-05', 'done', '2026-02-06')).toBe(false);
  });

  test('an item whose status cannot be read has not been closed', () => {
    expect(isOverdue('2026-02-05', 'unknown', '2026-02-06')).toBe(true);
  });

  test('an item without a deadline is never overdue', () => {
    expect(isOverdue(null, 'open', '2026-02-06')).toBe(false);
  });
});

describe('the note written after a status', () => {
  test.each([
    ["Won't Do — replaced by AI-4", 'replaced by AI-4'],
    ['❌ Cancelled (covered by AI-2)', 'covered by AI-2'],
    ["won't do", ''],
    ['Done', ''],
    ['Maybe later', ''],
  ])('%j has the note %j', (text, note) => {
    expect(defaults.note(text)).toBe(note);
  });

  test("Cancelled and Won't Fix are spellings of Won't Do", () => {
    expect(['Cancelled', 'Canceled', "Won't Fix"].map((text) => defaults.read(text))).toEqual([
      "Won't Do",
      "Won't Do",
      "Won't Do",
    ]);
  });
});
