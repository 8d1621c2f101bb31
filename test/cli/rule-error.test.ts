import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { RULE_ERROR } from '../../src/engine/pipeline.js';
import type { EslintFileResult, EslintMessage } from '../../src/reporters/json.js';
import type { Rule } from '../../src/rules/types.js';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { postmortem, SPECS } from '../support/trend-postmortems.js';
import { registryWithThrowing } from '../support/throwing-rule.js';

/**
 * A rule that throws must never crash the CLI: it becomes one `rule-error` finding (an error, so
 * exit 1) naming the rule, and every other rule's findings are still reported.
 */

interface Outcome {
  code: number;
  results: EslintFileResult[];
  stderr: string;
}

async function lintJson(root: string, argv: string[], rules?: readonly Rule[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--format', 'json'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: root,
    env: {},
    ...(rules ? { rules } : {}),
  });
  return { code, results: JSON.parse(stdout) as EslintFileResult[], stderr };
}

const key = (message: EslintMessage): string =>
  `${message.ruleId} ${message.severity} ${message.line}:${message.column} ${message.message}`;

/** Every finding of a run, `file: ruleId severity line:column message`, sorted. */
function findings(results: EslintFileResult[], keep = (_: EslintMessage) => true): string[] {
  return results
    .flatMap((result) =>
      result.messages.filter(keep).map((message) => `${result.filePath}: ${key(message)}`),
    )
    .sort();
}

/** The reference postmortem with a blaming phrase; on 2026-03-01 its open action items are overdue. */
const BLAMING = referenceText().replace('Fast Detection', 'Fast Detection despite human error');
const LATE = ['--now', '2026-03-01'];

describe('a per-file rule that throws (CLI)', () => {
  test('one rule-error naming the rule, its own findings gone, every other finding kept, exit 1', async () => {
    const root = tempTree({ 'postmortems/a.md': BLAMING });
    const normal = await lintJson(root, ['postmortems', ...LATE]);
    expect(normal.code).toBe(1);
    // The run proves something only if both the broken rule and the others have findings.
    expect(findings(normal.results, (m) => m.ruleId === 'blameless-language')).not.toEqual([]);
    expect(findings(normal.results, (m) => m.ruleId === 'action-items')).not.toEqual([]);

    const broken = await lintJson(
      root,
      ['postmortems', ...LATE],
      registryWithThrowing('blameless-language'),
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe('');
    const errors = broken.results[0].messages.filter((m) => m.ruleId === RULE_ERROR);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 2 });
    expect(errors[0].message).toContain('Rule blameless-language failed on this file');
    expect(errors[0].message).toContain('boom in blameless-language');
    expect(findings(broken.results, (m) => m.ruleId !== RULE_ERROR)).toEqual(
      findings(normal.results, (m) => m.ruleId !== 'blameless-language'),
    );
  });

  test('a rule-error is an error: exit 1 where the run otherwise has warnings only', async () => {
    const root = tempTree({ 'postmortems/a.md': referenceText() });
    const normal = await lintJson(root, ['postmortems', ...LATE]);
    expect(normal.code).toBe(0);
    expect(normal.results[0].warningCount).toBeGreaterThan(0);
    expect(normal.results[0].errorCount).toBe(0);

    const broken = await lintJson(
      root,
      ['postmortems', ...LATE],
      registryWithThrowing('five-whys'),
    );
    expect(broken.code).toBe(1);
    expect(broken.results[0].errorCount).toBe(1);
    expect(broken.results[0].messages.filter((m) => m.ruleId === RULE_ERROR)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('Rule five-whys failed') }),
    ]);
    expect(findings(broken.results, (m) => m.ruleId !== RULE_ERROR)).toEqual(
      findings(normal.results, (m) => m.ruleId !== 'five-whys'),
    );
  });

  test('a rule the configuration turns off never runs, so it cannot fail', async () => {
    const root = tempTree({
      '.postmortemrc.yml': 'rules:\n  five-whys: off\n',
      'postmortems/a.md': referenceText(),
    });
    const broken = await lintJson(
      root,
      ['postmortems', ...LATE],
      registryWithThrowing('five-whys'),
    );
    expect(broken.code).toBe(0);
    expect(findings(broken.results, (m) => m.ruleId === RULE_ERROR)).toEqual([]);
  });
});

describe('a corpus rule that throws (CLI)', () => {
  /** Six postmortems, four of them on the same root-cause category: pattern-analysis has findings. */
  function corpus(): string {
    const files: Record<string, string> = {};
    for (const spec of SPECS) files[`postmortems/${spec.date}.md`] = postmortem(spec);
    return tempTree(files);
  }
  const NOW = ['--now', '2026-02-06'];

  test('one rule-error per postmortem naming the rule, the per-file findings kept, exit 1', async () => {
    const root = corpus();
    const normal = await lintJson(root, ['postmortems', ...NOW]);
    expect(findings(normal.results, (m) => m.ruleId === 'pattern-analysis')).not.toEqual([]);
    expect(findings(normal.results, (m) => m.ruleId === RULE_ERROR)).toEqual([]);

    const broken = await lintJson(
      root,
      ['postmortems', ...NOW],
      registryWithThrowing('pattern-analysis'),
    );
    expect(broken.code).toBe(1);
    expect(broken.results).toHaveLength(SPECS.length);
    for (const result of broken.results) {
      const errors = result.messages.filter((m) => m.ruleId === RULE_ERROR);
      expect(errors).toHaveLength(1);
      expect(errors[0].severity).toBe(2);
      expect(errors[0].message).toContain('Rule pattern-analysis failed on this file');
    }
    expect(findings(broken.results, (m) => m.ruleId !== RULE_ERROR)).toEqual(
      findings(normal.results, (m) => m.ruleId !== 'pattern-analysis'),
    );
  });

  test('also when only one postmortem is named (the others are read as context)', async () => {
    const root = corpus();
    const named = `postmortems/${SPECS[4].date}.md`;
    const broken = await lintJson(root, [named, ...NOW], registryWithThrowing('pattern-analysis'));
    expect(broken.code).toBe(1);
    expect(broken.results).toHaveLength(1);
    expect(broken.results[0].messages.filter((m) => m.ruleId === RULE_ERROR)).toHaveLength(1);
  });
});
