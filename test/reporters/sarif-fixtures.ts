import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toSarif, type SarifLog } from '../../src/reporters/sarif.js';
import { RULE_ERROR, lintText } from '../../src/engine/pipeline.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { LintRun } from '../../src/engine/types.js';
import { config } from '../support/lint.js';
import { sampleRun } from './sample-run.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

function runOf(results: LintRun['results']): LintRun {
  return {
    results,
    index: [],
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

/** The example postmortems of the README, linted on the date they were written for. */
export function examplesRun(): LintRun {
  const now = new Date('2026-03-13T12:00:00Z');
  const folder = 'examples/postmortems';
  return runOf(
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => {
        const path = `${folder}/${name}`;
        const text = readFileSync(join(ROOT, path), 'utf8');
        return fileResult(path, lintText(path, text, config(), now).diagnostics);
      }),
  );
}

/** `count` warnings and errors over 100 files (every other one an error). */
export function bigRun(count: number): LintRun {
  const files = new Map<string, Diagnostic[]>();
  for (let i = 0; i < count; i++) {
    const path = `postmortems/file-${i % 100}.md`;
    const line = Math.floor(i / 100) + 1;
    const list = files.get(path) ?? [];
    list.push({
      ruleId: 'no-placeholders',
      severity: i % 2 === 0 ? 'error' : 'warning',
      message: `Unfilled placeholder "TBD" number ${i}.`,
      line,
      column: 1,
      endLine: line,
      endColumn: 4,
    });
    files.set(path, list);
  }
  return runOf([...files].map(([path, diagnostics]) => fileResult(path, diagnostics)));
}

/** The sample run plus a crashed rule, a plugin rule and a point finding. */
export function oddRun(): LintRun {
  const run = sampleRun();
  const at = (ruleId: string, message: string): Diagnostic => ({
    ruleId,
    severity: 'error',
    message,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 1,
  });
  return runOf([
    ...run.results,
    fileResult('postmortems/odd.md', [
      at(RULE_ERROR, 'Rule five-whys failed on this file (boom).'),
      at('plugin-rule', 'From a plugin.'),
      at('invalid-frontmatter', 'Frontmatter is not valid YAML: bad indentation.'),
    ]),
  ]);
}

/** The logs every validation test checks: each shape the reporter can write. */
export function logsToValidate(): Array<[string, SarifLog]> {
  return [
    ['the README examples', toSarif(examplesRun(), { cwd: ROOT })],
    ['the sample run', toSarif(sampleRun(), { cwd: '/repo' })],
    ['a crashed rule, a plugin rule', toSarif(oddRun(), { cwd: '/repo', category: 'postmortems' })],
    ['a file outside the base directory', toSarif(sampleRun(), { cwd: '/repo', baseDir: 'x/y' })],
    ['an empty run', toSarif(runOf([]), { cwd: '/repo' })],
  ];
}

/**
 * The official SARIF 2.1.0 JSON schema as installed with the SARIF Multitool
 * (`@microsoft/sarif-multitool-<platform>/sarif-2.1.0.json`, a dev dependency through
 * `@microsoft/sarif-multitool`): the OASIS schema, declared as draft 2020-12 in this copy.
 */
export function sarifSchemaPath(): string {
  const name = `@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`;
  try {
    return require.resolve(name);
  } catch {
    throw new Error(
      `${name} is not installed: the SARIF schema comes with the SARIF Multitool (npm ci installs @microsoft/sarif-multitool and its platform package).`,
    );
  }
}

/** The SARIF Multitool binary (`@microsoft/sarif-multitool` resolves the platform package). */
export function multitoolPath(): string {
  return require('@microsoft/sarif-multitool') as string;
}

const LEVELS = ['note', 'warning', 'error'];

/**
 * GitHub code scanning's ingestion rules as its documentation states them ("SARIF support for code
 * scanning": required properties, "the empty string is not supported for required properties",
 * the limits table; "Uploading a SARIF file": the 10 MB gzip limit). Returns the problems found.
 */
export function githubIngestionProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  const text = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
  check(text(log.$schema) && log.$schema.includes('sarif-2.1.0'), '$schema names SARIF 2.1.0');
  check(log.version === '2.1.0', 'version is 2.1.0');
  check(Array.isArray(log.runs) && log.runs.length >= 1 && log.runs.length <= 20, '1 to 20 runs');
  for (const [r, run] of log.runs.entries()) {
    const where = `runs[${r}]`;
    const driver = run.tool?.driver;
    check(text(driver?.name), `${where}.tool.driver.name`);
    check(Array.isArray(driver?.rules), `${where}.tool.driver.rules`);
    check((driver?.rules?.length ?? 0) <= 25_000, `${where}: at most 25,000 rules`);
    check(Array.isArray(run.results), `${where}.results`);
    check((run.results?.length ?? 0) <= 25_000, `${where}: at most 25,000 results`);
    if (driver?.semanticVersion !== undefined) {
      check(/^\d+\.\d+\.\d+(?:[-+].+)?$/.test(driver.semanticVersion), `${where}: semver`);
    }
    if (run.automationDetails !== undefined) {
      check(text(run.automationDetails.id), `${where}.automationDetails.id`);
    }
    const ids = new Set<string>();
    for (const [i, rule] of (driver?.rules ?? []).entries()) {
      const at = `${where}.tool.driver.rules[${i}] (${rule.id})`;
      check(text(rule.id) && !ids.has(rule.id), `${at}: unique id`);
      ids.add(rule.id);
      check(text(rule.shortDescription?.text), `${at}.shortDescription.text`);
      check(
        (rule.shortDescription?.text?.length ?? 0) <= 1024,
        `${at}.shortDescription: ≤ 1024 characters`,
      );
      check(text(rule.fullDescription?.text), `${at}.fullDescription.text`);
      check(
        (rule.fullDescription?.text?.length ?? 0) <= 1024,
        `${at}.fullDescription: ≤ 1024 characters`,
      );
      check(text(rule.help?.text), `${at}.help.text`);
      check(text(rule.help?.markdown), `${at}.help.markdown (recommended)`);
      if (rule.name !== undefined) {
        check(text(rule.name) && rule.name.length <= 255, `${at}.name: ≤ 255 characters`);
        check(rule.name.toLowerCase() !== rule.id.toLowerCase(), `${at}.name differs from id`);
      }
      check(LEVELS.includes(rule.defaultConfiguration?.level), `${at}.defaultConfiguration.level`);
      check(/^https:\/\//.test(rule.helpUri ?? ''), `${at}.helpUri`);
      const tags = rule.properties?.tags ?? [];
      // 20 is the hard limit; only 10 are shown.
      check(tags.length <= 10 && tags.every(text), `${at}.properties.tags: at most 10`);
      check(!tags.includes('security'), `${at}: not a security rule (no security-severity)`);
    }
    for (const [i, result] of (run.results ?? []).entries()) {
      const at = `${where}.results[${i}]`;
      check(driver?.rules?.[result.ruleIndex]?.id === result.ruleId, `${at}.ruleIndex → ruleId`);
      check(LEVELS.includes(result.level), `${at}.level`);
      check(text(result.message?.text), `${at}.message.text`);
      check(
        Array.isArray(result.locations) && result.locations.length === 1,
        `${at}: one location (the first is the one used; at most 10)`,
      );
      const fingerprints = Object.entries(result.partialFingerprints ?? {});
      check(
        fingerprints.length > 0 && fingerprints.every(([key, value]) => text(key) && text(value)),
        `${at}.partialFingerprints`,
      );
      for (const location of result.locations ?? []) {
        const { artifactLocation, region } = location.physicalLocation ?? {};
        const uri = artifactLocation?.uri ?? '';
        check(text(uri), `${at}: artifactLocation.uri`);
        check(
          !/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('/') && !uri.includes('\\'),
          `${at}: ${uri} is a relative reference (no scheme, no absolute path)`,
        );
        check(
          artifactLocation?.uriBaseId === undefined ||
            run.originalUriBaseIds?.[artifactLocation.uriBaseId] !== undefined,
          `${at}: uriBaseId ${artifactLocation?.uriBaseId} is declared in originalUriBaseIds`,
        );
        check(
          [region?.startLine, region?.startColumn, region?.endLine, region?.endColumn].every(
            (value) => Number.isInteger(value) && value >= 1,
          ),
          `${at}: region startLine, startColumn, endLine, endColumn, all ≥ 1`,
        );
        check(
          region !== undefined &&
            (region.endLine > region.startLine ||
              (region.endLine === region.startLine && region.endColumn > region.startColumn)),
          `${at}: region ends after it starts`,
        );
      }
    }
  }
  return problems;
}
