import { config, lintOne, places, ruleFindings } from '../support/lint.js';
import { described, documentedAndReferenceTests } from './rule-findings.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const ID = 'action-items';
const NOW = new Date('2026-02-06T12:00:00Z');

function findings(text: string, options?: Record<string, unknown>, now = NOW): Diagnostic[] {
  return ruleFindings(ID, text, { options, now });
}

/** A postmortem dated 2026-02-01 whose action-items table has the given rows. */
function withRows(...rows: string[]): string {
  return [
    '# Postmortem: queue stall',
    '',
    '**Incident ID:** INC-2026-0201-001',
    '**Date:** 2026-02-01',
    '',
    '## Action Items',
    '',
    '| ID | Action | Owner | Deadline | Status |',
    '|----|--------|-------|----------|--------|',
    ...rows,
    '',
  ].join('\n');
}

describe('action-items', () => {
  documentedAndReferenceTests(ID);

  test('accepts statuses with emoji prefixes, trailing notes, other casing and synonyms', () => {
    const text = withRows(
      '| A-1 | one | @a | 2026-02-10 | ✅ Done (policy updated) |',
      '| A-2 | two | @a | 2026-02-10 | 🔄 in progress |',
      '| A-3 | three | @a | 2026-02-10 | 📋 TODO |',
      '| A-4 | four | @a | 2026-02-10 | 📅 Scheduled for Monday |',
      "| A-5 | five | @a | 2026-02-10 | won't do — covered by A-6 |",
      '| A-6 | six | @a | 2026-02-10 | Completed |',
      '| A-7 | seven | @a | 2026-02-10 | Blocked - waiting on vendor |',
    );
    expect(findings(text)).toEqual([]);
  });

  test('reports unknown and empty statuses on the cell', () => {
    const text = withRows(
      '| A-1 | one | @a | 2026-02-10 | Doneish |',
      '| A-2 | two | @a | 2026-02-10 | |',
    );
    const found = findings(text);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['10:33', '11:31']);
    expect(found[0].message).toContain('"Doneish"');
    expect(found[1].message).toContain('empty status');
  });

  test('custom statuses replace the defaults; synonyms of unconfigured statuses are dropped', () => {
    const text = withRows(
      '| A-1 | one | @a | 2026-02-10 | Done |',
      '| A-2 | two | @a | 2026-02-10 | Triaged |',
      '| A-3 | three | @a | 2026-02-10 | open |',
      '| A-4 | four | @a | 2026-02-10 | Completed |',
      '| A-5 | five | @a | 2026-02-10 | Shipping |',
    );
    const options = {
      statuses: ['Triaged', 'Open', 'Shipped'],
      statusSynonyms: { Shipping: 'shipped' },
    };
    expect(findings(text, options).map((d) => d.line)).toEqual([10, 13]);
  });

  test.each(['TBA', '?', '-', 'N/A', 'None', 'unassigned', ''])(
    'placeholder owner "%s" is reported',
    (owner) => {
      const found = findings(withRows(`| A-1 | one | ${owner} | 2026-02-10 | To Do |`));
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(owner === '' ? /empty owner/ : /placeholder owner/);
      expect(found[0].line).toBe(10);
    },
  );

  test('a TBD owner is reported by no-placeholders, or by this rule when that one is off', () => {
    const text = withRows('| A-1 | one | TBD | 2026-02-10 | To Do |');
    const all = lintOne(text, { now: NOW });
    // Which of the two rules reports the owner (other rules' findings on the row are not the point).
    const owners = all.filter(
      (d) => d.line === 10 && (d.ruleId === ID || d.ruleId === 'no-placeholders'),
    );
    expect(owners.map((d) => d.ruleId)).toEqual(['no-placeholders']);
    const alone = config({ rules: { 'no-placeholders': 'off' } });
    const found = lintOne(text, { now: NOW, config: alone }).filter((d) => d.ruleId === ID);
    expect(found.map((d) => d.message)).toEqual([
      'Action item A-1 has placeholder owner "TBD": name the person, role or team handle that will do it.',
    ]);
  });

  test('a configured placeholder owner list replaces the default', () => {
    const text = withRows(
      '| A-1 | one | @nobody-yet | 2026-02-10 | To Do |',
      '| A-2 | two | N/A | 2026-02-10 | To Do |',
    );
    expect(places(findings(text, { placeholderOwners: ['@nobody-yet'] }), ID)).toEqual(['10:15']);
  });

  test('reports bad dates, and deadlines before the incident', () => {
    const text = withRows(
      '| A-1 | one | @a | 2026-02-30 | To Do |',
      '| A-2 | two | @a | 10/02/2026 | To Do |',
      '| A-3 | three | @a | 2026-01-31 | Done |',
      '| A-4 | four | @a | 2026-02-01 | Done |',
      '| A-5 | five | @a | 2026-02-20 (moved from 2026-02-10) | To Do |',
    );
    const found = findings(text);
    expect(found.map((d) => d.line)).toEqual([10, 11, 12]);
    expect(found[0].message).toContain('"2026-02-30", which is not a valid YYYY-MM-DD date');
    expect(found[2].message).toContain('before the incident date 2026-02-01');
    expect(found[2]).toMatchObject({ column: 22, endColumn: 32 });
  });

  test('an open item past its deadline is a warning naming the days overdue; done items are not', () => {
    const text = withRows(
      '| A-1 | one | @a | 2026-02-03 | In Progress |',
      '| A-2 | two | @a | 2026-02-05 | Done |',
      '| A-3 | three | @a | 2026-02-05 | To Do |',
      "| A-4 | four | @a | 2026-02-02 | Won't Do (superseded by A-5) |",
      '| A-5 | five | @a | 2026-02-06 | To Do |',
    );
    const found = findings(text);
    expect(found.map((d) => [d.line, d.severity])).toEqual([
      [10, 'warning'],
      [12, 'warning'],
    ]);
    expect(found[0].message).toBe(
      'Action item A-1 is 3 days overdue: deadline 2026-02-03, status In Progress.',
    );
    expect(found[1].message).toContain('1 day overdue');
  });

  test('duplicate ids are reported on the later id cell', () => {
    const text = withRows(
      '| **A-1** | one | @a | 2026-02-10 | To Do |',
      '| A-2 | two | @a | 2026-02-10 | To Do |',
      '| a-1 | three | @a | 2026-02-10 | To Do |',
    );
    const found = findings(text);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['12:3']);
    expect(found[0].message).toContain('also used on line 10');
  });

  test('items tracked by the same issue do not repeat an id', () => {
    const text =
      '# Outage\n\n## Action Items\n\n- Drop the column — @db — 2026-02-10 — to do — #631\n- Or batch the inserts — @db — 2026-02-10 — to do — #631\n';
    expect(findings(text)).toEqual([]);
  });

  test('a missing column is reported once on the header row; a short row on the row', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '| Action | Owner | Status |',
      '|---|---|---|',
      '| Add an alert | @sre | To Do |',
      '| Fix the retry | @api |',
      '',
    ].join('\n');
    const found = findings(text);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['5:3', '8:3']);
    expect(found[0].message).toContain('no Deadline column');
    expect(found[1].message).toBe(
      'Action item "Fix the retry" has no status: every action item needs an owner, a YYYY-MM-DD deadline and a status.',
    );
  });

  test('a file without an action-items section is reported on its title', () => {
    const found = findings('# Outage\n\n## Summary\n\nIt broke.\n');
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['1:1']);
    expect(found[0].message).toContain('No Action Items section');
  });

  test('an empty section is reported on its heading', () => {
    expect(places(findings('# Outage\n\n## Action Items\n\nNone yet.\n'), ID)).toEqual(['3:1']);
  });

  test('list items are reported item by item with every missing field', () => {
    const text = [
      '# Outage',
      '',
      '**Date:** 2026-02-01',
      '',
      '## Next Steps',
      '',
      '- [x] Add the alert (@sre-team, due 2026-02-03)',
      '- [ ] Document the failover',
      '- Tune the pool size. Owner: @db-team, Due: 2026-02-20, Status: To Do',
      '- Review the retry policy',
      '',
    ].join('\n');
    const found = findings(text);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['8:7', '10:3']);
    expect(found[0].message).toContain('has no owner or deadline');
    expect(found[1].message).toContain('has no owner, deadline or status');
  });

  test('requireTable reports a list on the section heading', () => {
    const text = '# Outage\n\n## Action Items\n\n- [ ] Fix it (@sre, due 2026-02-20)\n';
    expect(places(findings(text), ID)).toEqual([]);
    expect(places(findings(text, { requireTable: true }), ID)).toEqual(['3:1']);
  });

  test('the shapes real teams write action items in', () => {
    // "Action point:" paragraphs scattered through the lessons, none with an owner or a date.
    const points = findings(
      '# Chain split\n\n## Lessons\n\nNodes lagged behind.\n\nAction point: add a lag alert per region.\n\nThe upgrade notice was missed.\n\nAction point: announce upgrades on two channels.\n',
    );
    expect(places(points, ID)).toEqual(['7:15', '11:15']);
    expect(points[0].message).toMatch(
      /^Action item "add a lag alert per region\." has no owner, deadline or status/,
    );
    // A table with owners and bold DONE/TODO statuses but no deadline column.
    const noDeadline = findings(
      '# Outage\n\n## Action Items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Cap the fan-out | jan | **DONE** |\n| Load-test the index | mei | **TODO** |\n',
    );
    expect(noDeadline.map((d) => `${d.line}:${d.column} ${d.message.slice(0, 45)}`)).toEqual([
      '5:3 The action-items table has no Deadline column',
    ]);
    // Checked boxes give a status; owner and deadline are missing on every item.
    const boxes = findings(
      '# Disk full\n\n## Action items\n\n- [x] Alert on free space\n- [ ] Rotate build logs\n',
    );
    expect(boxes.map((d) => d.line)).toEqual([5, 6]);
    expect(boxes.every((d) => d.message.includes('has no owner or deadline'))).toBe(true);
    // A "Review actions" list item with a nested list, ids from the issue links.
    const review = findings(
      '# DNS records deleted\n\n- **Review actions**:\n  - Protect the zone from deletion https://github.com/acme/infra/issues/41\n  - Back up records nightly https://github.com/acme/infra/issues/42\n',
    );
    expect(review.map((d) => d.line)).toEqual([4, 5]);
    expect(review[0].message).toMatch(
      /^Action item acme\/infra#41 has no owner, deadline or status/,
    );
    // "(done)" at the end of a list item is its status.
    const done = findings(
      '# Node failure\n\n## Action Items\n\n- Drain nodes before patching (done)\n',
    );
    expect(done.map((d) => d.message)).toEqual([
      expect.stringContaining('has no owner or deadline'),
    ]);
  });

  test('items written with inline fields, status labels and a TODO paragraph pass', () => {
    const text = [
      '# Outage',
      '',
      '**Date:** 2026-02-01',
      '',
      '## Action Items',
      '',
      'In progress (next 2 weeks):',
      '',
      '- Add a schema check — owner: @platform, due 2026-02-20',
      '- Write the runbook — @sre-team — 2026-02-25',
      '',
      'Done:',
      '',
      '- Roll back the flag (DRI: @api, due: 2026-02-02)',
      '',
      '**TODO**: load-test the queue (@qa, due 2026-03-01)',
      '',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  test('template guidance bullets are not items: the section lists none', () => {
    const text =
      '# Outage\n\n## Action Items\n\n- Follow-up tasks with owners and due dates\n- *One bullet per change*\n';
    expect(findings(text).map((d) => `${d.line}:${d.column} ${d.message.slice(0, 40)}`)).toEqual([
      '3:1 The Action Items section lists no items:',
    ]);
  });

  test('a Resulting Action section whose sub-headings are the items: their deadlines and statuses are missing', () => {
    const text = [
      '---',
      'date: 2026-01-20',
      '---',
      '',
      '# Disk full on the database host',
      '',
      '## Resulting Action',
      '',
      '#### @sam Disk alert added',
      '',
      'An alert now fires at 90% disk use.',
      '',
      '#### 2) Archive pruning scheduled by `@lee`',
      '',
      'A nightly job removes old archives.',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([
      '9:6 Action item "@sam Disk alert added" has no deadline or status: every action item needs an owner, a YYYY-MM-DD deadline and a status.',
      '13:6 Action item "2) Archive pruning scheduled by @lee" has no deadline or status: every action item needs an owner, a YYYY-MM-DD deadline and a status.',
    ]);
  });

  test('a deadline written as a date in words is read as that date', () => {
    const text = withRows(
      '| A-1 | one | @a | Feb 10, 2026 | To Do |',
      '| A-2 | two | @a | 10 February 2026 | To Do |',
      '| A-3 | three | @a | Jan 20, 2026 | To Do |',
      '| A-4 | four | @a | Feb 3 | In Progress |',
      '| A-5 | five | @a | 2026/02/10 | To Do |',
      '| A-6 | six | @a | next sprint | To Do |',
    );
    expect(described(findings(text))).toEqual([
      '12:22 Action item A-3 has deadline "Jan 20, 2026" (2026-01-20), before the incident date 2026-02-01.',
      '13:21 Action item A-4 is 3 days overdue: deadline 2026-02-03, status In Progress.',
      '15:20 Action item A-6 has deadline "next sprint", which is not a valid YYYY-MM-DD date.',
    ]);
  });

  test('a group label naming two open statuses makes its items open; a mixed one gives none', () => {
    const text = [
      '# Outage',
      '',
      '**Date:** 2026-02-01',
      '',
      '## Remediation',
      '',
      '### Short term (completed or in progress)',
      '',
      '- Drain the old pool (@db, due 2026-02-02)',
      '',
      '### Planned actions (planned or in-progress)',
      '',
      '1. Alert on pool saturation (@sre, due 2026-02-04)',
      '2. Write the pool runbook (@sre, due 2026-02-20)',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([
      '9:3 Action item "Drain the old pool (@db, due 2026-02-02)" has no status: every action item needs an owner, a YYYY-MM-DD deadline and a status.',
      '13:40 Action item "Alert on pool saturation (@sre, due 2026-02-04)" is 2 days overdue: deadline 2026-02-04, status Scheduled.',
    ]);
  });

  describe('priorities and types', () => {
    const table = (...rows: string[]): string =>
      withRows(...rows).replace(
        '| ID | Action | Owner | Deadline | Status |\n|----|--------|-------|----------|--------|',
        '| ID | Action | Owner | Deadline | Status | Priority | Type |\n|---|---|---|---|---|---|---|',
      );

    test('deadlineByPriority: an open item due after its window is an error naming both dates', () => {
      const text = table(
        '| A-1 | one | @a | 2026-02-10 | To Do | P0 | prevent |',
        '| A-2 | two | @a | 2026-02-20 | To Do | P1 | detect |',
        '| A-3 | three | @a | 2026-02-20 | Done | P0 | mitigate |',
        '| A-4 | four | @a | 2026-06-01 | To Do | P3 | process |',
        '| A-5 | five | @a | 2026-04-01 | Scheduled | p1 (urgent) | |',
      );
      expect(findings(text)).toEqual([]);
      const found = findings(text, { deadlineByPriority: { P0: 7, P1: 28, P2: 56 } });
      expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
        '10:20 Action item A-1 (P0) has deadline 2026-02-10, after 2026-02-08: P0 items are due within 7 days of the incident on 2026-02-01.',
        '14:21 Action item A-5 (P1) has deadline 2026-04-01, after 2026-03-01: P1 items are due within 28 days of the incident on 2026-02-01.',
      ]);
    });

    test('a priority outside `priorities`, a type outside `types` when they are set', () => {
      const text = table(
        '| A-1 | one | @a | 2026-02-10 | To Do | High | other |',
        '| A-2 | two | @a | 2026-02-10 | To Do | P2 | prevent |',
      );
      expect(described(findings(text))).toEqual([
        '10:41 Action item A-1 has priority "High", which is not one of P0, P1, P2, P3.',
      ]);
      const found = findings(text, {
        priorities: ['High', 'P2'],
        types: ['prevent', 'detect', 'mitigate', 'process'],
      });
      expect(described(found)).toEqual([
        '10:48 Action item A-1 has type "other", which is not one of prevent, detect, mitigate, process.',
      ]);
    });

    test('inline priority and type fields are read in lists', () => {
      const text =
        '# Outage\n\n**Date:** 2026-02-01\n\n## Action Items\n\n- Shard the queue (@db, due 2026-03-30, P0, prevent, to do)\n';
      expect(described(findings(text, { deadlineByPriority: { P0: 7 } }))).toEqual([
        '7:29 Action item "Shard the queue (@db, due 2026-03-30, P0, prevent, to do)" (P0) has deadline 2026-03-30, after 2026-02-08: P0 items are due within 7 days of the incident on 2026-02-01.',
      ]);
    });
  });

  describe('requireReasonForWontDo', () => {
    test("a Won't Do item needs a reason after the status or in the action text", () => {
      const text = withRows(
        "| A-1 | Shard the queue | @a | 2026-02-10 | Won't Do |",
        "| A-2 | Shard the cache | @a | 2026-02-10 | ❌ Won't Do — the cache is retired in Q2 |",
        "| A-3 | Drop the index, no longer needed after AI-1 | @a | 2026-02-10 | Won't Do |",
        '| A-4 | Move the cron | @a | 2026-02-10 | Cancelled (covered by A-2) |',
        '| A-5 | Pin the image | @a | 2026-02-10 | Cancelled |',
      );
      expect(described(findings(text))).toEqual([
        `10:45 Action item A-1 is Won't Do without a reason: write why after the status ("Won't Do — replaced by AI-5") or in the action text.`,
        `14:43 Action item A-5 is Cancelled without a reason: write why after the status ("Won't Do — replaced by AI-5") or in the action text.`,
      ]);
      expect(findings(text, { requireReasonForWontDo: false })).toEqual([]);
    });

    test("in a list, the note after won't do is the reason", () => {
      const text =
        "# Outage\n\n## Action Items\n\n- Drop the queue — @a — 2026-02-10 — won't do: replaced by the broker\n- Drop the cache (@a, due 2026-02-10, won't do)\n";
      expect(places(findings(text), ID)).toEqual(['6:39']);
    });
  });
});

describe('action items under the headings real postmortems give them', () => {
  const missing = (found: Diagnostic[]): string[] =>
    found.map((d) => `${d.line}:${d.column} ${d.message.replace(/:.*/, '')}`);

  test('remediations named by their head noun, and a plan asked as a question', () => {
    const remediations =
      '# Outage\n\n## Root Cause Analysis\n\nA parser bug.\n\n### Root Cause Remediations\n\n- Fix the log parser\n';
    expect(missing(findings(remediations))).toEqual([
      '9:3 Action item "Fix the log parser" has no owner, deadline or status',
    ]);
    const question =
      '# Outage\n\n## What could be done to avoid this in future?\n\n- Add a browser test for image formats (@web, due 2026-03-01, open)\n';
    expect(missing(findings(question))).toEqual([]);
    const doing =
      "# Outage\n\n## What we're doing about it\n\n- Page the whole team (@sre, due 2026-03-01, open)\n";
    expect(missing(findings(doing))).toEqual([]);
  });

  test('a "Follow-up" section of paragraphs: each paragraph is an item', () => {
    const text = [
      '# Outage',
      '',
      '## Follow-up',
      '',
      'The uptime check should page the whole team, not one person. (filed #512)',
      '',
      'Owner: @web-team, Due: 2026-03-01, Status: open. Point the probe at the live host.',
      '',
      'None yet for the DNS side.',
      '',
    ].join('\n');
    expect(missing(findings(text))).toEqual([
      '5:1 Action item #512 has no owner, deadline or status',
    ]);
  });

  test('a "Follow-up" section about the review meeting is the meeting, not items', () => {
    const text =
      '# Outage\n\n## Follow-up\n\nThe review meeting with the storage team is on 2026-02-10.\n';
    expect(missing(findings(text))).toEqual(['1:1 No Action Items section']);
    const meeting = ruleFindings('follow-up-meeting', text, { now: NOW });
    expect(meeting.map((d) => d.message)).not.toContainEqual(
      expect.stringContaining('No follow-up review meeting recorded'),
    );
  });

  test('a "Follow-up Meeting" heading is never the action items', () => {
    const text = '# Outage\n\n## Follow-up Meeting\n\n- Held on 2026-02-10 with the storage team\n';
    expect(missing(findings(text))).toEqual(['1:1 No Action Items section']);
  });
});

test('a prose item whose trailing group wraps onto the next line gives its status', () => {
  const text =
    '# Outage\n\n## Follow-up\n\nThe probe checked the old host and never the new one. (fixed by\nadding a probe for the new host)\n';
  expect(
    findings(text).map((d) => `${d.line}:${d.column} ${d.message.replace(/:.*/, '')}`),
  ).toEqual([
    '5:1 Action item "The probe checked the old host and never the new one. (fixe…" has no owner or deadline',
  ]);
});
