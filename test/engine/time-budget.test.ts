// A file that takes the parser too long is stopped at the time budget: one invalid-file finding
// for it, every other file linted as without it.
import { join } from 'node:path';
import { lintFiles } from '../../src/engine/lint-files.js';
import { config as configOf, tempTree } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';
import { builtWorkerUrl } from './built-worker.js';

const now = new Date('2026-02-06T12:00:00Z');
// Small, yet well above what a calm file takes in a cold worker on a loaded machine.
const config = configOf({ fileTimeBudget: 2 });
let workerUrl: URL;

beforeAll(async () => {
  workerUrl = await builtWorkerUrl();
}, 180_000);

/**
 * Unmatched `[` then `]`: micromark's GFM footnote lookups make this quadratic (measured: 16,000
 * pairs take ~2 s), so 50,000 pairs stay far over the budget on any machine.
 */
function hangingText(): string {
  return referenceText().replace(
    '## Lessons Learned',
    `## Lessons Learned\n\n${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
  );
}

function corpus(): { files: string[]; hanging: string } {
  const texts: Record<string, string> = {};
  for (let i = 0; i < 10; i++)
    texts[`calm-${i}.md`] = i % 2 === 0 ? referenceText() : referenceAsFrontmatter();
  texts['hang.md'] = hangingText();
  const root = tempTree(texts);
  const names = Object.keys(texts).sort();
  return { files: names.map((name) => join(root, name)), hanging: join(root, 'hang.md') };
}

describe('per-file time budget', () => {
  const { files, hanging } = corpus();
  const calm = files.filter((path) => path !== hanging);

  test.each([1, 2])(
    'jobs: %i — the slow file gets one invalid-file finding at line 1, the others are unchanged',
    async (jobs) => {
      const expected = await lintFiles({ files: calm, config, now, workerUrl, jobs });
      const started = Date.now();
      const run = await lintFiles({ files, config, now, workerUrl, jobs });
      const seconds = (Date.now() - started) / 1000;

      const slow = run.results.find((result) => result.filePath === hanging);
      expect(slow?.diagnostics).toEqual([
        expect.objectContaining({
          ruleId: 'invalid-file',
          severity: 'error',
          fatal: true,
          line: 1,
          message: expect.stringMatching(
            /^File took longer than 2 s to read: not linted .*raise "fileTimeBudget"/,
          ),
        }),
      ]);
      expect(JSON.stringify(run.results.filter((result) => result.filePath !== hanging))).toBe(
        JSON.stringify(expected.results),
      );
      // Stopped at the budget, not after the seconds the parse would take.
      expect(seconds).toBeLessThan(20);
    },
    60_000,
  );
});
