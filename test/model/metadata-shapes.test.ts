import { metadataFields, modelOf } from '../support/model.js';
import type { Postmortem } from '../../src/model/types.js';

const model = (text: string): Postmortem => modelOf(text, 'postmortems/x.md');
const fields = metadataFields;

describe('metadata shapes', () => {
  test('TOML frontmatter, Zola taxonomies included', () => {
    const text = [
      '+++',
      'title = "Queue backlog after a broker restart"',
      'date = 2026-01-12T09:30:00Z',
      'severity = "Major"',
      '',
      '[taxonomies]',
      'author = ["Ana Ops", "SRE Team"]',
      '+++',
      '',
      'The broker restarted and the queue grew.',
      '',
    ].join('\n');
    const built = model(text);
    expect(fields(text)).toEqual([
      'title=Queue backlog after a broker restart@2:9',
      'date=2026-01-12@3:8',
      'severity=Major@4:12',
      'author=Ana Ops|SRE Team@7:10',
    ]);
    expect(built.metadata.source).toBe('frontmatter');
    expect(built.metadata.span?.start.line).toBe(1);
    expect(built.title?.text).toBe('Queue backlog after a broker restart');
    expect(built.severity?.level).toBe(2);
    expect(built.bodyStart.line).toBe(8);
    expect(built.problems).toEqual([]);
    // The frontmatter is not prose: no rule reads its words.
    expect(built.prose.map((prose) => prose.text)).toEqual([
      'The broker restarted and the queue grew.',
    ]);
  });

  test('TOML that does not parse is one invalid-frontmatter problem at its line, nothing read', () => {
    const text = '+++\ntitle = "Disk full"\nseverity = [1,\n+++\n\n# Disk full\n';
    const built = model(text);
    expect(built.problems.map((p) => `${p.span.start.line} ${p.ruleId} ${p.message}`)).toEqual([
      '3 invalid-frontmatter Frontmatter is not valid TOML: unfinished array encountered.',
    ]);
    expect(built.metadata.fields).toEqual({});
    expect(built.title?.text).toBe('Disk full');
  });

  test('TOML is data only: nothing in it runs, however it is written', () => {
    const text = '+++\ntitle = "${process.exit(1)}"\nauthor = \'`rm -rf /`\'\n+++\n';
    expect(fields(text)).toEqual(['title=${process.exit(1)}@2:9', 'author=`rm -rf /`@3:10']);
  });

  test('YAML frontmatter after a one-line HTML comment', () => {
    const text = [
      '<!-- exported from the team wiki -->',
      '---',
      'title: Login errors after a certificate swap',
      'date: 2026-01-20',
      '---',
      '',
      '## Summary',
      '',
      'Logins failed for 20 minutes.',
      '',
    ].join('\n');
    const built = model(text);
    expect(fields(text)).toEqual([
      'title=Login errors after a certificate swap@3:8',
      'date=2026-01-20@4:7',
      'summary=Logins failed for 20 minutes.@9:1',
    ]);
    expect(built.metadata.span?.start.line).toBe(2);
    expect(built.sections.map((section) => section.title)).toEqual(['Summary']);
  });

  test('fences after a paragraph are thematic breaks, not frontmatter', () => {
    const text = 'Some words.\n\n---\n\ntitle: no\n\n---\n';
    expect(model(text).metadata.source).toBe('none');
  });

  test('a summary section alone is no metadata block: findings stay on the title', () => {
    const built = model('# Outage\n\n## Summary\n\nThe API was down.\n');
    expect(built.metadata.source).toBe('none');
    expect(built.metadata.span).toBeNull();
    expect(built.metadata.fields.summary?.value).toBe('The API was down.');
  });

  test('a | Field | Value | table near the top', () => {
    const text = [
      '# Search latency spike',
      '',
      '| Field | Value |',
      '| --- | --- |',
      '| Incident ID | INC-2026-0203-001 |',
      '| **Severity** | SEV-2 |',
      '| Status | Draft |',
      '| Notes | not a field |',
      '',
      '## Summary',
      '',
      'Text.',
      '',
    ].join('\n');
    expect(fields(text)).toEqual([
      'id=INC-2026-0203-001@5:17',
      'severity=SEV-2@6:18',
      'status=Draft@7:12',
      'summary=Text.@12:1',
    ]);
    expect(model(text).metadata.source).toBe('header');
    expect(model(text).metadata.span?.end.line).toBe(7);
  });

  test('a header row of field names over one row of values', () => {
    const text =
      '# Cache outage\n\n| Date | Severity | Author |\n|---|---|---|\n| 2026-02-01 | P3 | @cache-team |\n';
    expect(fields(text)).toEqual([
      'date=2026-02-01@5:3',
      'severity=P3@5:16',
      'author=@cache-team@5:21',
    ]);
  });

  test('a row of label and value cells taking turns, the header row too', () => {
    const text = [
      '# Sequencing uploads stalled',
      '',
      '| Detected | 2021-03-01 09:10 | Resolved | 2021-03-01 11:40 |',
      '|---|---|---|---|',
      '| Severity | Major | Author | @lab-ops |',
      '',
      '## Summary',
      '',
      'Uploads stalled.',
      '',
    ].join('\n');
    expect(fields(text)).toEqual([
      'detected_at=2021-03-01 09:10@3:14',
      'resolved_at=2021-03-01 11:40@3:44',
      'severity=Major@5:14',
      'author=@lab-ops@5:31',
      'summary=Uploads stalled.@9:1',
    ]);
  });

  test('Google SRE book style sections: the body is the value', () => {
    const text = [
      '# Photo uploads failing (incident #12)',
      '',
      '## Date',
      '',
      '2026-01-30',
      '',
      '## Authors',
      '',
      '- ana',
      '- ben',
      '',
      '## Status',
      '',
      'Draft',
      '',
      '## Summary',
      '',
      'Uploads failed for an hour when the bucket quota ran out.',
      '',
      '## Impact',
      '',
      'About 4,000 uploads were refused.',
      '',
      '## Trigger',
      '',
      'A nightly batch filled the bucket.',
      '',
    ].join('\n');
    expect(fields(text)).toEqual([
      'date=2026-01-30@5:1',
      'author=ana, ben@9:1',
      'status=Draft@14:1',
      'summary=Uploads failed for an hour when the bucket quota ran out.@18:1',
      'impact=About 4,000 uploads were refused.@22:1',
      'trigger=A nightly batch filled the bucket.@26:1',
    ]);
  });

  test('the same sections written as h1 under a frontmatter title', () => {
    const text = [
      '---',
      'title: Chat relay down',
      '---',
      '',
      '# Authors',
      '',
      'Kim Ortega',
      '',
      '# Status',
      '',
      'Complete',
      '',
      '# Summary',
      '',
      'The relay dropped every socket for 40 minutes.',
      '',
    ].join('\n');
    expect(fields(text)).toEqual(
      expect.arrayContaining(['author=Kim Ortega@7:1', 'status=Complete@11:1']),
    );
  });

  test('header fields quoted as a note under the title', () => {
    const text = [
      '# 2026-03-02 — upload queue stall',
      '',
      '> **Status:** Resolved.',
      '> **Severity:** SEV-2',
      '',
      '## Summary',
      '',
      'Uploads queued for an hour.',
      '',
    ].join('\n');
    expect(fields(text)).toEqual(
      expect.arrayContaining(['status=Resolved.@3:15', 'severity=SEV-2@4:17']),
    );
  });

  test('a "Prepared by" sign-off names the author when no field does', () => {
    const signed = (end: string): string[] =>
      fields(`# Outage\n\n**Date:** 2026-03-02\n\n## Summary\n\nUploads stalled.\n\n${end}`);
    expect(signed('*Prepared by the storage team*\n')).toContain('author=the storage team@9:14');
    expect(signed('**Report Prepared By:**\nKim Ortega\n')).toContain('author=Kim Ortega@10:1');
    expect(signed('We prepared by reading the runbook.\n')).not.toContainEqual(
      expect.stringMatching(/^author=/),
    );
  });

  test('a long paragraph under ## Status is not a status value', () => {
    const text = `# Outage\n\n## Status\n\n${'The service is back but we are still watching it closely. '.repeat(3)}\n`;
    expect(fields(text)).toEqual([]);
  });

  test('an h2 title when there is no h1; a field heading is not a title', () => {
    const text =
      '## Billing export stalled\n\n**Date**: 2026-01-05\n\n## Timeline\n\n- 10:00 stalled\n';
    const built = model(text);
    expect(built.title?.text).toBe('Billing export stalled');
    expect(fields(text)).toEqual(['date=2026-01-05@3:11']);
    expect(model('## Summary\n\nText.\n').title).toBeNull();
    const dated = model('## Date: 2026-01-07\n## Details\n\nText.\n');
    expect(dated.title).toBeNull();
    expect(dated.metadata.fields.date?.value).toBe('2026-01-07');
  });

  test('an h2 subtitle right under the title keeps the header lines below it', () => {
    const text =
      '# Ops report\n## Network degradation on the edge\n\n**Severity:** Medium\n\n## Summary\n\nText.\n';
    expect(fields(text)).toEqual(['severity=Medium@4:15', 'summary=Text.@8:1']);
    expect(model(text).severity?.level).toBe(3);
  });

  test('**Field**: value as well as **Field:** value', () => {
    const text =
      '# Outage\n\n**Status**: Draft\n**Author:** @web\n__Date__ : 2026-01-02\n\n## Summary\n';
    expect(fields(text)).toEqual(['status=Draft@3:13', 'author=@web@4:13', 'date=2026-01-02@5:12']);
  });

  test('a date written with its time is the date', () => {
    expect(fields('---\ndate: "2026-01-09T22:15:00+01:00"\n---\n')).toEqual([
      'date=2026-01-09@2:7',
    ]);
  });
});
