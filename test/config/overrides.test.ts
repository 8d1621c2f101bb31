import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { createEditorLinter } from '../../src/app/editor-lint.js';
import { lintOne, tempTree } from '../support/lint.js';

const CONFIG = [
  'rules:',
  '  timeline-granularity: off',
  'overrides:',
  '  - severities: [3, "P4"]',
  '    rules:',
  '      required-sections:',
  '        sections: [Summary, Timeline, Action Items]',
  '      five-whys: off',
  '',
].join('\n');

/** A postmortem of `severity` with a summary, a timeline and action items, nothing else. */
const postmortem = (severity: string): string =>
  [
    '# Queue backlog',
    '',
    '**Incident ID:** INC-2026-0120-001',
    '**Date:** 2026-01-20',
    `**Severity:** ${severity}`,
    '**Status:** Draft',
    '**Author:** @queue-team',
    '',
    '## Summary',
    '',
    'The queue grew for an hour after a broker restart.',
    '',
    '## Timeline',
    '',
    '- 10:00 UTC broker restarted',
    '- 11:00 UTC queue drained',
    '',
    '## Action Items',
    '',
    '| ID | Action | Owner | Deadline | Status |',
    '|---|---|---|---|---|',
    '| AI-1 | Alert on queue depth | @queue-team | 2026-03-01 | Open |',
    '',
  ].join('\n');

async function load(files: Record<string, string>, ruleOverrides?: Record<string, unknown>) {
  const root = tempTree(files);
  return { root, config: await loadConfig({ searchFrom: root, cwd: root, ruleOverrides }) };
}

async function configError(text: string): Promise<ConfigError> {
  try {
    await load({ '.postmortemrc.yml': text });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const ruleIds = (severity: string, config: Awaited<ReturnType<typeof load>>['config']) =>
  [...new Set(lintOne(postmortem(severity), { config }).map((d) => d.ruleId))].sort();

describe('overrides by severity', () => {
  test('a SEV-3 postmortem needs only the sections its override lists; a SEV-1 needs all', async () => {
    const { config } = await load({ '.postmortemrc.yml': CONFIG });
    expect(ruleIds('SEV-3', config)).not.toContain('required-sections');
    expect(ruleIds('P4', config)).not.toContain('required-sections');
    expect(ruleIds('SEV-1', config)).toContain('required-sections');
    // The top-level rules still apply under an override.
    expect(ruleIds('SEV-3', config)).not.toContain('timeline-granularity');
    const sev1 = lintOne(postmortem('SEV-1'), { config }).filter(
      (d) => d.ruleId === 'required-sections',
    );
    expect(sev1[0].message).toContain('Missing');
  });

  test('a file of unknown severity runs the top-level rules', async () => {
    const { config } = await load({ '.postmortemrc.yml': CONFIG });
    expect(ruleIds('unknown-ish', config)).toContain('required-sections');
  });

  test('overrides apply in order; --rule wins over them', async () => {
    const text = `${CONFIG}  - severities: [SEV-3]\n    rules:\n      five-whys: warning\n`;
    const { config } = await load({ '.postmortemrc.yml': text });
    expect(config.rulesBySeverity?.['3'].find((rule) => rule.id === 'five-whys')?.severity).toBe(
      'warning',
    );
    expect(config.rulesBySeverity?.['4'].find((rule) => rule.id === 'five-whys')?.severity).toBe(
      'off',
    );
    const cli = await load({ '.postmortemrc.yml': text }, { 'five-whys': 'error' });
    for (const level of ['3', '4'])
      expect(
        cli.config.rulesBySeverity?.[level].find((rule) => rule.id === 'five-whys')?.severity,
      ).toBe('error');
  });

  test('overrides change the cache key', async () => {
    const plain = await load({ '.postmortemrc.yml': 'rules:\n  timeline-granularity: off\n' });
    const overridden = await load({ '.postmortemrc.yml': CONFIG });
    expect(overridden.config.hash).not.toBe(plain.config.hash);
  });

  test('the editor faces (remark, markdownlint) pick the rules by severity too', async () => {
    const { root } = await load({ '.postmortemrc.yml': CONFIG });
    const linter = createEditorLinter({ now: '2026-02-06' }, 'remark');
    const ids = async (severity: string) =>
      (
        await linter.lint({
          path: join(root, 'postmortems/a.md'),
          cwd: root,
          value: postmortem(severity),
        })
      )?.messages.map((message) => message.ruleId) ?? [];
    expect(await ids('SEV-3')).not.toContain('required-sections');
    expect(await ids('SEV-1')).toContain('required-sections');
  });

  test.each([
    [
      'overrides:\n  - severities: [3]\n    rules:\n      required-sectons: off\n',
      '.postmortemrc.yml: overrides[0].rules.required-sectons is an unknown rule (did you mean "required-sections"?) (line 4)',
    ],
    [
      'overrides:\n  - severities: [3, Medium-ish]\n    rules: {}\n',
      '.postmortemrc.yml: overrides[0].severities[1] must be a level 1-5 or a severity such as "SEV-3", "P3" or a severityAliases spelling (found "Medium-ish") (line 2)',
    ],
    [
      'overrides:\n  - severities: [9]\n    rules: {}\n',
      '.postmortemrc.yml: overrides[0].severities[0] must be integer from 1 to 5 or a non-empty string (found 9) (line 2)',
    ],
    [
      'overrides:\n  - rules: {}\n',
      '.postmortemrc.yml: overrides[0] needs the key "severities" (line 2)',
    ],
    [
      'overrides:\n  - severities: [1]\n    rules:\n      five-whys: { minDepth: 0 }\n',
      '.postmortemrc.yml: overrides[0].rules.five-whys.minDepth must be integer >= 1 (found 0) (line 4)',
    ],
    [
      'overrides:\n  - severities: [1]\n    rules:\n      five-whys: loud\n',
      '.postmortemrc.yml: overrides[0].rules.five-whys must be "off", "warning", "warn", "error", 0, 1, 2 or a mapping { severity, ...options } (found "loud") (line 4)',
    ],
  ])('bad override %# is refused with its key and line', async (text, message) => {
    const error = await configError(text);
    expect(error.message).toBe(message);
  });

  test('a severityAliases spelling names a severity in an override', async () => {
    const text =
      'severityAliases:\n  Medium-ish: 3\noverrides:\n  - severities: [Medium-ish]\n    rules:\n      five-whys: off\n';
    const { config } = await load({ '.postmortemrc.yml': text });
    expect(Object.keys(config.rulesBySeverity ?? {})).toEqual(['3']);
  });

  test("the README's overrides example is a valid configuration", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /```yaml\n(overrides:[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const { config } = await load({ '.postmortemrc.yml': example });
    expect(Object.keys(config.rulesBySeverity ?? {})).toEqual(['1', '3', '4', '5']);
    const sev3 = lintOne(postmortem('SEV-3'), { config }).map((d) => d.ruleId);
    expect(sev3).not.toContain('required-sections');
  });
});
