import { described, documentedAndReferenceTests } from './rule-findings.js';
import { ruleFindings } from '../support/lint.js';
import { referenceText } from '../support/reference.js';

const ID = 'action-item-tracking';
const looked = (issues: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  lookedUp: true,
  repository: 'acme/incidents',
  issues,
  ...extra,
});
const findings = (rows: string[], options?: Record<string, unknown>) =>
  ruleFindings(
    ID,
    [
      '# Postmortem: queue backlog',
      '',
      '**Date:** 2026-01-10',
      '',
      '## Action Items',
      '',
      '| ID | Action | Owner | Deadline | Status |',
      '|----|--------|-------|----------|--------|',
      ...rows,
      '',
    ].join('\n'),
    { options },
  );

describe('action-item-tracking', () => {
  documentedAndReferenceTests(ID);

  test('without a lookup (no token) nothing is checked, malformed links included', () => {
    expect(findings(['| #0 | Alert | @ops | 2026-01-20 | Done |'])).toEqual([]);
  });

  test('Done here, open there: an error naming both, on the status cell', () => {
    const found = findings(
      ['| AI-3 | Alert on backlog (#57) | @ops | 2026-01-20 | ✅ Done |'],
      looked({ 'acme/incidents#57': { state: 'open' } }),
    );
    expect(described(found)).toEqual(['9:55 AI-3 is ✅ Done here, but #57 is still open.']);
    expect(found[0].severity).toBe('error');
  });

  test('open here, closed there: a warning with the date and what to write', () => {
    const found = findings(
      [
        '| AI-1 | Alert (acme/api#5) | @ops | 2026-01-20 | To Do |',
        '| AI-2 | https://github.com/acme/incidents/issues/6 | @ops | 2026-01-20 | In Progress |',
        '| AI-3 | Drain (#7) | @ops | 2026-01-20 | |',
      ],
      looked({
        'acme/api#5': { state: 'closed', reason: 'completed', closedAt: '2026-01-18T08:00:00Z' },
        'acme/incidents#6': { state: 'closed', reason: 'not_planned', closedAt: null },
        'acme/incidents#7': { state: 'closed', reason: 'completed' },
      }),
    );
    expect(described(found)).toEqual([
      '9:51 AI-1 is To Do here, but acme/api#5 was closed as completed on 2026-01-18: mark it Done.',
      "10:75 AI-2 is In Progress here, but #6 was closed as not planned: mark it Won't Do, with the reason.",
      '11:41 AI-3 is without a status here, but #7 was closed as completed: mark it Done.',
    ]);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });

  test('404, 403 and links on other hosts are warnings naming them', () => {
    const found = findings(
      [
        '| #8 | Alert | @ops | 2026-01-20 | To Do |',
        '| AI-2 | Drain (acme/secret#1) | @ops | 2026-01-20 | To Do |',
        '| AI-3 | https://ghe.other.example/a/b/issues/3 | @ops | 2026-01-20 | To Do |',
      ],
      looked({
        'acme/incidents#8': { state: 'missing' },
        'acme/secret#1': { state: 'inaccessible' },
      }),
    );
    expect(described(found)).toEqual([
      '9:3 #8 is no issue or pull request of acme/incidents (HTTP 404).',
      '10:10 AI-2 links to acme/secret#1, which is in acme/secret: a repository this token cannot read (HTTP 403).',
      "11:10 AI-3 links to https://ghe.other.example/a/b/issues/3, on a host that is not this run's GitHub server: not looked up.",
    ]);
  });

  test('agreement, links not looked up (rate limit) and Jira keys give nothing', () => {
    expect(
      findings(
        [
          '| #1 | Alert | @ops | 2026-01-20 | Done |',
          '| #2 | Drain | @ops | 2026-01-20 | To Do |',
          '| #3 | Page | @ops | 2026-01-20 | Done |',
          '| AI-4 | https://acme.atlassian.net/browse/OPS-4 | @ops | 2026-01-20 | To Do |',
        ],
        looked({ 'acme/incidents#1': { state: 'closed' }, 'acme/incidents#2': { state: 'open' } }),
      ),
    ).toEqual([]);
  });

  test('the configured statuses decide what is done', () => {
    const found = findings(
      ['| #1 | Alert | @ops | 2026-01-20 | Shipped |'],
      looked(
        { 'acme/incidents#1': { state: 'open' } },
        { statuses: ['Shipped', 'To Do'], doneStatuses: ['Shipped'] },
      ),
    );
    expect(described(found)).toEqual(['9:36 #1 is Shipped here, but the issue is still open.']);
  });

  test('the reference postmortem passes with every link looked up and agreeing', () => {
    expect(ruleFindings(ID, referenceText(), { options: looked({}) })).toEqual([]);
  });
});
