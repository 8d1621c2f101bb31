import { readFileSync } from 'node:fs';
import { RULES } from '../../src/rules/index.js';
import { lintCommand } from '../../src/cli/lint.js';
import { loadConfig } from '../../src/config/load.js';
import { tempTree } from '../support/lint.js';
import { runCli } from './run-cli.js';
import { GOOD, NOW } from './fixtures.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function section(name: string): string {
  const match = new RegExp(`<!-- section: ${name} -->([\\s\\S]*?)<!-- /section: ${name} -->`).exec(
    README,
  );
  if (!match) throw new Error(`README has no "${name}" section`);
  return match[1];
}

describe('README', () => {
  test('the rules section links every rule to its doc page', () => {
    const rules = section('rules');
    for (const rule of RULES)
      expect(rules).toContain(`[\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md)`);
  });

  test('the command-line section documents every lint option', () => {
    const cli = section('cli');
    for (const option of Object.keys(lintCommand.options)) expect(cli).toContain(`--${option}`);
  });

  test('the formatter module example works as documented', async () => {
    const [example] = [...section('cli').matchAll(/```js\n([\s\S]*?)```/g)].map(
      (match) => match[1],
    );
    const root = tempTree({
      'my-formatter.js': example,
      'postmortems/a.md': '# A\n',
      'postmortems/b.md': GOOD,
    });
    const outcome = await runCli(['--now', NOW, '--format', './my-formatter.js'], root);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toMatch(/^postmortems\/a\.md: \d+ errors, \d+ warnings\n$/);
  });

  test('the first command is the one .ci/run checks', () => {
    expect(README).toContain('npm ci && npx postmortem-lint examples/postmortems');
    expect(readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')).toContain(
      'npx postmortem-lint examples/postmortems',
    );
  });
});

describe('README configuration examples', () => {
  const blocks = (language: string): string[] =>
    [
      ...section('configuration').matchAll(
        new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'),
      ),
    ].map((match) => match[1]);

  test('the full example is a valid configuration', async () => {
    const root = tempTree({ '.postmortemrc.yml': blocks('yaml')[0] });
    const config = await loadConfig({ searchFrom: root, cwd: root });
    expect(config.rules.find(({ id }) => id === 'pattern-analysis')?.severity).toBe('off');
  });

  test('the invalid example prints exactly the documented messages', async () => {
    const root = tempTree({ '.postmortemrc.yml': blocks('yaml')[1], 'postmortems/a.md': '# A\n' });
    const outcome = await runCli([], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(blocks('text')[0]);
  });
});
