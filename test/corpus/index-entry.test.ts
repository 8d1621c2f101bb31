import { buildIndexEntry } from '../../src/corpus/index-entry.js';
import { groupedPatterns, DEFAULT_PATTERN_OPTIONS } from '../../src/corpus/patterns.js';
import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';
import { scaffoldPostmortem } from '../../src/scaffold/scaffold.js';
import { BUILTIN_TEMPLATE } from '../../src/scaffold/builtin-template.js';
import { config } from '../support/lint.js';

const indexed = (text: string, path = 'pm.md') =>
  buildIndexEntry(buildPostmortem(path, text, DEFAULT_PARSE_OPTIONS));

/** A fresh draft of the built-in template, as `postmortem-lint new` writes it. */
const draft = (date: string, title: string) =>
  scaffoldPostmortem({
    template: BUILTIN_TEMPLATE,
    title,
    severity: 'SEV-2',
    date,
    existing: [],
    config: config(),
  }).text;

describe('index entries: a placeholder is not known', () => {
  test("an unfilled draft's placeholders are null, its incident still an incident", () => {
    const entry = indexed(draft('2026-03-09', 'Queue backlog'));
    expect(entry).toMatchObject({
      id: 'INC-2026-0309-001',
      title: 'Queue backlog',
      date: '2026-03-09',
      severity: 2,
      status: 'Draft',
      services: [],
      tags: [],
      rootCauseCategory: null,
      durationMinutes: null,
      problemStatement: null,
      rootCause: null,
      contributingFactors: [],
      // The template's rows whose action is still a placeholder are not action items yet.
      actionItems: [],
      // "not yet held — due by …" is no meeting.
      followUpMeetingDate: null,
      excludedFromMetrics: null,
      trigger: null,
    });
  });

  test('the template itself: no id, title or date from its masks', () => {
    expect(indexed(BUILTIN_TEMPLATE)).toMatchObject({ id: null, title: null, date: null });
  });

  test('three fresh drafts form no pattern of their placeholder category', () => {
    const entries = ['2026-03-01', '2026-03-02', '2026-03-03'].map((date, i) =>
      indexed(draft(date, `Draft ${i}`), `${date}.md`),
    );
    const options = { ...DEFAULT_PATTERN_OPTIONS, groupBy: ['category', 'service', 'tag'] };
    expect(groupedPatterns(entries, options as typeof DEFAULT_PATTERN_OPTIONS)).toEqual([]);
  });

  test('real values beside placeholders are kept; an item with a real action keeps its known cells', () => {
    const text = [
      '---',
      'id: INC-2026-0401-001',
      "services: ['checkout', '[Affected Service]']",
      "duration: '45 minutes'",
      '---',
      '# Checkout errors',
      '',
      '## Action Items',
      '',
      '| ID | Action | Owner | Deadline | Status |',
      '|----|--------|-------|----------|--------|',
      '| AI-1 | Add a pool alert | [@owner-handle] | YYYY-MM-DD | To Do |',
      '| AI-2 | [Change that detects it sooner] | [@owner-handle] | YYYY-MM-DD | To Do |',
      '',
    ].join('\n');
    const entry = indexed(text);
    expect(entry.services).toEqual(['checkout']);
    expect(entry.durationMinutes).toBe(45);
    expect(entry.actionItems).toEqual([
      expect.objectContaining({
        id: 'AI-1',
        action: 'Add a pool alert',
        owner: null,
        deadline: null,
      }),
    ]);
  });
});

describe('index entries: exclusion from metrics and trigger', () => {
  test('from frontmatter', () => {
    const entry = indexed(
      '---\nid: INC-1\nexclude_from_metrics: game day exercise\ntrigger: Deploy\n---\n# Drill\n',
    );
    expect([entry.excludedFromMetrics, entry.trigger]).toEqual(['game day exercise', 'deploy']);
    expect(indexed('---\nexclude_from_metrics: true\n---\n# A\n').excludedFromMetrics).toBe(
      'no reason given',
    );
    expect(indexed('---\nexclude_from_metrics: false\n---\n# A\n').excludedFromMetrics).toBeNull();
  });

  test('from header lines', () => {
    const entry = indexed(
      '# False alarm\n\n**Incident ID:** INC-2\n**Exclude From Metrics:** false alarm\n**Trigger:** config change\n',
    );
    expect([entry.excludedFromMetrics, entry.trigger]).toEqual(['false alarm', 'config change']);
    expect(entry.lines.id).toBe(3);
  });
});
