import { formatStylish } from '../../src/reporters/stylish.js';
import { sampleRun } from './sample-run.js';

describe('stylish', () => {
  test('groups by file; rows are file:line:col, severity, message with suggestion, rule id; then the summary', () => {
    expect(formatStylish(sampleRun())).toBe(
      [
        '',
        'postmortems/2026/outage.md',
        '  postmortems/2026/outage.md:12:5   error    Blaming language "careless". Suggestion: Name the missing safeguard.  blameless-language',
        '  postmortems/2026/outage.md:40:61  warning  Action item AI-2 is 3 days overdue.  action-items',
        '',
        'postmortems/binary file.md',
        '  postmortems/binary file.md:1:1  error  File is not text.  invalid-file',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  test('a clean run: one line saying how many postmortems were checked; nothing when quiet', () => {
    const run = sampleRun();
    const clean = { ...run, results: [run.results[1]], errorCount: 0, warningCount: 0 };
    expect(formatStylish(clean)).toBe('✔ 1 postmortem checked, no problems\n');
    const two = { ...clean, results: [run.results[1], run.results[1]] };
    expect(formatStylish(two)).toBe('✔ 2 postmortems checked, no problems\n');
    expect(formatStylish(two, { color: true })).toBe(
      '\u001b[32m✔ 2 postmortems checked, no problems\u001b[0m\n',
    );
    expect(formatStylish(clean, { quiet: true })).toBe('');
  });

  test('singular counts', () => {
    const run = sampleRun();
    const one = { ...run, results: [run.results[2]], errorCount: 1, warningCount: 0 };
    expect(formatStylish(one)).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  test('colours: red errors, yellow warnings, dim locations and rule ids', () => {
    const text = formatStylish(sampleRun(), { color: true });
    expect(text).toContain('\u001b[31merror  \u001b[0m');
    expect(text).toContain('\u001b[33mwarning\u001b[0m');
    expect(text).toContain('\u001b[2mblameless-language\u001b[0m');
    const stripped = text
      .split('\u001b[')
      .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')))
      .join('');
    expect(stripped).toBe(formatStylish(sampleRun()));
  });
});
