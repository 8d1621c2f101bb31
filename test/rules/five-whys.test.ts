import { described, documentedAndReferenceTests } from './rule-findings.js';
import { ruleFindings } from '../support/lint.js';

const ID = 'five-whys';
const findings = (text: string, options?: Record<string, unknown>) =>
  ruleFindings(ID, text, { options });

/** A Root Cause Analysis section (line 3) with a problem statement, `count` answered whys and a root cause. */
function analysis(count: number, answer = (i: number) => `Answer ${i}.`): string {
  const whys = Array.from({ length: count }, (_, i) => [
    `#### ${i + 1}. Why step ${i + 1}?`,
    '',
    answer(i + 1),
    '',
  ]);
  return [
    '# Postmortem: certificate expiry',
    '',
    '## Root Cause Analysis',
    '',
    '### Problem Statement',
    '',
    'The public API served an expired certificate for 20 minutes.',
    '',
    ...whys.flat(),
    '### Root Cause',
    '',
    'Renewal depended on a manual step nobody owned.',
    '',
  ].join('\n');
}

describe('five-whys', () => {
  documentedAndReferenceTests(ID);

  test('heading-form whys with answers pass', () => {
    expect(findings(analysis(5))).toEqual([]);
  });

  test('fewer questions than required are counted, on the last question', () => {
    expect(described(findings(analysis(3)))).toEqual([
      '17:1 The 5-Whys analysis has 3 why-questions; at least 5 are required to reach a systemic cause.',
    ]);
  });

  test('a question without an answer is reported on the question', () => {
    const text = analysis(5, (i) => (i === 4 ? '' : `Answer ${i}.`));
    expect(described(findings(text))).toEqual([
      '21:1 Why-question 4 "4. Why step 4?" has no answer: write it on the line below the question.',
    ]);
  });

  test('option: minDepth', () => {
    expect(findings(analysis(3), { minDepth: 3 })).toEqual([]);
    expect(findings(analysis(5), { minDepth: 7 }).map((d) => d.message)).toEqual([
      'The 5-Whys analysis has 5 why-questions; at least 7 are required to reach a systemic cause.',
    ]);
  });

  test('missing problem statement and root cause are reported on the section heading', () => {
    const text = analysis(5)
      .replace(
        '### Problem Statement\n\nThe public API served an expired certificate for 20 minutes.\n',
        '',
      )
      .replace('### Root Cause\n\nRenewal depended on a manual step nobody owned.\n', '');
    expect(described(findings(text))).toEqual([
      '3:1 The root cause analysis has no problem statement: add a "### Problem Statement" sub-heading or a "**Problem Statement:**" line.',
      '3:1 The root cause analysis states no root cause: add a "### Root Cause" sub-heading or a "**Root Cause:**" line.',
    ]);
  });

  test('no analysis at all is one finding on the title', () => {
    expect(described(findings('# Outage\n\n## Impact\n\nSome.\n'))).toEqual([
      '1:1 No root cause analysis: add a "## Root Cause Analysis" section with a problem statement, 5 why-questions with answers and the root cause.',
    ]);
  });

  test('a section of prose without questions says so', () => {
    const text = '# Outage\n\n## Root Cause\n\nThe certificate was renewed by hand.\n';
    expect(described(findings(text))).toEqual([
      '3:1 The root cause analysis asks no why-questions: list at least 5 ("1. Why …?" with the answer below each).',
      '3:1 The root cause analysis has no problem statement: add a "### Problem Statement" sub-heading or a "**Problem Statement:**" line.',
    ]);
  });

  test('nested bold bullets count one level per question', () => {
    const whys = Array.from({ length: 5 }, (_, i) => {
      const pad = '    '.repeat(i);
      return `${pad}- **Why step ${i + 1}?**\n${pad}  - Answer ${i + 1}.\n`;
    }).join('');
    const text = `# Outage\n\n## Root Cause Analysis\n\n**Problem Statement:** Logins failed.\n\n${whys}\n**Root Cause:** No owner for the renewal.\n`;
    expect(findings(text)).toEqual([]);
  });

  test('a "because" chain counts its levels', () => {
    const text = [
      '# Outage',
      '',
      '## Root Cause Analysis',
      '',
      '**Problem Statement:** Logins failed.',
      '',
      '- Logins failed because the token service timed out.',
      '- It timed out because its database was saturated.',
      '- The database was saturated because a report ran at peak.',
      '',
      '**Root Cause:** Reports share the primary database.',
      '',
    ].join('\n');
    expect(described(findings(text))).toEqual([
      '9:3 The 5-Whys analysis has 3 why-questions; at least 5 are required to reach a systemic cause.',
    ]);
  });

  test('an answer of question marks is no answer', () => {
    const text = analysis(5, (i) => (i === 2 ? '???' : `Answer ${i}.`));
    expect(described(findings(text))).toEqual([
      '13:1 Why-question 2 "2. Why step 2?" has no answer: write it on the line below the question.',
    ]);
    // A template blank as the answer is no-placeholders' finding, reported once there.
    const blank = analysis(5, (i) => (i === 2 ? '[Because ...]' : `Answer ${i}.`));
    expect(findings(blank)).toEqual([]);
    expect(ruleFindings('no-placeholders', blank, {}).map((d) => d.line)).toEqual([15]);
  });

  test('a root cause stated outside any analysis is acknowledged: the 5-Whys are what is missing', () => {
    const summary =
      '# Outage\n\n## Summary\n\nUploads failed. The root cause for this incident is a quota nobody watched.\n';
    expect(described(findings(summary))).toEqual([
      '5:1 No 5-Whys analysis: the root cause is stated ("The root cause for this incident is a quota nobody watched.") but not traced: add a "## Root Cause Analysis" section with a problem statement and 5 why-questions with answers.',
    ]);
    const lines =
      '# Outage\n\n**Problem Statement:** Uploads failed.\n**Root Cause:** A quota nobody watched.\n';
    expect(findings(lines).map((d) => d.message)).toEqual([
      'No 5-Whys analysis: the root cause is stated ("A quota nobody watched.") but not traced: add a "## Root Cause Analysis" section with 5 why-questions with answers.',
    ]);
  });

  test('a why-chain whose first bullet states the problem has a problem statement', () => {
    const whys = Array.from({ length: 5 }, (_, i) => `- **Why?** Cause ${i + 1}.`);
    const text = `# Outage\n\n## Five Whys\n\n- Uploads failed, so users saw errors.\n${whys.join('\n')}\n\n## Root Cause\n\nA quota nobody watched.\n`;
    expect(findings(text)).toEqual([]);
  });
});

