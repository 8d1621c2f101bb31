import { described, documentedAndReferenceTests } from './rule-findings.js';
import { ruleFindings } from '../support/lint.js';

const ID = 'required-sections';
const findings = (text: string, options?: Record<string, unknown>) =>
  ruleFindings(ID, text, { options });

/** A postmortem with every default section, each with one line of text. */
const COMPLETE = [
  '# Postmortem: disk full on the build cache',
  '',
  '## 1. Summary',
  'Builds failed for an hour.',
  '## Incident Impact',
  '40 builds failed.',
  '## Timeline',
  '- 10:00 Disk at 100%',
  '## Root Cause',
  'No eviction.',
  '## Contributing Factors',
  '1. No alert.',
  '## What Went Well',
  '- Quick rollback.',
  '## What Went Poorly',
  '- Slow detection.',
  '## Action Items (Remediation Plan)',
  '- Add eviction.',
  '## Lessons Learnt',
  '- Watch disks.',
  '',
].join('\n');

describe('required-sections', () => {
  documentedAndReferenceTests(ID);

  test('headings match by prefix, numbering and case ignored, with the accepted names', () => {
    expect(findings(COMPLETE)).toEqual([]);
  });

  test('missing sections are reported together on the title', () => {
    const text = COMPLETE.replace('## Contributing Factors\n1. No alert.\n', '').replace(
      '## Timeline\n- 10:00 Disk at 100%\n',
      '',
    );
    expect(described(findings(text))).toEqual([
      '1:1 Missing 2 sections: "Timeline", "Contributing Factors": add a heading for each (e.g. "## Timeline").',
    ]);
    const one = COMPLETE.replace('## Lessons Learnt\n- Watch disks.\n', '');
    expect(described(findings(one))).toEqual([
      '1:1 Missing section "Lessons Learned": add a "## Lessons Learned" heading.',
    ]);
  });

  test('an empty section is a warning; content under a sub-heading counts', () => {
    const empty = COMPLETE.replace('40 builds failed.\n', '<!-- TODO -->\n');
    const [finding] = findings(empty);
    expect(finding).toMatchObject({ line: 5, column: 1, severity: 'warning' });
    expect(finding.message).toBe(
      'Section "Incident Impact" is empty: write its content or remove the heading.',
    );
    const nested = COMPLETE.replace(
      '## Lessons Learnt\n- Watch disks.\n',
      '## Lessons Learnt\n### Process\n- Watch disks.\n',
    );
    expect(findings(nested)).toEqual([]);
    const headingsOnly = COMPLETE.replace(
      '## Lessons Learnt\n- Watch disks.\n',
      '## Lessons Learnt\n### Process\n',
    );
    expect(findings(headingsOnly).map((d) => d.severity)).toEqual(['warning']);
  });

  test('a label that names a section counts as the section', () => {
    for (const label of [
      '**What went well:**\n\n',
      '_What went well_\n\n',
      'What went well\n\n',
      '**What went well**: the rollback was quick.\n\n',
    ])
      // After a blank line: the list before would take the label in as its last line.
      expect(findings(COMPLETE.replace('## What Went Well\n', `\n${label}`))).toEqual([]);
    const listItem = COMPLETE.replace(
      '## What Went Well\n- Quick rollback.\n',
      '\n- 👍 What went well:\n  - Quick rollback.\n',
    );
    expect(findings(listItem)).toEqual([]);
  });

  test('a table cell, a link, a word in a sentence or a label with nothing under it is none', () => {
    for (const text of [
      '| What went well | Notes |\n|---|---|\n| x | y |\n',
      'See [What went well](https://example.com/retro).\n',
      'We wrote down **what went well** in the retro.\n',
      'What went well: [retro notes](https://example.com/retro)\n',
      '**What went well:** [retro notes](https://example.com/retro)\n',
      '**What went well:**\n\n<!-- to fill in -->\n',
    ])
      expect(
        described(
          findings(COMPLETE.replace('## What Went Well\n- Quick rollback.\n', `\n${text}`)),
        ),
      ).toEqual(['1:1 Missing section "What Went Well": add a "## What Went Well" heading.']);
  });

  test('option acceptLabels: false asks for a heading where the label stands', () => {
    const text = COMPLETE.replace('## What Went Well\n', '\n**What went well:**\n\n');
    expect(described(findings(text, { acceptLabels: false }))).toEqual([
      '14:3 Section "What Went Well" is only a label here ("What went well"), not a heading: make it a heading such as "## What went well".',
    ]);
  });

  test('a Timeline kept in a code block is not empty', () => {
    const text = COMPLETE.replace('- 10:00 Disk at 100%\n', '```\n10:00 Disk at 100%\n```\n');
    expect(findings(text)).toEqual([]);
  });

  test('option: a custom list of sections, with aliases', () => {
    const text = '# X\n\n## Overview\n\nText.\n\n## Follow-ups\n\n- One.\n';
    expect(
      findings(text, {
        sections: [
          ['Summary', 'Overview'],
          ['Action Items', 'Follow-ups'],
        ],
      }),
    ).toEqual([]);
    expect(described(findings(text, { sections: ['Summary'] }))).toEqual([
      '1:1 Missing section "Summary": add a "## Summary" heading.',
    ]);
  });

  test('the headings reviewers accept for each section', () => {
    const text = [
      '# Postmortem: queue stall',
      '## TL;DR',
      'Jobs stalled.',
      '## Customer Impact',
      'Late emails.',
      '## Sequence of Events',
      '- 10:00 Stall',
      '## How did this happen',
      'A lock leak.',
      '## Contributing Causes',
      '1. No alert.',
      '## What worked',
      '- Rollback.',
      '## What didn’t go so well',
      '- Detection.',
      '## Where we got lucky',
      '- Low traffic.',
      '## Follow-ups',
      '- Add an alert.',
      '## Recovery and lessons learned',
      '- Watch locks.',
      '',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    const lucky = text.replace('## What didn’t go so well\n- Detection.\n', '');
    expect(findings(lucky)).toEqual([]);
    const other = text
      .replace('## What could be improved', '')
      .replace('## What didn’t go so well', '## What went badly')
      .replace('## Follow-ups', '## Corrective actions')
      .replace('## Recovery and lessons learned', '## Learnings');
    expect(findings(other)).toEqual([]);
  });

  test('option: synonyms adds accepted names to a required section', () => {
    const text = COMPLETE.replace('## Lessons Learnt', '## Retro notes');
    expect(described(findings(text))).toEqual([
      '1:1 Missing section "Lessons Learned": add a "## Lessons Learned" heading.',
    ]);
    expect(findings(text, { synonyms: { 'lessons learned': ['Retro Notes'] } })).toEqual([]);
  });

  test('headings asked as questions name their section ("What was the impact?")', () => {
    const text = COMPLETE.replace('## Incident Impact', '## What was the impact on builds?')
      .replace('## Root Cause', '## What were the root causes?')
      .replace('## What Went Well', '## What went well?');
    expect(findings(text)).toEqual([]);
    // A question about something else is not the section.
    expect(
      described(findings(COMPLETE.replace('## Incident Impact', '## What is the plan?'))),
    ).toEqual(['1:1 Missing section "Impact": add a "## Impact" heading.']);
  });

  test('a sentence naming the lessons, leading into a list, stands in for the section', () => {
    const withLeadIn = (lead: string, list = '- Watch disks.') =>
      COMPLETE.replace(
        '## Lessons Learnt\n- Watch disks.',
        `## Closing notes\n\n${lead}\n\n${list}`,
      );
    expect(findings(withLeadIn('The lessons we draw from this outage are:'))).toEqual([]);
    expect(findings(withLeadIn('Our key learnings:'))).toEqual([]);
    const missing = ['1:1 Missing section "Lessons Learned": add a "## Lessons Learned" heading.'];
    // Conservative: it must end with a colon, lead directly into a list and name the lessons.
    expect(described(findings(withLeadIn('We learned many lessons from this outage.')))).toEqual(
      missing,
    );
    expect(described(findings(withLeadIn('The lessons are:', 'Watch disks.')))).toEqual(missing);
    expect(described(findings(withLeadIn('We will do the following:')))).toEqual(missing);
  });

  test('a summary kept in the frontmatter is the Executive Summary', () => {
    const body = COMPLETE.replace('## 1. Summary\nBuilds failed for an hour.\n', '');
    const missing = [
      '1:1 Missing section "Executive Summary": add a "## Executive Summary" heading.',
    ];
    expect(described(findings(body))).toEqual(missing);
    expect(findings(`---\nsummary: Builds failed for an hour.\n---\n${body}`)).toEqual([]);
    expect(described(findings(`---\nsummary: ''\n---\n${body}`))).toEqual([
      missing[0].replace('1:1', '4:1'),
    ]);
  });
});

describe('a summary that opens the document under no heading', () => {
  const body = COMPLETE.replace('## 1. Summary\nBuilds failed for an hour.\n', '');
  const withOpening = (opening: string): string =>
    body.replace(
      '# Postmortem: disk full on the build cache\n',
      `# Postmortem: disk full on the build cache\n\n${opening}\n`,
    );

  test('paragraphs of 25 words or more before the first section are the Executive Summary', () => {
    const opening =
      'On a busy Monday the shared build cache filled its disk, and for about an hour every build that needed it failed; this note explains why and what changes.';
    expect(findings(withOpening(opening))).toEqual([]);
  });

  test('a short line or header fields there are not', () => {
    const missing = ['Missing section "Executive Summary": add a "## Executive Summary" heading.'];
    expect(
      described(findings(withOpening('Draft, to be reviewed.'))).map((line) => line.slice(4)),
    ).toEqual(missing);
    const fields =
      '**Date:** 2026-02-01\n**Severity:** SEV-2\n**Author:** @build-team\n**Status:** Draft';
    expect(described(findings(withOpening(fields))).map((line) => line.slice(4))).toEqual(missing);
  });
});

describe('headings named by their head noun or asked as a question', () => {
  const missingOf = (text: string): string =>
    described(findings(text))
      .map((line) => line.replace(/: add .*/, ''))
      .join('\n');

  test('"Root Cause Remediations" is the action items, "Further Mitigations and Learnings" the lessons', () => {
    const text = COMPLETE.replace(
      '## Action Items (Remediation Plan)',
      '### Root Cause Remediations',
    ).replace('## Lessons Learnt', '## Further Mitigations and Learnings');
    expect(missingOf(text)).toBe('');
    // The analysis is not found in the remediations: without its own heading it is missing.
    const noAnalysis = text.replace('## Root Cause\nNo eviction.\n', '');
    expect(missingOf(noAnalysis)).toBe('1:1 Missing section "Root Cause Analysis"');
  });

  test('questions that ask for the plan, and a bare "Follow-up", are the action items', () => {
    for (const heading of [
      '## What could be done to avoid this in future?',
      '## What is being done about this?',
      "## What we're doing about it",
      '## Follow-up',
    ]) {
      const text = COMPLETE.replace('## Action Items (Remediation Plan)', heading);
      expect(missingOf(text)).toBe('');
    }
    const meeting = COMPLETE.replace('## Action Items (Remediation Plan)', '## Follow-up meeting');
    expect(missingOf(meeting)).toBe('1:1 Missing section "Action Items"');
  });
});
