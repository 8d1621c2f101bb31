import { toEslintJson, formatJson } from '../../src/reporters/json.js';
import { sampleRun } from './sample-run.js';

// The keys of `eslint --format json` (ESLint 9), in its order.
const ESLINT_RESULT_KEYS = [
  'filePath',
  'messages',
  'suppressedMessages',
  'errorCount',
  'fatalErrorCount',
  'warningCount',
  'fixableErrorCount',
  'fixableWarningCount',
  'usedDeprecatedRules',
];

describe('ESLint JSON', () => {
  test('has exactly the shape of ESLint results', () => {
    const results = toEslintJson(sampleRun(), { cwd: '/repo' });
    for (const result of results) expect(Object.keys(result)).toEqual(ESLINT_RESULT_KEYS);
    expect(results[0]).toEqual({
      filePath: '/repo/postmortems/2026/outage.md',
      messages: [
        {
          ruleId: 'blameless-language',
          severity: 2,
          message: 'Blaming language "careless". Suggestion: Name the missing safeguard.',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 9,
        },
        {
          ruleId: 'action-items',
          severity: 1,
          message: 'Action item AI-2 is 3 days overdue.',
          line: 40,
          column: 61,
          endLine: 40,
          endColumn: 65,
        },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  test('a file that could not be read is a fatal error', () => {
    const [, clean, fatal] = toEslintJson(sampleRun(), { cwd: '/repo' });
    expect(clean).toMatchObject({
      filePath: '/repo/postmortems/clean.md',
      messages: [],
      errorCount: 0,
    });
    expect(fatal).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
    expect(fatal.messages[0]).toMatchObject({ ruleId: 'invalid-file', severity: 2, fatal: true });
  });

  test('formats as one JSON line', () => {
    const text = formatJson(sampleRun(), { cwd: '/repo' });
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(JSON.parse(text)).toEqual(toEslintJson(sampleRun(), { cwd: '/repo' }));
  });
});
