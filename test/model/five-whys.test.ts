import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';
import type { FiveWhys } from '../../src/model/types.js';
import { referenceText } from '../support/reference.js';

function whysOf(text: string): FiveWhys | null {
  return buildPostmortem('w.md', text, DEFAULT_PARSE_OPTIONS).fiveWhys;
}

function pairs(analysis: FiveWhys | null): Array<[string, string | null]> {
  return (analysis?.whys ?? []).map((step) => [step.question.text, step.answer?.text ?? null]);
}

describe('5-Whys extraction', () => {
  test('a "Whys" section that got no further than its first item: that item states the problem', () => {
    const analysis = whysOf(
      '# Backlog\n\n## Whys\n\n* The backlog went unnoticed for two days.\n\n## Root cause\n\n* No alert on queue age.\n',
    );
    expect(analysis?.problemStatement?.text).toBe('The backlog went unnoticed for two days.');
    expect(analysis?.whys).toEqual([]);
    // Under any other analysis heading, a lone item is not taken for the problem.
    const other = whysOf(
      '# Backlog\n\n## Root Cause Analysis\n\n* The queue age went unwatched.\n',
    );
    expect(other?.problemStatement ?? null).toBeNull();
  });

  test('the reference: problem statement, five numbered questions answered below, root cause', () => {
    const text = referenceText();
    const analysis = whysOf(text)!;
    const lines = text.split('\n');
    const lineOf = (prefix: string): number =>
      lines.findIndex((line) => line.startsWith(prefix)) + 1;
    expect(analysis.span.start.line).toBe(lineOf('## Root Cause Analysis'));
    expect(analysis.problemStatement?.span.start.line).toBe(lineOf('### Problem Statement') + 1);
    expect(analysis.rootCause?.span.start.line).toBe(lineOf('### Root Cause') + 1);
    expect(analysis.whys).toHaveLength(5);
    const first = lineOf('1. **Why');
    analysis.whys.forEach((step, i) => {
      expect(step.question.text).toMatch(/^Why .*\?$/);
      expect(step.question.span.start).toMatchObject({ line: first + i * 3, column: 4 });
      expect(step.answer?.span.start.line).toBe(first + i * 3 + 1);
      expect(step.answer?.text.length).toBeGreaterThan(20);
    });
  });

  test('heading form: "### Why 1: …?" answered by the paragraphs under it', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause Analysis\n\n### Why 1: why did jobs fail?\n\nThe disk filled.\n\nLogs were not rotated.\n\n#### 2. Why was the disk full?\n\nRotation was off.\n\n### Why 3\n\nWhy was rotation off?\n\nA template default.\n\n### Why 4: why the default?\n\n### Root Cause\n\nTemplates carry unsafe defaults.\n',
    );
    expect(pairs(analysis)).toEqual([
      ['Why 1: why did jobs fail?', 'The disk filled. Logs were not rotated.'],
      ['2. Why was the disk full?', 'Rotation was off.'],
      ['Why 3 Why was rotation off?', 'A template default.'],
      ['Why 4: why the default?', null],
    ]);
    expect(analysis?.whys[2].question.span.start.line).toBe(15);
    expect(analysis?.whys[2].question.span.end.line).toBe(17);
    expect(analysis?.rootCause?.text).toBe('Templates carry unsafe defaults.');
  });

  test('list form variants: answer on the same line, on the next line, or missing', () => {
    const analysis = whysOf(
      '# X\n\n## 5 Whys\n\n**Problem Statement:** Exports were late.\n\n1. Why late? Batches retried.\n2. **Why retried?**\n   Timeouts fired.\n3. **Why did timeouts fire?**\n   -\n4. Why is that? — Shared config.\n\n**Root Cause:** Shared configuration without owners.\n',
    );
    expect(pairs(analysis)).toEqual([
      ['Why late?', 'Batches retried.'],
      ['Why retried?', 'Timeouts fired.'],
      ['Why did timeouts fire?', null],
      ['Why is that?', 'Shared config.'],
    ]);
    expect(analysis?.problemStatement?.text).toBe('Exports were late.');
    expect(analysis?.rootCause?.text).toBe('Shared configuration without owners.');
    // The question span ends at its question mark; the answer starts after it.
    const [first] = analysis!.whys;
    expect(first.question.span.end.column).toBe(13);
    expect(first.answer?.span.start.column).toBe(14);
  });

  test('paragraph form: "Why …?" answered by the next paragraph', () => {
    const analysis = whysOf(
      '# X\n\n## RCA\n\nWhy did it stop?\n\nThe queue filled.\n\nWhy did it fill?\n\nWhy again?\n',
    );
    expect(pairs(analysis)).toEqual([
      ['Why did it stop?', 'The queue filled.'],
      ['Why did it fill?', null],
      ['Why again?', null],
    ]);
  });

  test('table form: the question in one cell, the answer in the next', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause Analysis\n\n| # | Question | Answer |\n|---|---|---|\n| 1 | Why did pages fail? | The CDN served stale assets. |\n| 2 | Why stale? |  |\n',
    );
    expect(pairs(analysis)).toEqual([
      ['Why did pages fail?', 'The CDN served stale assets.'],
      ['Why stale?', null],
    ]);
    expect(analysis?.whys[0].question.span.start).toMatchObject({ line: 7, column: 7 });
  });

  test('a "why" that never reaches a question mark within a sentence is not a question', () => {
    const long = `why ${'word '.repeat(200)}?`;
    expect(whysOf(`# X\n\n## RCA\n\n- ${long}\n`)?.whys).toEqual([]);
  });

  test('a paragraph "The root cause was …" states the root cause', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause Analysis\n\nSome context.\n\nThe root cause of the outage was a missing index.\n',
    );
    expect(analysis?.rootCause?.text).toBe('The root cause of the outage was a missing index.');
    expect(
      whysOf('# X\n\n## RCA\n\nRoot cause: a missing index.\n')?.rootCause?.span.start.line,
    ).toBe(5);
    expect(whysOf('# X\n\n## RCA\n\nRoot causes are hard to find.\n')?.rootCause?.text).toBe(
      'Root causes are hard to find.',
    );
  });

  test('a section titled "Root Cause" states it, even under sub-headings', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause\n\n### Background\n\nThe cache kept stale keys.\n',
    );
    expect(analysis?.rootCause?.text).toBe('The cache kept stale keys.');
    expect(analysis?.whys).toEqual([]);
  });

  test('the section holding why-questions is chosen over an earlier one without', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause\n\nStale keys.\n\n## Five Whys\n\n1. Why stale?\n   - No TTL.\n',
    );
    expect(analysis?.span.start.line).toBe(7);
    expect(pairs(analysis)).toEqual([['Why stale?', 'No TTL.']]);
  });

  test('no analysis section: a root cause header line still counts, else nothing', () => {
    const withLine = whysOf('# X\n\n**Root Causes**: A leak under load.\n\n## Impact\n\nSome.\n');
    expect(withLine?.rootCause?.text).toBe('A leak under load.');
    expect(withLine?.span.start.line).toBe(3);
    expect(whysOf('# X\n\n## Impact\n\nSome.\n')).toBeNull();
  });

  test('numbered factors without "why" are not why-questions', () => {
    // The shape of a real postmortem's analysis: bold-labelled contributing factors, no questions.
    const analysis = whysOf(`# Thumbnail Service Outage - March 4, 2024

## Summary

A cache setting changed during a busy hour and thumbnails stopped loading.

## Root Cause Analysis

Three factors acted together:

1. **Timing of the cache change**: The shorter eviction window landed during the nightly import, when the cache was already under memory pressure.

2. **No request budget**: Workers sent every cache miss straight to the object store, so a small slowdown became a flood of requests.

3. **Lenient health checks**: Throttled workers kept receiving traffic for half an hour because their probes only checked that the process was up.

Recovery took longer than it had to: the eviction window was compiled into the service, so changing it meant a full deploy.

## Impact

- Most thumbnails failed to load in the EU region
`);
    expect(analysis?.span.start.line).toBe(7);
    expect(analysis?.whys).toEqual([]);
    expect(analysis?.rootCause).toBeNull();
  });

  test('nested bullets: bold questions, answers as children, the next why under the answer', () => {
    const analysis = whysOf(
      [
        '# X',
        '',
        '## Root Cause Analysis',
        '',
        '- **Why did checkout fail?**',
        '  - The payment pool was empty.',
        '    - **Why was the pool empty?**',
        '      - Retries held every connection.',
        '  - **Why did retries hold them?**',
        '    - No timeout on the client.',
        '',
      ].join('\n'),
    );
    expect(pairs(analysis)).toEqual([
      ['Why did checkout fail?', 'The payment pool was empty.'],
      ['Why was the pool empty?', 'Retries held every connection.'],
      ['Why did retries hold them?', 'No timeout on the client.'],
    ]);
    expect(analysis?.whys[1].question.span.start).toMatchObject({ line: 7, column: 7 });
  });

  test('a "because" chain of lines or bullets: each "because" is one level', () => {
    const lines = whysOf(
      '# X\n\n## Root Cause\n\nSearch returned nothing because the alias pointed at an empty index.\nThe alias moved because the swap job ran twice.\nIt ran twice because the lock expired because the job outlived its TTL.\n',
    );
    expect(pairs(lines)).toEqual([
      ['Search returned nothing', 'the alias pointed at an empty index.'],
      ['The alias moved', 'the swap job ran twice.'],
      ['It ran twice', 'the lock expired'],
      ['the lock expired', 'the job outlived its TTL.'],
    ]);
    const bullets = whysOf(
      '# X\n\n## RCA\n\n- Uploads failed\n  - because the bucket was full\n    - because lifecycle rules were off\n',
    );
    expect(pairs(bullets)).toEqual([
      ['Uploads failed', 'the bucket was full'],
      ['because the bucket was full', 'lifecycle rules were off'],
    ]);
  });

  test('"Why did it happen?" and "Diagnosing the issue" state the root cause in their text', () => {
    for (const heading of ['Why did it happen?', 'Diagnosing the issue'])
      expect(
        whysOf(
          `# X\n\n## ${heading}\n\nAn old cache schema stayed in browsers and broke the new code.\n`,
        )?.rootCause?.text,
      ).toBe('An old cache schema stayed in browsers and broke the new code.');
  });

  test('contributing factors listed under their label are no chain, "due to" or not', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause Analysis\n\n- **Primary cause:**\n  - A router failed at the only upstream.\n- **Contributing Factors:**\n  - No second upstream was in service.\n  - Repair was slow due to parts shipped from abroad.\n  - Failover stalled due to incomplete replication.\n',
    );
    expect(analysis?.whys).toEqual([]);
  });

  test('one "because" in a narrative is not a chain', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause Analysis\n\nWe rolled back because errors rose.\nThen the team\nwaited for the cache.\n',
    );
    expect(analysis?.whys).toEqual([]);
  });

  test('the root cause in its own section, or labelled inline anywhere', () => {
    const own = whysOf(
      '# X\n\n## Five Whys\n\n1. Why stale?\n   - No TTL.\n\n## Impact\n\nSome.\n\n## Root Causes\n\nKeys were written without an expiry.\n',
    );
    expect(own?.span.start.line).toBe(3);
    expect(own?.rootCause?.text).toBe('Keys were written without an expiry.');
    const tagged = whysOf(
      '# X\n\n## What happened\n\n- Traffic doubled.\n- The pool had a fixed size (root cause).\n',
    );
    expect(tagged?.rootCause?.text).toBe('The pool had a fixed size (root cause).');
    const sentence = whysOf(
      '# X\n\n## Details\n\nWe looked at the logs. The root cause was a stale DNS entry.\n',
    );
    expect(sentence?.rootCause?.span.start.line).toBe(5);
    expect(whysOf('# X\n\n## Details\n\nThe root cause is still unknown.\n')).toBeNull();
  });

  test('"### What?" and "**Symptom:**" state the problem; "Five Why\'s" is the analysis', () => {
    const analysis = whysOf(
      "# X\n\n# Five Why's\n\n### What?\n\nPages were blank.\n\n### Why?\n\nThe CDN served empty files.\n\n# Blameless root cause\n\nDeploys did not verify uploads.\n",
    );
    expect(analysis?.problemStatement?.text).toBe('Pages were blank.');
    expect(pairs(analysis)).toEqual([['Why?', 'The CDN served empty files.']]);
    expect(analysis?.rootCause?.text).toBe('Deploys did not verify uploads.');
  });

  test('"due to" and "caused by" link a chain too; its first line states the problem', () => {
    const analysis = whysOf(
      [
        '# X',
        '',
        "## Five Why's",
        '',
        '*Ask why until you reach the system.*',
        '',
        '- The search cluster went read-only',
        '- Its disks filled due to a burst of audit logs.',
        '- The burst was caused by a debug flag left on.',
        '',
      ].join('\n'),
    );
    expect(analysis?.problemStatement?.text).toBe('The search cluster went read-only');
    expect(pairs(analysis)).toEqual([
      ['Its disks filled', 'a burst of audit logs.'],
      ['The burst was', 'a debug flag left on.'],
    ]);
  });

  test('italic template guidance is not the problem statement or the root cause', () => {
    const analysis = whysOf(
      '# X\n\n## Cause\n\n*Name the systemic cause here.*\n\nThe retry budget was shared by all tenants.\n\n## Root Cause Analysis\n\n### What happened?\n\n*Describe the event.*\n\nQueues backed up.\n\n### Why did it happen?\n\n???\n',
    );
    expect(analysis?.problemStatement?.text).toBe('Queues backed up.');
    expect(analysis?.rootCause?.text).toBe('The retry budget was shared by all tenants.');
    expect(pairs(analysis)).toEqual([['Why did it happen?', '???']]);
  });

  test('the unlabelled line a why-chain starts with states the problem', () => {
    const listed = whysOf(
      '# X\n\n## Five Whys\n\n*Ask why until the cause is systemic.*\n\n- Uploads failed, so users saw errors.\n- **Why?** The bucket quota was reached.\n- **Why?** Temporary files were never deleted.\n',
    );
    expect(listed?.problemStatement?.text).toBe('Uploads failed, so users saw errors.');
    expect(listed?.problemStatement?.span.start.line).toBe(7);
    expect(pairs(listed)).toEqual([
      ['Why?', 'The bucket quota was reached.'],
      ['Why?', 'Temporary files were never deleted.'],
    ]);
    const paragraphs = whysOf(
      '# X\n\n## Five Whys\n\nUploads failed.\n\n**Why?** The bucket quota was reached.\n',
    );
    expect(paragraphs?.problemStatement?.text).toBe('Uploads failed.');
    // A lead-in sentence, a labelled field or a line no why follows is not the problem.
    for (const text of [
      '# X\n\n## Five Whys\n\nWe asked the following:\n\n**Why?** The bucket quota was reached.\n',
      '# X\n\n## Five Whys\n\n- **Impact:** uploads failed.\n- **Why?** The bucket quota was reached.\n',
      '# X\n\n## Five Whys\n\n- Uploads failed.\n- Users retried.\n- **Why?** The quota was reached.\n',
    ])
      expect(whysOf(text)?.problemStatement ?? null).toBeNull();
  });

  test('"The root cause for this incident is …" in the summary: stated, with no analysis', () => {
    const analysis = whysOf(
      '# X\n\n## Summary\n\nUploads failed for an hour. The root cause for this incident is a quota nobody watched.\n',
    );
    expect(analysis).toMatchObject({
      statedOnly: true,
      whys: [],
      problemStatement: null,
      rootCause: { text: 'The root cause for this incident is a quota nobody watched.' },
    });
    expect(analysis?.rootCause?.span.start.line).toBe(5);
    expect(
      whysOf('# X\n\n## Root Cause Analysis\n\nThe root cause for it is a quota.\n'),
    ).toMatchObject({ rootCause: { text: 'The root cause for it is a quota.' } });
    expect(whysOf('# X\n\n## Summary\n\nThe root cause for this is still unknown.\n')).toBeNull();
  });

  test('a question heading names its part: "What was the root cause?", "What was the problem?"', () => {
    const analysis = whysOf(
      '# X\n\n## What was the problem?\n\nUploads failed.\n\n## What was the root cause?\n\nA quota nobody watched.\n',
    );
    expect(analysis?.rootCause?.text).toBe('A quota nobody watched.');
    expect(analysis?.statedOnly).toBeUndefined();
  });
});

describe('problem and cause outside the labels', () => {
  test('the first paragraph of a "What happened?" section before the analysis is the problem statement', () => {
    const analysis = whysOf(
      '# X\n\n## What happened?\n\n*Brief description.*\n\n- Exports stopped for two hours.\n\n## Root Causes\n\nA full disk.\n',
    )!;
    expect(analysis.problemStatement).toMatchObject({
      text: 'Exports stopped for two hours.',
      span: { start: { line: 7, column: 1 } },
    });
    expect(analysis.rootCause?.text).toBe('A full disk.');
  });

  test('an opening "resulted from" sentence leading into a list is the root cause, list included', () => {
    const analysis = whysOf(
      '# X\n\n## Root Cause Analysis\n\nThe outage resulted from two factors:\n\n1. A short timeout.\n2. No backoff.\n\nLater text.\n',
    )!;
    expect(analysis.rootCause).toMatchObject({
      text: 'The outage resulted from two factors: A short timeout. No backoff.',
      span: { start: { line: 5, column: 1 }, end: { line: 8, column: 15 } },
    });
  });
});
