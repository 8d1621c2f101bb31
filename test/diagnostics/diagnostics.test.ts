import { describe, expect, test } from '@jest/globals';
import { diagnosticAt, fileResult } from '../../src/diagnostics/diagnostics.js';

const at = (line: number, column: number) => ({
  start: { line, column, offset: 0 },
  end: { line, column: column + 1, offset: 1 },
});

describe('diagnostics', () => {
  test('a file result lists findings as an editor does and counts them by severity', () => {
    const result = fileResult('a.md', [
      diagnosticAt('five-whys', 'error', 'b', at(9, 1)),
      diagnosticAt('action-items', 'warning', 'a', at(3, 5)),
      diagnosticAt('distribution', 'error', 'c', at(3, 5)),
      diagnosticAt('action-items', 'error', 'd', at(3, 1)),
    ]);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '3:1 action-items',
      '3:5 action-items',
      '3:5 distribution',
      '9:1 five-whys',
    ]);
    expect([result.errorCount, result.warningCount]).toEqual([3, 1]);
  });

  test('a suggestion is kept only when there is one', () => {
    expect(diagnosticAt('x', 'error', 'm', at(1, 1))).not.toHaveProperty('suggestion');
    expect(diagnosticAt('x', 'error', 'm', at(1, 1), 'Do y.').suggestion).toBe('Do y.');
  });
});
