import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { formatSarif, type SarifLog } from '../../src/reporters/sarif.js';
import {
  bigRun,
  githubIngestionProblems,
  logsToValidate,
  sarifSchemaPath,
} from './sarif-fixtures.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => Ajv | Ajv2020;

const schema = JSON.parse(readFileSync(sarifSchemaPath(), 'utf8')) as Record<string, unknown>;

/**
 * The schema twice: as installed (it declares draft 2020-12), and declared draft-07 as OASIS
 * publishes it. It uses only keywords both drafts read alike (no `$ref` with sibling keywords).
 */
const validators: Array<[string, ValidateFunction]> = [
  [
    'draft 2020-12 (as installed)',
    addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema),
  ],
  [
    'draft-07 (as OASIS publishes it)',
    addFormats(new Ajv({ allErrors: true, strict: false })).compile({
      ...schema,
      $schema: 'http://json-schema.org/draft-07/schema#',
    }),
  ],
];

/** A log as a consumer reads it: the JSON text, parsed. */
function parsed(log: SarifLog): unknown {
  return JSON.parse(JSON.stringify(log));
}

describe('SARIF against the official SARIF 2.1.0 JSON schema', () => {
  test.each(validators)('the schema compiles as %s', (_, validate) => {
    expect(typeof validate).toBe('function');
  });

  const cases = logsToValidate().flatMap(([name, log]) =>
    validators.map(([draft, validate]) => [name, draft, log, validate] as const),
  );
  test.each(cases)('%s is valid (%s)', (_, __, log, validate) => {
    const valid = validate(parsed(log));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test.each(validators)('the schema catches a wrong enum value (%s)', (_, validate) => {
    const [[, log]] = logsToValidate();
    const broken = parsed(log) as { runs: Array<{ columnKind: string }> };
    broken.runs[0].columnKind = 'utf16CodeUnit';
    expect(validate(broken)).toBe(false);
  });
});

describe("SARIF against GitHub code scanning's ingestion rules", () => {
  test.each(logsToValidate())('%s meets them', (_, log) => {
    expect(githubIngestionProblems(log)).toEqual([]);
  });

  test('the checks see a broken log', () => {
    const [[, log]] = logsToValidate();
    const broken = parsed(log) as SarifLog;
    const [rule] = broken.runs[0].tool.driver.rules;
    rule.fullDescription.text = 'x'.repeat(1025);
    rule.help.text = '';
    broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri =
      'file:///home/runner/work/a.md';
    broken.runs[0].results[0].locations[0].physicalLocation.region.endColumn = 1;
    broken.runs[0].results[0].partialFingerprints = {};
    expect(githubIngestionProblems(broken)).toEqual([
      expect.stringContaining('fullDescription: ≤ 1024 characters'),
      expect.stringContaining('.help.text'),
      expect.stringContaining('.partialFingerprints'),
      expect.stringContaining('is a relative reference'),
      expect.stringContaining('region ends after it starts'),
    ]);
  });

  test('25,010 findings: a log of 25,000 results that is valid, ingestible and under 10 MB gzipped', () => {
    const text = formatSarif(bigRun(25_010), { cwd: '/repo' });
    const log = JSON.parse(text) as SarifLog;
    expect(log.runs[0].results).toHaveLength(25_000);
    expect(githubIngestionProblems(log)).toEqual([]);
    for (const [, validate] of validators) expect(validate(log)).toBe(true);
    expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
  });
});
