import { metadataFields, modelOf } from '../support/model.js';
import type { Postmortem } from '../../src/model/types.js';

/** Shapes found on postmortems the project had never seen (issue 10 held-out review), own words. */
const model = (text: string): Postmortem => modelOf(text, 'postmortems/x.md');
const fields = metadataFields;

describe('the incident date when no field states it', () => {
  test('a date in the H1, in any written form with its year, is the date, located on it', () => {
    expect(fields('# 2024-03-01 Queue stall\n\n## Timeline\n\nThe queue stalled.\n')).toEqual([
      'date=2024-03-01@1:3',
    ]);
    expect(fields('# 2024-03-01: Queue stall\n\nText.\n')).toEqual(['date=2024-03-01@1:3']);
    expect(fields('# Outage report May 9 2024 - queue stall\n\nText.\n')).toEqual([
      'date=2024-05-09@1:17',
    ]);
    expect(fields('# June 3rd, 2023 partial queue outage\n\nText.\n')).toEqual([
      'date=2023-06-03@1:3',
    ]);
  });

  test('a title date without its year, or a number that is no date, is not read', () => {
    expect(fields('# May 9 queue stall\n\nText.\n')).toEqual([]);
    expect(fields('# Queue 2.4 upgrade stalled 30 workers\n\nText.\n')).toEqual([]);
  });

  test('a date field wins over the title; a frontmatter title is read too', () => {
    expect(
      fields('# 2024-03-01 Queue stall\n\n**Date:** 2024-03-02\n\n## Timeline\n\nText.\n'),
    ).toEqual(['date=2024-03-02@3:11']);
    const text = '---\nlayout: page\ntitle: "2024-03-01: Queue stall"\n---\n\nText.\n';
    expect(fields(text)).toEqual([
      'layout=page@2:9',
      'title=2024-03-01: Queue stall@3:8',
      'date=2024-03-01@3:9',
    ]);
  });

  test('a catalogue start_time gives the start and the date; end_time the resolution', () => {
    const text = [
      '---',
      'title: Queue stall',
      'start_time: 2024-03-01T08:00:00Z',
      'end_time: 2024-03-01T08:30:00Z',
      'summary: The queue stalled for 30 minutes.',
      '---',
      '',
      'Text.',
      '',
    ].join('\n');
    expect(fields(text)).toEqual([
      'title=Queue stall@2:8',
      'started_at=2024-03-01T08:00:00Z@3:13',
      'resolved_at=2024-03-01T08:30:00Z@4:11',
      'summary=The queue stalled for 30 minutes.@5:10',
      'date=2024-03-01@3:13',
    ]);
  });
});

describe('blog frontmatter: its date is the publication date', () => {
  test('an earlier date in the title is the incident date; the post date is kept as published', () => {
    const text = [
      '+++',
      'date = 2024-03-10',
      'title = "Queue outage on 2024-03-01"',
      'author = "Sam Lee"',
      '+++',
      '',
      'On 2024-03-01 at 08:00 UTC the queue stalled.',
      '',
    ].join('\n');
    const built = model(text);
    expect(built.metadata.fields.date).toMatchObject({ value: '2024-03-01', label: 'title' });
    expect(built.metadata.fields.date.span.start).toMatchObject({ line: 3, column: 26 });
    expect(built.metadata.fields.published).toMatchObject({ value: '2024-03-10', label: 'date' });
  });

  test('without a date in the title the post date stays (body dates are not used)', () => {
    const text =
      '---\ndate: 2024-03-10\ntitle: "Queue outage"\n---\n\nOn 2024-03-01 the queue stalled.\n';
    expect(model(text).metadata.fields.date?.value).toBe('2024-03-10');
    expect(model(text).metadata.fields.published).toBeUndefined();
  });

  test('an incident record (severity, id, status or incident_date) keeps its date', () => {
    for (const extra of ['severity: SEV-2', 'id: INC-2024-0310-001', 'status: Draft']) {
      const text = `---\ndate: 2024-03-10\ntitle: "Queue outage on 2024-03-01"\n${extra}\n---\n\nText.\n`;
      expect(model(text).metadata.fields.date?.value).toBe('2024-03-10');
    }
    const dated = '---\nincident_date: 2024-03-10\ntitle: "Queue outage on 2024-03-01"\n---\n';
    expect(model(dated).metadata.fields.date?.value).toBe('2024-03-10');
  });

  test("a title date without its year takes the post's year, or the year before", () => {
    const text = (posted: string, title: string): string =>
      `+++\ndate = "${posted}T10:00:00Z"\ntitle = "${title}"\n+++\n\nText.\n`;
    expect(
      model(text('2024-03-10', 'Review of the March 1 outage')).metadata.fields.date?.value,
    ).toBe('2024-03-01');
    expect(
      model(text('2024-01-05', 'Review of the December 30 outage')).metadata.fields.date?.value,
    ).toBe('2023-12-30');
    // Without a post date to complete it, a title date needs its year (see above).
  });

  test('a title date after the post date is not the incident date', () => {
    const text = '---\ndate: 2024-03-10\ntitle: "Plans for 2024-04-01"\n---\n\nText.\n';
    expect(model(text).metadata.fields.date?.value).toBe('2024-03-10');
  });
});

