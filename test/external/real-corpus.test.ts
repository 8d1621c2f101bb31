import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../support/reference.js';
import { config } from '../support/lint.js';
import { lintBytes } from '../../src/engine/pipeline.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';

// Real public postmortems from other organisations. They do not follow the template; the linter
// must read every one without crashing and say precisely what each lacks. The snapshots were read
// finding by finding against the files and judged correct; a change to them is a change in what
// users see on real documents, so review it the same way.
const files = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();
const now = new Date('2026-11-27T12:00:00Z');

test('the real corpus is present', () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
});

describe.each(files)('%s', (name) => {
  test('lints without a crash, with the reviewed findings', () => {
    const bytes = readFileSync(join(CORPUS_DIR, name));
    const outcome = lintBytes(`corpus/${name}`, bytes, config(), now);
    const { diagnostics } = fileResult(outcome.path, outcome.diagnostics);
    expect(diagnostics.filter((d) => d.fatal)).toEqual([]);
    expect(outcome.entry).not.toBeNull();
    expect(
      diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}: ${d.message}`),
    ).toMatchSnapshot();
  });
});
