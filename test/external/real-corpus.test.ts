import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { describeRealCorpus, REAL_CORPUS_DIR, realCorpusFiles } from '../support/real-corpus.js';
import { runCli } from '../cli/run-cli.js';
import type { TrendReport } from '../../src/trends/report.js';
import { decodeRecord, encodeRecord } from '../../src/engine/cache/record.js';
import { decodePostmortem } from '../../src/parse/decode.js';
import { config } from '../support/lint.js';
import { lintBytes, modelBytes } from '../../src/engine/pipeline.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';

// Real public postmortems from other organisations. They do not follow the template; the linter
// must read every one without crashing and say precisely what each lacks. The recorded findings
// (real-corpus-findings.json) were read finding by finding against the files; a change to them is
// a change in what users see on real documents, so review it the same way before recording it with
// UPDATE_REAL_CORPUS=1 (real-corpus-review.md keeps the review: which findings are right and which
// are false alarms of shapes the model does not read yet). A plain JSON file rather than a Jest
// snapshot, so that a clone without the corpus has nothing obsolete to complain about.
// Runs only when POSTMORTEM_CORPUS_DIR names the corpus folder.
const files = realCorpusFiles();
const FINDINGS_FILE = fileURLToPath(new URL('real-corpus-findings.json', import.meta.url));
const updating = process.env.UPDATE_REAL_CORPUS === '1';
const recorded: Record<string, string[]> = existsSync(FINDINGS_FILE)
  ? (JSON.parse(readFileSync(FINDINGS_FILE, 'utf8')) as Record<string, string[]>)
  : {};
const found: Record<string, string[]> = {};
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validateReport = addFormats(new Ajv({ allErrors: true, strict: false })).compile(
  reportSchema,
);
const now = new Date('2026-11-27T12:00:00Z');

if (REAL_CORPUS_DIR === null) {
  test.skip('the real corpus (set POSTMORTEM_CORPUS_DIR to run these checks)', () => undefined);
} else {
  const corpusDir = REAL_CORPUS_DIR;
  test('the real corpus is present', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(files)('%s', (name) => {
    test('lints without a crash, with the reviewed findings', () => {
      const bytes = readFileSync(join(corpusDir, name));
      const outcome = lintBytes(`corpus/${name}`, bytes, config(), now);
      const { diagnostics } = fileResult(outcome.path, outcome.diagnostics);
      expect(diagnostics.filter((d) => d.fatal)).toEqual([]);
      expect(outcome.entry).not.toBeNull();
      const lines = diagnostics.map(
        (d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}: ${d.message}`,
      );
      found[name] = lines;
      if (updating) return;
      if (!(name in recorded))
        throw new Error(
          `${name} is new in the corpus: read its findings against the file, note them in real-corpus-review.md, then record them with UPDATE_REAL_CORPUS=1.\n${lines.join('\n')}`,
        );
      expect(lines).toEqual(recorded[name]);
    });
  });

  afterAll(() => {
    if (!updating) return;
    const sorted = Object.fromEntries(
      Object.keys(found)
        .sort()
        .map((name) => [name, found[name]]),
    );
    writeFileSync(FINDINGS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  });
}

describeRealCorpus('the real corpus as a whole', () => {
  const corpusDir = REAL_CORPUS_DIR ?? '';

  test('indexes every file (none dropped) and writes a report valid against its schema', async () => {
    const outcome = await runCli(
      ['report', corpusDir, '--format', 'json', '--now', '2026-11-27', '--since', '2014-01-01'],
      process.cwd(),
    );
    expect(outcome.code).toBe(0);
    const report = JSON.parse(outcome.stdout) as TrendReport;
    expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
    expect(report.files.indexed + report.files.failed.length).toBe(files.length);
    // Most state no date in their metadata, but their dated timelines place half of them in time.
    expect(report.current.incidents.total).toBeGreaterThanOrEqual(files.length / 2);
  });

  test('cache records round-trip every model', () => {
    const defaults = config();
    for (const name of files) {
      const bytes = readFileSync(join(corpusDir, name));
      const modelled = modelBytes(name, bytes, defaults);
      const decoded = decodePostmortem(bytes);
      const round = decodeRecord(encodeRecord(modelled), name, decoded.ok ? decoded.text : null);
      expect(round).toEqual(modelled);
    }
  });
});
