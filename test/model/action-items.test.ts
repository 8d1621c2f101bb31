import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from '../../src/model/parse-options.js';
import type { ActionItem, ActionItems, Cell } from '../../src/model/types.js';
import { referenceText } from '../support/reference.js';

function itemsOf(text: string, options: ParseOptions = DEFAULT_PARSE_OPTIONS): ActionItems | null {
  return buildPostmortem('test.md', text, options).actionItems;
}

const at = (cell: Cell | null): string | null =>
  cell
    ? `${cell.text}@${cell.span.start.line}:${cell.span.start.column}-${cell.span.end.column}`
    : null;

function summary(item: ActionItem): Record<string, string | null> {
  return {
    id: at(item.id),
    owner: at(item.owner),
    deadline: at(item.deadline),
    status: at(item.status),
  };
}

describe('action-item extraction', () => {
  test('reads the reference table, cells with content spans', () => {
    const section = itemsOf(referenceText());
    expect(section?.format).toBe('table');
    expect(section?.columns.map((c) => c.text)).toEqual([
      'ID',
      'Action',
      'Owner',
      'Deadline',
      'Status',
    ]);
    expect(section?.items).toHaveLength(8);
    const first = section?.items[0] as ActionItem;
    expect(first.id?.text).toBe('AI-001');
    expect(first.status?.text).toBe('✅ Done');
    expect(first.deadline?.span.start.line).toBe(first.span.start.line);
  });

  test('maps header synonyms case-insensitively, markup stripped; sub-sections included', () => {
    const text = [
      '# Outage',
      '',
      '## Remediation',
      '',
      '### Now',
      '',
      '| **Task** | assignee | Due date | STATE |',
      '|---|---|---|---|',
      '| Add alert | `@sre` | 2026-03-01 | To Do |',
      '',
    ].join('\n');
    const section = itemsOf(text);
    expect(section?.format).toBe('table');
    expect(summary(section?.items[0] as ActionItem)).toEqual({
      id: null,
      owner: '@sre@9:15-21',
      deadline: '2026-03-01@9:24-34',
      status: 'To Do@9:37-42',
    });
  });

  test('configured column spellings', () => {
    const options = {
      ...DEFAULT_PARSE_OPTIONS,
      actionItemColumns: { ...DEFAULT_PARSE_OPTIONS.actionItemColumns, owner: ['Driver'] },
    };
    const text = '# Outage\n\n## Action Items\n\n| Action | Driver |\n|---|---|\n| Fix | @a |\n';
    expect(itemsOf(text, options)?.items[0].owner?.text).toBe('@a');
    expect(itemsOf(text)?.items[0].owner).toBeNull();
  });

  test('a status written in bold in another column when there is no Status column', () => {
    const text =
      '# Outage\n\n## Action Items\n\n| Action | Owner | Bug |\n|---|---|---|\n| Fix | ann | n/a **DONE** |\n';
    expect(at(itemsOf(text)?.items[0].status ?? null)).toBe('DONE@7:19-27');
  });

  test('checkbox lists with trailing (@owner, due date), fields and ids', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '- [x] Add the alert (@sre-team, due 2026-03-01)',
      '- [ ] AI-7: Write the runbook',
      '- Tune the pool. **Owner:** @db, **Due:** 2026-03-09, Status: In Progress',
      '- Rotate keys ([#42](https://github.com/acme/infra/issues/42)) (done)',
      '- Audit limits, see [tracking issue](https://github.com/acme/infra/pull/77)',
      '',
    ].join('\n');
    const section = itemsOf(text) as ActionItems;
    expect(section.format).toBe('list');
    expect(section.items.map(summary)).toEqual([
      {
        id: null,
        owner: '@sre-team@5:22-31',
        deadline: '2026-03-01@5:37-47',
        status: 'Done@5:3-6',
      },
      { id: 'AI-7@6:7-11', owner: null, deadline: null, status: 'To Do@6:3-6' },
      {
        id: null,
        owner: '@db@7:29-32',
        deadline: '2026-03-09@7:43-53',
        status: 'In Progress@7:63-74',
      },
      { id: '#42@8:16-62', owner: null, deadline: null, status: 'done@8:65-69' },
      { id: 'infra#77@9:21-76', owner: null, deadline: null, status: null },
    ]);
    expect(section.items[1].action?.text).toBe('AI-7: Write the runbook');
  });

  test('a heading or label that states a status applies to the items under it', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '### Immediate actions (Completed)',
      '',
      '- Halted the pool',
      '',
      '### Later',
      '',
      '- Add a circuit breaker',
      '',
      'Done:',
      '',
      '- Paged the vendor',
      '',
    ].join('\n');
    expect(itemsOf(text)?.items.map((item) => at(item.status))).toEqual([
      'Completed@5:24-33',
      null,
      'Done@13:1-5',
    ]);
  });

  test('a bullet list right after a numbered item details it, and is not a separate item', () => {
    const text = [
      '# Outage',
      '',
      '## Next Steps',
      '',
      '1. **Migrate the table**',
      '',
      '- copy rows',
      '- switch reads',
      '',
      '2. **Monitor**',
      '',
    ].join('\n');
    expect(itemsOf(text)?.items.map((item) => item.action?.text)).toEqual([
      'Migrate the table',
      'Monitor',
    ]);
  });

  test('a list item labelled "Review actions" outside any such heading', () => {
    const text = [
      '# Outage',
      '',
      '- **Impact**: small',
      '- **Review actions**:',
      '  - Add a probe [#9](https://example.com/9)',
      '  - Rotate on-call',
      '',
    ].join('\n');
    const section = itemsOf(text) as ActionItems;
    expect(section.span.start).toMatchObject({ line: 4, column: 3 });
    expect(section.items.map((item) => [item.action?.text, item.id?.text ?? null])).toEqual([
      ['Add a probe #9', '#9'],
      ['Rotate on-call', null],
    ]);
  });

  test('"Action point:" paragraphs when there is no section', () => {
    const text = [
      '# Outage',
      '',
      '## Lessons',
      '',
      'We learnt a lot.',
      '',
      '**Action point:** add a canary (owner: @sre)',
      '',
    ].join('\n');
    const section = itemsOf(text) as ActionItems;
    expect(section.span.start.line).toBe(7);
    expect(section.items.map((item) => [at(item.action), at(item.owner)])).toEqual([
      ['add a canary (owner: @sre)@7:19-45', '@sre@7:40-44'],
    ]);
  });

  test('no section gives null; an empty one gives format none', () => {
    expect(itemsOf('# Outage\n\nNothing.\n')).toBeNull();
    expect(itemsOf('# Outage\n\n## Action Items\n\nNone yet.\n')).toMatchObject({
      format: 'none',
      items: [],
    });
  });
});
