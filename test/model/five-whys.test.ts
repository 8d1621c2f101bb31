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
});
