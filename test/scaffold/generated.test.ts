import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../../scripts/generate-samples.js';

const ROOT = process.cwd();
const UPDATE = process.env.UPDATE_SAMPLES === '1';
const FILES = await generatedFiles(ROOT);

describe('generated files are up to date ("npm run samples" regenerates them)', () => {
  test.each(FILES.map((file) => [file.path, file] as const))('%s', (_path, file) => {
    const path = join(ROOT, file.path);
    if (UPDATE) writeFileSync(path, file.text);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current !== file.text) {
      throw new Error(
        `${file.path} is stale (generated from ${file.from}): run "npm run samples".`,
      );
    }
  });
});

test('relative links of the samples page point at files that exist', () => {
  const page = readFileSync(join(ROOT, 'docs', 'what-you-will-see.md'), 'utf8');
  const targets = [...page.matchAll(/\]\((?!https?:)([^)#\s]+)(?:#[^)]*)?\)/g)].map(
    (match) => match[1],
  );
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets)
    expect([target, existsSync(join(ROOT, 'docs', target))]).toEqual([target, true]);
});
