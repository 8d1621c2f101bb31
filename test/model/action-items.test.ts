import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS, type ParseOptions } from '../../src/model/parse-options.js';
import type { ActionItem, ActionItems, Cell } from '../../src/model/types.js';
import { referenceText } from '../support/reference.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

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
  test('a "Follow-up timeline" is no action-items section: the items come from "Action Items"', () => {
    const items = itemsOf(
      '# Queue stall\n\n## Follow-up timeline (UTC)\n\n### 8:16 PM\nA report of slow logins.\n\n### 8:20 PM\nThe report is acknowledged.\n\n## Action Items\n- [ ] Add a latency alert\n',
    );
    expect(items?.span.start.line).toBe(11);
    expect(items?.items.map((item) => item.action?.text)).toEqual(['Add a latency alert']);
  });

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
      { id: 'acme/infra#42@8:16-62', owner: null, deadline: null, status: 'done@8:65-69' },
      { id: 'acme/infra#77@9:21-76', owner: null, deadline: null, status: null },
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

  test('a paragraph of the label alone ("Action Items", "**Follow-ups:**") right before a list', () => {
    const plain = [
      '# Outage',
      '',
      '## Detection',
      '',
      'A user told us.',
      '',
      'Action Items',
      '- Alert on expiring certificates',
      '',
      '- Move the host to the main project',
      '',
    ];
    const section = itemsOf(plain.join('\n')) as ActionItems;
    expect(section.span.start).toMatchObject({ line: 7, column: 1 });
    expect(section.items.map((item) => item.action?.text)).toEqual([
      'Alert on expiring certificates',
      'Move the host to the main project',
    ]);
    const bold = ['# Outage', '', '**Follow-ups:**', '', '- Add a probe', ''].join('\n');
    expect(itemsOf(bold)?.items.map((item) => item.action?.text)).toEqual(['Add a probe']);
    const table = [
      '# Outage',
      '',
      '**Action Items**',
      '',
      '| Action | Owner |',
      '|---|---|',
      '| Pin the build image | @web-team |',
      '',
    ];
    expect(
      itemsOf(table.join('\n'))?.items.map((item) => [item.action?.text, item.owner?.text]),
    ).toEqual([['Pin the build image', '@web-team']]);
    const sentence = ['# Outage', '', 'We list the action items below:', '', '- Add a probe', ''];
    expect(itemsOf(sentence.join('\n'))?.items.map((item) => item.action?.text)).toEqual([
      'Add a probe',
    ]);
    const remark = ['# Outage', '', 'These were the symptoms:', '', '- Slow pages', ''];
    expect(itemsOf(remark.join('\n'))).toBeNull();
  });

  test('a yes/no "Completed" column and a "Solution" column', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '| Problem | Solution | Completed |',
      '|---|---|---|',
      '| Disk filled up | Alert on disk usage | ✅ |',
      '| Sync lagged | Add a second node | ❌ |',
      '| Backups untested | Test a restore | 2025-07-01 |',
      '| Runbook missing | Write the runbook | |',
      '| Pager noise | Tune the alerts | partly |',
      '',
    ];
    expect(
      itemsOf(text.join('\n'))?.items.map((item) => [item.action?.text, item.status?.text]),
    ).toEqual([
      ['Alert on disk usage', 'Completed'],
      ['Add a second node', 'Open'],
      ['Test a restore', 'Completed'],
      ['Write the runbook', 'Open'],
      ['Tune the alerts', 'partly'],
    ]);
  });

  test('prose under a plan heading: only paragraphs that say what is to be done are items', () => {
    const text = [
      '# Outage',
      '',
      "## What's next?",
      '',
      'The CDN vendor contacted us the next evening and explained what went wrong on their side.',
      '',
      'This outage confirmed that keeping the worker portable was the right decision for us.',
      '',
      'Set up a second DNS provider so that one vendor cannot take the site down.',
      '',
      'We will publish a status page in the coming days.',
      '',
    ];
    expect(itemsOf(text.join('\n'))?.items.map((item) => item.action?.text)).toEqual([
      'Set up a second DNS provider so that one vendor cannot take the site down.',
      'We will publish a status page in the coming days.',
    ]);
  });

  test('a status in brackets opening an item: "(Done) …", "[In progress] …"', () => {
    const text = [
      '# Outage',
      '',
      '## Next steps',
      '',
      '- (Done) Roll the stop timeout out to every node.',
      '- [In progress] Alert on containers killed for memory.',
      '- Restrict the public RPC ports.',
      '',
    ];
    expect(itemsOf(text.join('\n'))?.items.map((item) => item.status?.text ?? null)).toEqual([
      'Done',
      'In progress',
      null,
    ]);
  });

  test('a plan section that advises readers is not the team’s: the next one is read', () => {
    const text = [
      '# Outage',
      '',
      '## Prevention',
      '',
      'Node operators should do all of the following:',
      '',
      '1. Run version 2.4 or later.',
      '2. Back up the data volume every day.',
      '',
      '## Next steps',
      '',
      '- Ship a safe shutdown timeout in the chart (owner: @infra, due 2026-04-01)',
      '',
    ];
    expect(itemsOf(text.join('\n'))?.items.map((item) => item.owner?.text)).toEqual(['@infra']);
  });

  test('an issue column that names the work, and an "Outcome" column as the status', () => {
    const text = [
      '# Outage',
      '',
      '## Follow-up issues',
      '',
      '| Issue | Raised by | Outcome |',
      '|---|---|---|',
      '| #12 — alert on swallowed upload errors | The review | Resolved by PR #15 |',
      '| #13 | The review | Open |',
      '',
    ];
    expect(
      itemsOf(text.join('\n'))?.items.map((item) => [
        item.id?.text,
        item.action?.text ?? null,
        item.status?.text,
      ]),
    ).toEqual([
      [
        '#12 — alert on swallowed upload errors',
        '#12 — alert on swallowed upload errors',
        'Resolved by PR #15',
      ],
      ['#13', null, 'Open'],
    ]);
  });

  test('a bold label alone ("**Next Steps**") over paragraphs: one item per paragraph', () => {
    const text = [
      '# Outage',
      '',
      '## What happened',
      '',
      'The relayer stalled on a stuck nonce.',
      '',
      '**Next Steps**',
      '',
      'We will alert on the queue depth of the relayer.',
      '',
      'The relayer will reset a nonce that stays pending too long.',
      '',
      '**Thanks**',
      '',
      'To everyone who helped during the night.',
      '',
    ];
    const section = itemsOf(text.join('\n')) as ActionItems;
    expect(section.span.start).toMatchObject({ line: 7, column: 1 });
    expect(section.items.map((item) => item.action?.text)).toEqual([
      'We will alert on the queue depth of the relayer.',
      'The relayer will reset a nonce that stays pending too long.',
    ]);
    // A bold word opening a sentence is no label.
    const sentence = [
      '# Outage',
      '',
      '**Next steps** are still being discussed.',
      '',
      'More soon.',
    ];
    expect(itemsOf(sentence.join('\n'))).toBeNull();
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

  test('fields written inline after the action: dashes, a group, labels without a colon', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '- Add a schema check — owner: @platform, due 2026-03-20',
      '- Write the runbook — @sre-team — 2026-03-25',
      '- Rotate the keys (owner: @sec, due: 2026-03-30, P1, prevent)',
      '- Cap retries. DRI: @api-team, Priority: P0, Type: mitigate',
      "- Drop the legacy queue - won't do: replaced by the new broker",
      '',
    ].join('\n');
    const items = (itemsOf(text) as ActionItems).items;
    expect(items.map(summary)).toEqual([
      { id: null, owner: '@platform@5:31-40', deadline: '2026-03-20@5:46-56', status: null },
      { id: null, owner: '@sre-team@6:23-32', deadline: '2026-03-25@6:35-45', status: null },
      { id: null, owner: '@sec@7:27-31', deadline: '2026-03-30@7:38-48', status: null },
      { id: null, owner: '@api-team@8:21-30', deadline: null, status: null },
      {
        id: null,
        owner: null,
        deadline: null,
        status: "won't do: replaced by the new broker@9:27-63",
      },
    ]);
    expect(items.map((item) => [at(item.priority), at(item.type)])).toEqual([
      [null, null],
      [null, null],
      ['P1@7:50-52', 'prevent@7:54-61'],
      ['P0@8:42-44', 'mitigate@8:52-60'],
      [null, null],
    ]);
  });

  test('Who, DRI, Priority and Type columns', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '| Action | Who | Due | Priority | Type | Status |',
      '|---|---|---|---|---|---|',
      '| Add an alert | @sre | 2026-03-01 | P1 | detect | To Do |',
      '',
      '| Task | DRI | Due |',
      '|---|---|---|',
      '| Shard the queue | @db | 2026-03-09 |',
      '',
    ].join('\n');
    const items = (itemsOf(text) as ActionItems).items;
    expect(
      items.map((item) => [item.owner?.text, item.priority?.text ?? null, item.type?.text ?? null]),
    ).toEqual([
      ['@sre', 'P1', 'detect'],
      ['@db', null, null],
    ]);
  });

  test('status labels and headings give the status of the items under them', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      'In progress (next 2 weeks):',
      '',
      '- Shard the queue',
      '',
      '**Done:**',
      '',
      '- Paged the vendor',
      '',
      'Later:',
      '',
      '- Review the quotas',
      '',
      '**TODO**: document the failover (@sre, due 2026-04-01)',
      '',
      '### Completed',
      '',
      '- Restored the backups',
      '',
    ].join('\n');
    const items = (itemsOf(text) as ActionItems).items;
    expect(items.map((item) => [item.action?.text, at(item.status)])).toEqual([
      ['Shard the queue', 'In progress (next 2 weeks)@5:1-27'],
      ['Paged the vendor', 'Done@9:3-7'],
      ['Review the quotas', null],
      ['document the failover (@sre, due 2026-04-01)', 'TODO@17:3-7'],
      ['Restored the backups', 'Completed@19:5-14'],
    ]);
    expect(at(items[3].owner)).toBe('@sre@17:34-38');
  });

  test('a tracker reference is the id: #123, owner/repo#123, issue and pull URLs, Jira keys', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '- Fix the pool, see #123',
      '- Fix the alert in acme/api#45',
      '- Add a probe https://github.com/acme/api/pull/7',
      '- Add a probe on the replica [here](https://ghe.example.com/ops/db/issues/9)',
      '- Move the DNS zone (Jira OPS-12)',
      '- Pin the resolver [OPS-9](https://acme.atlassian.net/browse/OPS-9)',
      '- Read the [design doc](https://github.com/acme/api/blob/main/doc.md)',
      '',
      '## Remediation',
      '',
      '| Action | Owner |',
      '|---|---|',
      '| Add a limit ([tracking](https://github.com/acme/api/issues/88)) | @api |',
      '',
    ].join('\n');
    const [list, table] = text.split('## Remediation');
    const ids = (part: string): Array<string | null> =>
      (itemsOf(part) as ActionItems).items.map((item) => item.id?.text ?? null);
    expect([...ids(list), ...ids(`# Outage\n\n## Remediation${table}`)]).toEqual([
      '#123',
      'acme/api#45',
      'acme/api#7',
      'https://ghe.example.com/ops/db/issues/9',
      'OPS-12',
      'OPS-9',
      null,
      'acme/api#88',
    ]);
  });

  test('template guidance bullets are not items', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '- Follow-up tasks with owners and due dates',
      '- *List each change that prevents a recurrence*',
      '- [Action item]',
      '',
    ].join('\n');
    expect(itemsOf(text)).toMatchObject({ format: 'none', items: [] });
  });

  test('a status page without headings: a label or a lead-in to the work, then a list', () => {
    const label =
      'The database host was overloaded.\n\nPreventive Measures:\n\n- Spread heavy queries over the cluster\n';
    expect(itemsOf(label)?.items.map((item) => item.action?.text)).toEqual([
      'Spread heavy queries over the cluster',
    ]);
    const ledIn =
      'Jobs piled up.\n\nTo prevent this from happening again, we will:\n\n- Alert on queue depth\n- Give limit emails their own queue\n';
    expect(itemsOf(ledIn)?.items.map((item) => item.action?.text)).toEqual([
      'Alert on queue depth',
      'Give limit emails their own queue',
    ]);
  });

  test('a sub-section listing problems ("### Identified Problems") holds no items', () => {
    const text = [
      '# Outage',
      '',
      '## Future Work',
      '',
      '### Identified Problems',
      '',
      '- Only one route to the routers',
      '',
      '### Improvement Plan',
      '',
      '- Add a second jump host',
      '',
    ].join('\n');
    expect(itemsOf(text)?.items.map((item) => item.action?.text)).toEqual([
      'Add a second jump host',
    ]);
  });

  test('a list led in as causes ("… were due to missing tests:") holds no items', () => {
    const text = [
      '# Outage',
      '',
      '## Prevention',
      '',
      'All of the failures were due to gaps in testing:',
      '',
      '- The upgrade path had no test',
      '',
      'Some gaps came from complex inputs. We can still add a few rules:',
      '',
      '1. Every feature ships with a test',
      '',
    ].join('\n');
    expect(itemsOf(text)?.items.map((item) => item.action?.text)).toEqual([
      'Every feature ships with a test',
    ]);
  });

  test('a remark on the items before it ("These safeguards will …") is not one more', () => {
    const text = [
      '# Outage',
      '',
      '## Next Steps',
      '',
      '- Cache the flag values for a day',
      '- These safeguards will make a provider outage harmless',
      '- These two dashboards need an owner (owner: @sre)',
      '',
    ].join('\n');
    expect(itemsOf(text)?.items.map((item) => item.action?.text)).toEqual([
      'Cache the flag values for a day',
      'These two dashboards need an owner (owner: @sre)',
    ]);
  });

  test('sub-headings with detail below are the items; a handle in the heading is the owner', () => {
    const text = [
      '# Disk full',
      '',
      '## Resulting Actions',
      '',
      '#### @sam Disk alert added',
      '',
      'An alert now fires at 90% disk use.',
      '',
      '#### 2) Archive pruning scheduled by `@lee.k`',
      '',
      'A nightly job removes archives older than a week. Due: Mar 9, 2026',
      '',
      '#### Runbook written (done)',
      '',
      '```sh',
      'df -h /var',
      '```',
      '',
      '#### Nothing below and nobody named',
      '',
    ].join('\n');
    const section = itemsOf(text) as ActionItems;
    expect(section.format).toBe('list');
    expect(section.items.map(summary)).toEqual([
      { id: null, owner: '@sam@5:6-10', deadline: null, status: null },
      { id: null, owner: '@lee.k@9:39-45', deadline: 'Mar 9, 2026@11:56-67', status: null },
      { id: null, owner: null, deadline: null, status: 'done@13:23-27' },
    ]);
    expect(section.items.map((item) => at(item.action))).toEqual([
      '@sam Disk alert added@5:6-27',
      '2) Archive pruning scheduled by @lee.k@9:6-46',
      'Runbook written (done)@13:6-28',
    ]);
    expect(section.items[0].span).toMatchObject({ start: { line: 5 }, end: { line: 7 } });
  });

  test('sub-headings that group lists, or state a status, are not items themselves', () => {
    const grouped = [
      '# Outage',
      '',
      '## Next steps',
      '',
      '### Short term',
      '',
      '- Add a queue alert (@sre)',
      '',
      '### Long term',
      '',
      'We will look at sharding later.',
      '',
    ].join('\n');
    expect(itemsOf(grouped)?.items.map((item) => item.action?.text)).toEqual([
      'Add a queue alert (@sre)',
    ]);
    const nested = [
      '# Outage',
      '',
      '## Preventive measures',
      '',
      '### Completed',
      '',
      '#### @sam Disk alert added',
      '',
      'It fires at 90%.',
      '',
      '### Planned',
      '',
      '#### @lee Archive pruning',
      '',
      'Nightly.',
      '',
    ].join('\n');
    expect(itemsOf(nested)?.items.map((item) => [item.action?.text, at(item.status)])).toEqual([
      ['@sam Disk alert added', 'Completed@5:5-14'],
      ['@lee Archive pruning', 'Planned@11:5-12'],
    ]);
  });

  test('a status label naming several statuses of one kind gives it; a mixed one does not', () => {
    const text = [
      '# Outage',
      '',
      '## Remediation',
      '',
      '### Planned actions (planned or in-progress)',
      '',
      '1. Add a queue alert',
      '',
      '### Short term (completed or in progress)',
      '',
      '- Drain the old pool',
      '',
      'Done / closed:',
      '',
      '- Page the vendor',
      '',
    ].join('\n');
    expect(itemsOf(text)?.items.map((item) => at(item.status))).toEqual([
      'planned or in-progress@5:22-44',
      null,
      'Done / closed@13:1-14',
    ]);
  });

  test('a labelled deadline written with a comma keeps its year', () => {
    const text =
      '# Outage\n\n## Action Items\n\n- Add an alert. Due: Jul 16, 2026, Owner: @sre\n- Drain the pool (@db, due 16 July 2026, to do)\n- Page on lag (@db, due Jul 16, 2026)\n';
    expect(itemsOf(text)?.items.map(summary)).toEqual([
      { id: null, owner: '@sre@5:43-47', deadline: 'Jul 16, 2026@5:22-34', status: null },
      { id: null, owner: '@db@6:19-22', deadline: '16 July 2026@6:28-40', status: 'to do@6:42-47' },
      { id: null, owner: '@db@7:16-19', deadline: 'Jul 16, 2026@7:25-37', status: null },
    ]);
  });

  describe('linear time on hostile items (issue 13)', () => {
    /**
     * Time of the extraction of `section(size)` at `base` and twice it: their ratio (~2×). Input
     * that is work for every extractor (many headings, many words) is measured at a smaller base.
     */
    const growth = (section: (size: number) => string, base = 100_000): number =>
      growthRatio((size) => `# Outage\n\n## Action Items\n\n${section(size)}\n`, itemsOf, base, {
        repeat: 3,
      });

    test('a table header with many "(" and no ")"', () => {
      expect(
        growth((size) => `| Action ${'(a'.repeat(size / 2)} | Owner |\n|---|---|\n| a | b |`),
      ).toBeLessThan(LINEAR_GROWTH);
    });

    test('an inline field with a long run of spaces in its value', () => {
      expect(growth((size) => `- Owner: a${' '.repeat(size)}b`)).toBeLessThan(LINEAR_GROWTH);
    });

    test('a long run of spaces before a dash part', () => {
      expect(growth((size) => `- Fix it${' '.repeat(size)}x — @sre`)).toBeLessThan(LINEAR_GROWTH);
    });

    test('a long run of spaces in a status label', () => {
      expect(growth((size) => `**Done${' '.repeat(size)}x:**\n\n- a`)).toBeLessThan(LINEAR_GROWTH);
    });

    test('many heading items, and a long heading before its closing marks', () => {
      const items = (size: number): string => '#### @a Fix\n\nDetail.\n\n'.repeat(size / 20);
      expect(growth(items, 20_000)).toBeLessThan(LINEAR_GROWTH);
      expect(growth((size) => `#### @a Fix${' a'.repeat(size / 2)} ##\n\nDetail.`)).toBeLessThan(
        LINEAR_GROWTH,
      );
    });
  });
});