describe('problem statement and root cause stated without the label', () => {
  const whys = Array.from(
    { length: 5 },
    (_, i) => `${i + 1}. Why step ${i + 1}?\n   - Answer ${i + 1}.`,
  ).join('\n');

  test('a "What happened?" section before the analysis states the problem', () => {
    const text = `# Outage\n\n## What happened?\n\n_Describe the failure._\n\nThe export queue stopped for two hours.\n\n## How it was fixed\n\nRestarted.\n\n## Root Cause\n\nA full disk.\n\n${whys}\n`;
    expect(described(findings(text))).toEqual([]);
  });

  test('an "Error Manifestation" section right before it does too; one after it does not', () => {
    const before = `# Outage\n\n## Error Manifestation\n\nBuilds fail with a checksum error.\n\n## Root Cause Analysis\n\n${whys}\n\n**Root Cause:** A stale cache.\n`;
    expect(described(findings(before))).toEqual([]);
    const after = `# Outage\n\n## Root Cause Analysis\n\n${whys}\n\n**Root Cause:** A stale cache.\n\n## What happened\n\nBuilds fail with a checksum error.\n`;
    expect(described(findings(after))).toEqual([
      '3:1 The root cause analysis has no problem statement: add a "### Problem Statement" sub-heading or a "**Problem Statement:**" line.',
    ]);
  });

  test('an Impact section is not a problem statement', () => {
    const text = `# Outage\n\n## Impact\n\nTwo hundred users saw errors.\n\n## Root Cause Analysis\n\n${whys}\n\n**Root Cause:** A stale cache.\n`;
    expect(described(findings(text))).toEqual([
      '7:1 The root cause analysis has no problem statement: add a "### Problem Statement" sub-heading or a "**Problem Statement:**" line.',
    ]);
  });

  test('a numbered "**Problem 1:**" label is a problem statement', () => {
    const text = `# Outage\n\n## Root Cause Analysis\n\n**Problem 1:** Checkout returned errors.\n\n${whys}\n\n**Root Cause:** A stale cache.\n`;
    expect(described(findings(text))).toEqual([]);
  });

  test('an analysis whose first sentence gives the cause states the root cause; the whys are still counted', () => {
    const text =
      '# Outage\n\n## Root Cause Analysis\n\n**Problem Statement:** Checkout failed for an hour.\n\nThe failure resulted from two settings that interacted:\n\n1. **Pool size**: it was lowered.\n2. **Timeouts**: they were raised.\n';
    expect(described(findings(text))).toEqual([
      '3:1 The root cause analysis asks no why-questions: list at least 5 ("1. Why …?" with the answer below each).',
    ]);
    const caused =
      '# Outage\n\n## Root Cause Analysis\n\n**Problem Statement:** Checkout failed.\n\nIt was caused by a pool that was too small.\n';
    expect(described(findings(caused))).not.toContainEqual(
      expect.stringContaining('states no root cause'),
    );
  });

  test('a cause sentence later in the analysis, not its opening, is no stated root cause', () => {
    const text =
      '# Outage\n\n## Root Cause Analysis\n\n**Problem Statement:** Checkout failed.\n\nWe looked at the dashboards first.\n\nThe delay was caused by a slow page.\n';
    expect(described(findings(text))).toContainEqual(
      expect.stringContaining('states no root cause'),
    );
  });

  test('a heading tagged "(root cause)" states the root cause in its first paragraph', () => {
    const text =
      '# Outage\n\n# Working Theory (root cause)\n\nThe streaming node saturates and throttles the web tier.\n';
    expect(described(findings(text))).toEqual([
      '3:1 The root cause analysis asks no why-questions: list at least 5 ("1. Why …?" with the answer below each).',
      '3:1 The root cause analysis has no problem statement: add a "### Problem Statement" sub-heading or a "**Problem Statement:**" line.',
    ]);
    const untagged = text.replace(' (root cause)', '');
    expect(described(findings(untagged))).toContainEqual(
      expect.stringContaining('states no root cause'),
    );
  });
});
