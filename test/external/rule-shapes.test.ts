import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRealCorpus, REAL_CORPUS_DIR } from '../support/real-corpus.js';
import { ruleFindings } from '../support/lint.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

// Rule findings on named real postmortems, read and judged by hand (the rules' own tests cover the
// same shapes with fixtures written for the project).
const NOW = new Date('2026-02-06T12:00:00Z');
const corpusDir = REAL_CORPUS_DIR ?? '';

describeRealCorpus('real corpus: action-items', () => {
  const ID = 'action-items';
  const findings = (text: string): Diagnostic[] => ruleFindings(ID, text, { now: NOW });

  test('reads every real postmortem without crashing, and reports what each lacks', () => {
    const byFile = new Map<string, Diagnostic[]>();
    for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.md'))) {
      byFile.set(file, findings(readFileSync(join(corpusDir, file), 'utf8')));
    }
    // No action-items section at all.
    expect(
      byFile.get('fsharp--regression-fs0229-bstream-misalignment.md')?.map((d) => d.message),
    ).toEqual([expect.stringContaining('No Action Items section')]);
    // Planned work as paragraphs under a question heading ("What is being done about this?"):
    // items, none with an owner, a deadline or a status.
    const torbox = byFile.get('torbox--april-2026-outages.md') ?? [];
    expect(torbox.map((d) => d.line)).toEqual([58, 60, 62]);
    expect(torbox.every((d) => d.message.includes('has no owner, deadline or status'))).toBe(true);
    // "Action point:" paragraphs scattered through the lessons, none with an owner or a date.
    const geth = byFile.get('ethereum-go-ethereum--minority-split-2021-08-27.md') ?? [];
    expect(geth.map((d) => `${d.line}:${d.column}`)).toEqual(['118:15', '125:15', '127:15']);
    expect(geth[0].message).toMatch(
      /^Action item "create a low-volume .*" has no owner, deadline or status/,
    );
    // The Google SRE table has owners and bold DONE/TODO statuses but no deadline column.
    const google = byFile.get('google-sre-book--shakespeare-sonnet-incident-465.md') ?? [];
    expect(google.map((d) => `${d.line}:${d.column} ${d.message.slice(0, 45)}`)).toEqual([
      '24:3 The action-items table has no Deadline column',
    ]);
    // Checked boxes give a status; owners and deadlines are missing on every item.
    const binder = byFile.get('jupyter-mybinder--no-space-left-2018-03-26.md') ?? [];
    expect(binder.map((d) => d.line)).toEqual([54, 55, 56, 57, 58, 59]);
    expect(binder.every((d) => d.message.includes('has no owner or deadline'))).toBe(true);
    // The "Review actions" list of a bullet-style write-up, ids (with their repository) from the
    // issue links.
    const moj = byFile.get('moj-cloud-platform--dns-records-deleted-2022-01-22.md') ?? [];
    expect(moj.map((d) => d.line)).toEqual([38, 39, 40, 41, 42, 43]);
    expect(moj[0].message).toMatch(
      /^Action item ministryofjustice\/cloud-platform#3497 has no owner, deadline or status/,
    );
    // "(done)" at the end of a list item is its status.
    const dfds = byFile.get('dfds--total-node-failure-2023.md') ?? [];
    expect(dfds[dfds.length - 1].message).toContain('has no owner or deadline');
  });
});

describeRealCorpus('real corpus: blameless-language', () => {
  const findings = (text: string): Diagnostic[] => ruleFindings('blameless-language', text, {});

  test('reports the blaming words of a real postmortem precisely', () => {
    const text = readFileSync(join(corpusDir, 'torbox--april-2026-outages.md'), 'utf8');
    const line = text.split('\n')[65];
    const found = findings(text);
    // "We cannot blame vibe coding …" refuses to blame: only the blame the team takes on counts.
    expect(found.map((d) => line.slice(d.column - 1, d.endColumn - 1))).toEqual([
      'sloppy',
      'blame',
      'dropped the ball',
    ]);
    expect(found.every((d) => d.line === 66)).toBe(true);
  });
});
