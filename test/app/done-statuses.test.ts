import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { indexPostmortems } from '../../src/app/corpus.js';
import { lintPostmortems } from '../../src/app/lint.js';
import { buildTrendReport } from '../../src/app/report.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { ConfigFile, ResolvedConfig } from '../../src/config/types.js';
import { config as defaultConfig, tempTree } from '../support/lint.js';
import { incidentWithItemStatuses, ITEM_ACTIONS } from '../support/trend-postmortems.js';

/**
 * One meaning of "done" (src/practice/action-item-status.ts, from the configured `action-items`
 * statuses and doneStatuses) for the lint and the trend report: for every configuration and status
 * below, the items the lint calls overdue are exactly the report's overdue items and its count.
 */

const NOW = new Date('2026-02-06T12:00:00Z');

const CUSTOM_STATUSES = {
  statuses: ['Done', 'To Do', 'Dropped'],
  doneStatuses: ['Done', 'Dropped'],
};
const configs: Record<string, ResolvedConfig> = {
  default: defaultConfig(),
  custom: resolveConfig({ rules: { 'action-items': CUSTOM_STATUSES } }, null, process.cwd()),
  'custom, rule off': resolveConfig(
    { rules: { 'action-items': { severity: 'off', ...CUSTOM_STATUSES } } } as ConfigFile,
    null,
    process.cwd(),
  ),
};

async function overdueBoth(
  config: ResolvedConfig,
  statuses: string[],
): Promise<{ lint: string[]; report: string[]; counted: number }> {
  const root = tempTree({ 'postmortems/a.md': incidentWithItemStatuses(statuses) });
  const files = [join(root, 'postmortems/a.md')];
  const linted = await lintPostmortems({ files, config, now: NOW });
  const lines = incidentWithItemStatuses(statuses).split('\n');
  const itemOf = (line: number): string =>
    ITEM_ACTIONS.find((action) => lines[line - 1].includes(action)) ?? `line ${line}`;
  // An overdue warning names the item; an unknown status is an error about the status instead.
  const lint = linted.results[0].diagnostics
    .filter((d) => d.ruleId === 'action-items')
    .map((d) =>
      / overdue: /.test(d.message)
        ? itemOf(d.line)
        : / which is not one of /.test(d.message)
          ? `${itemOf(d.line)} (unknown status)`
          : d.message,
    );
  const index = await indexPostmortems({ files, config, now: NOW, pathOf: (path) => path });
  const report = buildTrendReport(index, config, { now: NOW, since: null, until: null });
  return {
    lint: lint.sort(),
    report: report.overdueActionItems.map((item) => item.action ?? '').sort(),
    counted: report.current.actionItems.overdue,
  };
}

describe('done statuses: the lint and the report agree', () => {
  test.each([
    ['default', ["Won't Do", 'To Do', 'Done'], ['Second item']],
    ['default', ['wont-do', 'Completed (2026-01-09)', 'Open'], ['Third item']],
    ['default', ['To Do', 'In Progress', 'Blocked'], ITEM_ACTIONS],
    ['custom', ['Dropped', 'To Do', 'Done'], ['Second item']],
    ['custom', ['Dropped', 'Dropped', 'Dropped'], []],
    ['custom, rule off', ['Dropped', 'To Do', 'Done'], ['Second item']],
  ])('%s config, statuses %j: overdue %j', async (name, statuses, expected) => {
    const found = await overdueBoth(configs[name], statuses);
    expect(found.report).toEqual(expected);
    expect(found.counted).toBe(expected.length);
    // The rule does not run when off; when it runs it flags the same items.
    expect(found.lint).toEqual(name === 'custom, rule off' ? [] : expected);
  });

  test("a status the configuration does not know (Won't Do, custom statuses) is not done: overdue in the report, a status error in the lint", async () => {
    const found = await overdueBoth(configs.custom, ["Won't Do", 'To Do', 'Done']);
    expect(found.report).toEqual(['First item', 'Second item']);
    expect(found.counted).toBe(2);
    expect(found.lint).toEqual(['First item (unknown status)', 'Second item']);
  });
});
