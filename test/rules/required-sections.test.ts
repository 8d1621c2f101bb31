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

  test('a bold label standing in for a heading is named where it stands', () => {
    const text = COMPLETE.replace('## What Went Well\n', '**What went well:**\n\n');
    expect(described(findings(text))).toEqual([
      '13:3 Section "What Went Well" is only a label here ("What went well"), not a heading: make it a heading such as "## What went well".',
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
});
