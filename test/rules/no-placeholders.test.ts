import { lintOne, places, config } from '../support/lint.js';
import { documentedExamplesTest } from './rule-findings.js';
import { DEFAULT_PLACEHOLDER_PATTERNS } from '../../src/rules/no-placeholders.js';

const ID = 'no-placeholders';

function found(text: string, options?: Record<string, unknown>): string[] {
  const resolved = options
    ? config({ rules: { [ID]: options as Record<string, never> } })
    : undefined;
  return places(lintOne(text, resolved ? { config: resolved } : {}), ID);
}

describe('no-placeholders', () => {
  documentedExamplesTest(ID);

  test('reports the exact span of a bracketed placeholder', () => {
    const [finding] = lintOne('# Outage\n\nOwner: [Team Name] today.\n').filter(
      (d) => d.ruleId === ID,
    );
    expect(finding).toMatchObject({
      line: 3,
      column: 8,
      endLine: 3,
      endColumn: 19,
      severity: 'error',
    });
    expect(finding.message).toContain('"[Team Name]"');
  });

  test('ignores links, reference links, task boxes, footnotes, code and comments', () => {
    const text = [
      '# Outage',
      '',
      'See [Runbook](https://example.com) and [Status][] and [Wiki].',
      '',
      '- [ ] open',
      '- [X] closed',
      '',
      'Footnote[^1], `[Incident Title]`, <!-- [Incident Title] -->.',
      '',
      '```',
      'TODO [Incident Title] YYYY-MM-DD',
      '```',
      '',
      '> quoted TODO from the chat log',
      '',
      '[Status]: https://status.example.com',
      '[Wiki]: https://wiki.example.com',
      '[^1]: A note.',
      '',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  test('finds masks and to-do words, each once', () => {
    const text =
      '# Outage\n\n**Date:** YYYY-MM-DD\n\nStarted at HH:MM; id INC-YYYY-MMDD-NNN; cause [TBD]; TODO.\n';
    const findings = lintOne(text).filter((d) => d.ruleId === ID);
    expect(findings.map((d) => d.message.match(/"(.*)"/)?.[1])).toEqual([
      'YYYY-MM-DD',
      'HH:MM',
      'INC-YYYY-MMDD-NNN',
      '[TBD]',
      'TODO',
    ]);
  });

  test('checks frontmatter values, strings and lists', () => {
    const text =
      "---\ntitle: '[Incident Title]'\nreviewers: ['@lead', '[@reviewer]']\nseverity: SEV-2\n---\n\n# T\n";
    expect(found(text)).toEqual(['2:8', '3:12']);
  });

  test('does not report a TODO action-item status', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '| ID | Action | Owner | Deadline | Status |',
      '|----|--------|-------|----------|--------|',
      '| AI-1 | Add an alert | @sre | 2026-02-10 | TODO |',
      '',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  test('a to-do word emphasised as the label of its line is a status, a bare one a blank', () => {
    const text = [
      '# Outage',
      '',
      '## Lessons Learned',
      '',
      '**DONE**: the disk alert pages the on-call engineer.',
      '',
      '**TODO**: check free space after every disk operation.',
      '',
      '**TODO:** add the import job to the capacity plan.',
      '',
      '**TODO**',
      '',
      'Owner: TODO',
      '',
      '**TBD**:',
      '',
      '**TODO** move the cleanup job off the primary.',
      '',
      '**TBD** by the storage team.',
      '',
    ].join('\n');
    expect(found(text)).toEqual(['11:3', '13:8', '15:3', '19:3']);
  });

  test('allow and patterns options', () => {
    const text = '# Outage\n\nValue [Release notes here] and ???.\n';
    expect(found(text)).toEqual(['3:7']);
    expect(found(text, { allow: ['[Release notes here]'] })).toEqual([]);
    expect(
      found(text, {
        patterns: [...DEFAULT_PLACEHOLDER_PATTERNS, '\\?\\?\\?'],
        allow: ['[Release notes here]'],
      }),
    ).toEqual(['3:32']);
    // Replacing the to-do words keeps the template shapes.
    expect(found('# Outage\n\nTBD at HH:MM.\n', { patterns: ['\\?\\?\\?'] })).toEqual(['3:8']);
  });

  test('bracketed tags, names and redactions are content; template labels are not', () => {
    const text = [
      '---',
      "title: '[Postmortem] Search outage'",
      '---',
      '',
      '# [Public] Search outage',
      '',
      'Owner [Jerry], reviewed by [Ana Lima]; the mail was signed [Redacted]. [... rest omitted ...]',
      '',
      '| Owner | Due |',
      '| --- | --- |',
      '| [Owner Name] | [e.g. next sprint] |',
      '',
      '- [Because ...]',
      '- Why did [Symptom] happen? [@owner-handle] asks [@kim].',
      '',
    ].join('\n');
    expect(found(text)).toEqual(['11:3', '11:18', '13:3', '14:11', '14:29']);
  });

  test('masks in inline code, lower-case masks and angle brackets read as HTML', () => {
    const text = [
      '# Outage',
      '',
      'Started `YYYY-MM-DD` at HH:mm, in <Month>, for <service name>.',
      '',
      'Kept: `date +%Y-%m-%d`, `kubectl logs <pod>`, a<br>break, <https://example.com>, 2023-MM-DD.',
      '',
    ].join('\n');
    expect(found(text)).toEqual(['3:9', '3:25', '3:35', '3:48']);
  });

  test('points at the text node when escapes shift offsets', () => {
    expect(found('# Outage\n\nA \\* then [Owner Name].\n')).toEqual(['3:1']);
  });
});

describe('placeholder echoes', () => {
  test("other rules' findings on a placeholder's span are dropped, the placeholder is reported once", () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '| ID | Action | Owner | Deadline | Status |',
      '|----|--------|-------|----------|--------|',
      '| AI-1 | Add an alert | @sre | YYYY-MM-DD | To Do |',
      '',
    ].join('\n');
    const found = lintOne(text);
    const placeholder = found.find((d) => d.ruleId === ID);
    const onDeadline = found.filter((d) => d.line === 7 && d.column === placeholder?.column);
    expect(onDeadline.map((d) => d.ruleId)).toEqual(['no-placeholders']);
  });

  test('with no-placeholders off, the other rules report the value again', () => {
    const text =
      '# Outage\n\n## Action Items\n\n| ID | Action | Owner | Deadline | Status |\n|----|----|----|----|----|\n| AI-1 | Add an alert | @sre | YYYY-MM-DD | To Do |\n';
    const resolved = config({ rules: { [ID]: 'off' } });
    expect(
      lintOne(text, { config: resolved }).some((d) => d.ruleId === 'action-items' && d.line === 7),
    ).toBe(true);
  });

  test('a section with placeholders silences findings on its heading, not file-level ones', () => {
    const text =
      '# Outage\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| HH:MM | [First Symptom] |\n';
    const found = lintOne(text);
    expect(found.filter((d) => d.line === 3 && d.ruleId !== ID)).toEqual([]);
    expect(found.some((d) => d.line === 1 && d.ruleId === 'required-sections')).toBe(true);
  });

  test('a finding on another field of the same line is kept', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '| ID | Action | Owner | Deadline | Status |',
      '|----|--------|-------|----------|--------|',
      '| AI-1 | Add an alert | @sre | YYYY-MM-DD | Someday |',
      '',
    ].join('\n');
    const onLine = lintOne(text).filter(
      (d) => d.line === 7 && (d.ruleId === ID || d.ruleId === 'action-items'),
    );
    expect(onLine.map((d) => `${d.column} ${d.ruleId}`)).toEqual([
      '32 no-placeholders',
      '45 action-items',
    ]);
  });

  test('file-level findings on a placeholder title are kept', () => {
    const found = lintOne("---\ntitle: '[Incident Title]'\n---\n# [Incident Title]\n");
    expect(found.some((d) => d.ruleId === 'required-sections' && d.line === 2)).toBe(true);
    expect(found.some((d) => d.ruleId === 'required-metadata')).toBe(true);
  });
});
