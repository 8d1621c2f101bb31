import { describe, expect, test } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { buildConfigSchema } from '../../src/config/schema.js';
import { renderDefaultConfig } from '../../src/scaffold/default-config.js';
import { tempTree } from '../support/lint.js';
import { runCli } from '../cli/run-cli.js';

/**
 * `action-item-tracking`'s options are filled in by the run (what GitHub said, the repository, the
 * statuses copied from `action-items`): no generated configuration offers them, and a configuration
 * that sets one is refused, naming the key, as ESLint refuses an option a rule does not take.
 */

const RUN_FILLED = [
  'lookedUp',
  'statuses',
  'doneStatuses',
  'statusSynonyms',
  'repository',
  'githubHosts',
  'issues',
];

async function configError(text: string): Promise<ConfigError> {
  const root = tempTree({ '.postmortemrc.yml': text });
  try {
    await loadConfig({ searchFrom: root, cwd: root });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('options the run fills in', () => {
  test('the public config schema offers only the severity of action-item-tracking', () => {
    const schema = buildConfigSchema() as {
      properties: {
        rules: { properties: Record<string, { else: { properties: Record<string, unknown> } }> };
      };
    };
    expect(
      Object.keys(schema.properties.rules.properties['action-item-tracking'].else.properties),
    ).toEqual(['severity']);
  });

  test('--init writes none of them; --print-config prints none of them', async () => {
    const generated = renderDefaultConfig();
    const block = generated.split('  action-item-tracking:\n')[1].split('\n\n')[0];
    expect(block).toBe('    # "off", "warning" or "error".\n    severity: error');
    const root = tempTree({});
    const printed = await runCli(['--print-config', 'postmortems/a.md'], root);
    expect(printed.code).toBe(0);
    const rules = (JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules;
    expect(rules['action-item-tracking']).toEqual({ severity: 'error' });
    // The statuses the run copies are the action-items rule's, configured there.
    expect(rules['action-items']).toHaveProperty('statuses');
  });

  test.each(RUN_FILLED)('a configuration that sets %s is refused, naming the key', async (name) => {
    const error = await configError(
      `rules:\n  action-item-tracking:\n    severity: warning\n    ${name}: ${name === 'lookedUp' ? 'true' : '{}'}\n`,
    );
    expect(error.message).toBe(
      `.postmortemrc.yml: rules.action-item-tracking.${name} is set by the run from what it looked up, not in a configuration: remove it (line 4)`,
    );
    expect(error.key).toBe(`rules.action-item-tracking.${name}`);
  });

  test('in an override and in --rule too; an unknown option keeps its own message', async () => {
    const override = await configError(
      'overrides:\n  - severities: [3]\n    rules:\n      action-item-tracking:\n        issues: {}\n',
    );
    expect(override.message).toContain(
      'overrides[0].rules.action-item-tracking.issues is set by the run from what it looked up, not in a configuration',
    );
    const root = tempTree({ 'postmortems/a.md': '# A\n' });
    const rule = await runCli(['--rule', '{"action-item-tracking": {"lookedUp": true}}'], root);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain(
      '--rule: rules.action-item-tracking.lookedUp is set by the run from what it looked up',
    );
    const unknown = await configError('rules:\n  action-item-tracking:\n    lookdUp: true\n');
    expect(unknown.message).toContain('rules.action-item-tracking.lookdUp is an unknown option');
  });
});
