import { ruleFindings, runRuleDoc } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

/** `line:column message` of each finding, for readable expectations. */
export function described(findings: Diagnostic[]): string[] {
  return findings.map((d) => `${d.line}:${d.column} ${d.message}`);
}

/** The rule's doc page examples: the failing one gives exactly the listed findings, the passing none. */
export function documentedExamplesTest(id: string): void {
  test('documented examples', () => {
    const doc = runRuleDoc(id);
    expect(doc.failing.map((d) => `${d.line}:${d.column}`)).toEqual(doc.expect);
    expect(doc.passing).toEqual([]);
  });
}

/** The tests every rule shares: its doc page's examples, and silence on the reference (both forms). */
export function documentedAndReferenceTests(id: string): void {
  documentedExamplesTest(id);
  test('the reference postmortem passes in both forms', () => {
    expect(ruleFindings(id, referenceText())).toEqual([]);
    expect(ruleFindings(id, referenceAsFrontmatter())).toEqual([]);
  });
}

/**
 * A short postmortem: a title, the given header lines, then a Timeline section holding `lines`.
 * With three header lines the Timeline heading is line 7 and its first line is line 9.
 */
export function postmortemWithTimeline(headerLines: string[], lines: string[]): string {
  return [
    '# Postmortem: test incident',
    '',
    ...headerLines,
    '',
    '## Timeline',
    '',
    ...lines,
    '',
  ].join('\n');
}