describe('plain Field: value header lines', () => {
  test('one field per paragraph below the title, no bold', () => {
    const text = [
      '# Postmortem for the stalled queue',
      '',
      'Date: 03/01/2024',
      '',
      'Authors: Sam Lee',
      '',
      'Status: Resolved',
      '',
      '## What happened?',
      '',
      'The queue stalled.',
      '',
    ].join('\n');
    expect(fields(text)).toEqual([
      'date=03/01/2024@3:7',
      'author=Sam Lee@5:10',
      'status=Resolved@7:9',
    ]);
    expect(model(text).metadata.source).toBe('header');
  });

  test('author synonyms, hard line breaks and unknown labels in the same paragraph', () => {
    const text =
      '# Queue stall\n\nCreated By: [Sam Lee]  \nLast Modified: 2024-03-02\n\n## Timeline\n\nText.\n';
    expect(fields(text)).toEqual(['author=[Sam Lee]@3:13']);
    expect(fields('# Queue stall\n\nWritten by Sam Lee\n\n## Timeline\n\nText.\n')).toEqual([
      'author=Sam Lee@3:12',
    ]);
    expect(fields('# Queue stall\n\nPrepared by: Ops team\n\n## Timeline\n\nText.\n')).toEqual([
      'author=Ops team@3:14',
    ]);
  });

  test('a "<br>" ends a header line; quotes of a YAML line that lost its fences are dropped', () => {
    expect(fields('Status: Draft<br> Owners: @sam\n\n## Timeline\n\nText.\n')).toEqual([
      'status=Draft@1:9',
      'author=@sam@1:27',
    ]);
    const unfenced =
      "<!-- exported -->\ntitle: Queue stall\ndate: '2024-03-01T08:00:00+00:00'\nlayout: post\n\nText.\n";
    expect(fields(unfenced)).toEqual(['title=Queue stall@2:8', 'date=2024-03-01@3:8']);
  });

  test('only at the top: after a prose paragraph, or mixed into one, a "Status:" line is prose', () => {
    expect(fields('# Queue stall\n\nThe queue stalled.\n\nStatus: still looking\n')).toEqual([]);
    expect(fields('# Queue stall\n\nStatus: still looking into\nwhy the queue stalled\n')).toEqual(
      [],
    );
    expect(fields('# Queue stall\n\n## Background\n\nDate: 2024-03-01\n')).toEqual([]);
  });

  test('plain and bold lines mix in one header', () => {
    const text =
      '# Queue stall\n\n**Incident ID:** INC-2024-0301-001\nDate: 2024-03-01\n\n## Timeline\n\nText.\n';
    expect(fields(text)).toEqual(['id=INC-2024-0301-001@3:18', 'date=2024-03-01@4:7']);
  });
});

describe('tables that are not metadata', () => {
  const actionTable = [
    '| ID | Owner | Status |',
    '| --- | --- | --- |',
    '| AI-1 | @sam | To Do |',
  ].join('\n');

  test("an Action Items table's ID, Owner and Status columns are not the document's", () => {
    expect(fields(`# Queue stall\n\n## Action Items\n\n${actionTable}\n`)).toEqual([]);
    const named =
      '| Action | Owner | Status |\n| --- | --- | --- |\n| Prune archives | @sam | To Do |';
    expect(fields(`# Queue stall\n\n${named}\n`)).toEqual([]);
    expect(fields(`# Queue stall\n\n## Details\n\n${named}\n`)).toEqual([]);
  });

  test('a one-row table counts only before the first section', () => {
    const oneRow = '| Date | Severity |\n| --- | --- |\n| 2024-03-01 | SEV-2 |';
    expect(fields(`# Queue stall\n\n${oneRow}\n\n## Timeline\n\nText.\n`)).toEqual([
      'date=2024-03-01@5:3',
      'severity=SEV-2@5:16',
    ]);
    expect(fields(`# Queue stall\n\n## Background\n\n${oneRow}\n`)).toEqual([]);
  });

  test('a Field/Value table opening the first section is still read', () => {
    const table = '| Field | Value |\n| --- | --- |\n| Date | 2024-03-01 |\n| Status | Draft |';
    expect(fields(`# Queue stall\n\n## Incident Details\n\n${table}\n`)).toEqual([
      'date=2024-03-01@7:10',
      'status=Draft@8:12',
    ]);
  });
});

describe('a plain label whose value is the list below it', () => {
  test('"Authors:" then a list is the author field, and the header lines go on after it', () => {
    const text =
      '# Search outage\n\nDate: 2024-06-18\n\nAuthors:\n- Kim Park, search team\n- Ola Berg\n\nStatus: Resolved\n\n## What happened?\n\nSearch failed.\n';
    expect(fields(text)).toEqual([
      'date=2024-06-18@3:7',
      'author=Kim Park, search team, Ola Berg@6:1',
      'status=Resolved@9:9',
    ]);
  });

  test('a checked field ("Status:") takes no list, and a list without a label line is none', () => {
    const text = '# Search outage\n\nStatus:\n- Resolved\n- Reviewed\n\n## Summary\n\nText.\n';
    expect(fields(text)).toEqual(['summary=Text.@9:1']);
  });
});
