import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { config, lintOne, tempTree } from '../support/lint.js';
import { runCli } from '../cli/run-cli.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { BUILTIN_TEMPLATE } from '../../src/scaffold/builtin-template.js';
import {
  nextIncidentId,
  scaffoldPostmortem,
  ScaffoldError,
  slugOf,
} from '../../src/scaffold/scaffold.js';

const TEMPLATE_PATH = join(
  process.cwd(),
  'examples',
  'template-repo',
  'postmortems',
  'TEMPLATE.md',
);

function frontmatterOf(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

describe('scaffoldPostmortem', () => {
  const request = {
    template: BUILTIN_TEMPLATE,
    title: "Search results empty after an index alias swap: 'v2' missing",
    severity: 'sev1',
    date: '2026-03-09',
    existing: ['id: INC-2026-0309-001', 'See INC-2026-0309-004 and INC-2026-0310-009'],
    config: config(),
  };

  test('fills id, title, date, severity and the follow-up deadline', () => {
    const result = scaffoldPostmortem(request);
    expect(result.fileName).toBe(
      '2026-03-09-search-results-empty-after-an-index-alias-swap-v2-missing.md',
    );
    expect(result.id).toBe('INC-2026-0309-005');
    const data = frontmatterOf(result.text);
    expect(data).toMatchObject({
      id: 'INC-2026-0309-005',
      title: request.title,
      date: '2026-03-09',
      severity: 'SEV-1',
    });
    expect(result.text).toContain(`\n# ${request.title}\n`);
    expect(result.text).toContain('**Follow-Up Meeting:** not yet held — due by 2026-03-12\n');
    expect(result.text).toContain(
      '**Distribution:** not yet shared — send to Engineering, Product, Executive Leadership\n',
    );
    // The "how to start" comment of the template is not copied.
    expect(result.text.startsWith('---\nid: INC-2026-0309-005\n')).toBe(true);
  });

  test('changes nothing else of the template', () => {
    const result = scaffoldPostmortem(request);
    const body = (text: string): string =>
      text.slice(text.indexOf('\n## Executive Summary'), text.indexOf('**Follow-Up Meeting:** '));
    expect(body(result.text)).toBe(body(BUILTIN_TEMPLATE));
  });

  test('uses the follow-up-meeting window configured for the severity', () => {
    const windows = resolveConfig(
      { rules: { 'follow-up-meeting': { windows: { '2': 5 }, businessDays: true } } },
      null,
      '.',
    );
    // 2026-03-13 is a Friday: five business days later is Friday 2026-03-20.
    const result = scaffoldPostmortem({
      ...request,
      severity: 'SEV-2',
      date: '2026-03-13',
      config: windows,
    });
    expect(result.followUpDeadline).toBe('2026-03-20');
  });

  test('an incident id pattern of its own: the id is left for the author to fill', () => {
    const custom = resolveConfig({ incidentIdPattern: '^OPS-\\d+$' }, null, '.');
    const result = scaffoldPostmortem({ ...request, config: custom });
    expect(frontmatterOf(result.text).id).toBe('INC-YYYY-MMDD-NNN');
    expect(result.id).toBeNull();
  });

  test('rejects what it cannot fill', () => {
    expect(() => scaffoldPostmortem({ ...request, severity: 'urgent' })).toThrow(ScaffoldError);
    expect(() => scaffoldPostmortem({ ...request, date: '2026-02-30' })).toThrow(/--date/);
    expect(() => scaffoldPostmortem({ ...request, title: '  ' })).toThrow(/--title/);
  });

  test('a header-form template is filled too', () => {
    const template =
      '# [Incident Title]\n\n**Incident ID:** INC-YYYY-MMDD-NNN\n**Date:** YYYY-MM-DD\n**Severity:** SEV-X\n\n## Summary\n\nText.\n\n**Follow-Up Meeting:** TBD\n';
    const result = scaffoldPostmortem({ ...request, template, existing: [] });
    expect(result.text).toBe(
      `# ${request.title}\n\n**Incident ID:** INC-2026-0309-001\n**Date:** 2026-03-09\n**Severity:** SEV-1\n\n## Summary\n\nText.\n\n**Follow-Up Meeting:** not yet held — due by 2026-03-12\n`,
    );
  });

  test('an older template with a bare meeting date and a prefilled distribution reads as not done yet', () => {
    const template =
      '# [Incident Title]\n\n**Date:** YYYY-MM-DD\n**Severity:** SEV-X\n\n## Summary\n\nText.\n\n**Distribution:** Engineering, Product, CTO\n**Follow-Up Meeting:** YYYY-MM-DD\n';
    const result = scaffoldPostmortem({ ...request, template, existing: [] });
    expect(result.text).toContain(
      '**Distribution:** not yet shared — send to Engineering, Product, CTO\n**Follow-Up Meeting:** not yet held — due by 2026-03-12\n',
    );
  });

  test('a scaffolded postmortem does not pass follow-up-meeting or distribution before anyone acted', () => {
    const result = scaffoldPostmortem({ ...request, severity: 'SEV-2' });
    const found = (now: string) =>
      lintOne(result.text, { now: new Date(`${now}T12:00:00Z`) })
        .filter((d) => d.ruleId === 'follow-up-meeting' || d.ruleId === 'distribution')
        .map((d) => `${d.ruleId} ${d.severity}`);
    // Before the deadline (2026-03-12) both are warnings; after it the meeting is an error.
    expect(found('2026-03-10')).toEqual(['distribution warning', 'follow-up-meeting warning']);
    expect(found('2026-03-13')).toEqual(['distribution warning', 'follow-up-meeting error']);
  });

  test('slugs and ids', () => {
    expect(slugOf('Ünïcode — and   spaces!')).toBe('unicode-and-spaces');
    expect(slugOf('!!!')).toBe('incident');
    expect(slugOf('a'.repeat(30) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(nextIncidentId('2026-01-02', [])).toBe('INC-2026-0102-001');
    expect(nextIncidentId('2026-01-02', ['XINC-2026-0102-007', 'INC-2026-0102-0071'])).toBe(
      'INC-2026-0102-001',
    );
  });

  test('the built-in template is the template of examples/template-repo (regenerate: npm run samples)', () => {
    expect(BUILTIN_TEMPLATE).toBe(readFileSync(TEMPLATE_PATH, 'utf8'));
  });

  test('a scaffolded postmortem has errors for its placeholders only', () => {
    const result = scaffoldPostmortem({ ...request, severity: 'SEV-2' });
    const errors = lintOne(result.text, { now: new Date('2026-03-09T18:00:00Z') }).filter(
      (d) => d.severity === 'error',
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((d) => d.ruleId !== 'no-placeholders')).toEqual([]);
  });
});

describe('postmortem-lint new', () => {
  test('creates the file from the folder template, next id for the day, never overwrites', async () => {
    const root = tempTree({
      'postmortems/TEMPLATE.md': readFileSync(TEMPLATE_PATH, 'utf8'),
      'postmortems/2026/2026-04-01-first.md': '---\nid: INC-2026-0401-001\n---\n# First\n',
    });
    const argv = ['new', '--title', 'Queue backlog', '--severity', 'SEV-3', '--date', '2026-04-01'];
    const first = await runCli(argv, root);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(
      'Created postmortems/2026-04-01-queue-backlog.md from postmortems/TEMPLATE.md',
    );
    const created = readFileSync(join(root, 'postmortems', '2026-04-01-queue-backlog.md'), 'utf8');
    expect(frontmatterOf(created)).toMatchObject({ id: 'INC-2026-0401-002', severity: 'SEV-3' });

    writeFileSync(join(root, 'postmortems', '2026-04-01-queue-backlog.md'), 'edited');
    const again = await runCli(argv, root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'postmortems/2026-04-01-queue-backlog.md already exists: not overwritten',
    );
    expect(readFileSync(join(root, 'postmortems', '2026-04-01-queue-backlog.md'), 'utf8')).toBe(
      'edited',
    );
  });

  test('uses the built-in template and today (--now) when the folder has none', async () => {
    const root = tempTree({ 'README.md': '# repo\n' });
    const outcome = await runCli(
      ['new', '-t', 'Login slow', '-s', 'P2', '--now', '2026-05-04', '--dir', 'docs/pm'],
      root,
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('from the built-in template');
    expect(outcome.stdout).toContain(
      'INC-2026-0504-001, SEV-2, follow-up meeting due by 2026-05-07',
    );
    expect(existsSync(join(root, 'docs', 'pm', '2026-05-04-login-slow.md'))).toBe(true);
  });

  test('usage errors exit 2', async () => {
    const root = tempTree({});
    expect((await runCli(['new', '--severity', 'SEV-1'], root)).code).toBe(2);
    const bad = await runCli(
      ['new', '--title', 'x', '--severity', 'SEV-1', '--date', '05/04/2026'],
      root,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date must be a calendar date');
  });
});

describe('new: size limit and safe writing', () => {
  const argv = ['new', '-t', 'Login slow', '-s', 'P2', '--now', '2026-05-04'];

  test('a TEMPLATE.md over maxFileSize is not read: the built-in template, with a warning', async () => {
    const root = tempTree({
      '.postmortemrc.json': JSON.stringify({ maxFileSize: 4000 }),
      'postmortems/TEMPLATE.md': 'x'.repeat(5000),
      'postmortems/huge.md': 'id: INC-2026-0504-007\n' + 'x'.repeat(5000),
    });
    const outcome = await runCli(argv, root);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain('over the 4000-byte limit (maxFileSize): not read');
    expect(outcome.stdout).toContain('from the built-in template');
    // The oversized postmortem was not read either: its id is not counted.
    expect(outcome.stdout).toContain('INC-2026-0504-001');
  });

  test('--dir through a folder symlink pointing outside the root: nothing is written', async () => {
    const base = tempTree({ 'repo/README.md': '# repo\n', 'outside/keep.md': 'x' });
    const root = join(base, 'repo');
    symlinkSync(join(base, 'outside'), join(root, 'postmortems'));
    const outcome = await runCli(argv, root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("outside the configuration's root");
    expect(readdirSync(join(base, 'outside'))).toEqual(['keep.md']);
  });

  test('--dir outside the root: no folder is created there', async () => {
    const base = tempTree({ 'repo/README.md': '# repo\n' });
    const outcome = await runCli([...argv, '--dir', '../elsewhere/pm'], join(base, 'repo'));
    expect(outcome.code).toBe(2);
    expect(existsSync(join(base, 'elsewhere'))).toBe(false);
  });

  test('a symlink where the new file would go is not written through', async () => {
    const base = tempTree({ 'repo/postmortems/x.md': '# x\n' });
    const root = join(base, 'repo');
    const planted = join(base, 'planted.md');
    symlinkSync(planted, join(root, 'postmortems', '2026-05-04-login-slow.md'));
    const outcome = await runCli(argv, root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('is a symbolic link');
    expect(existsSync(planted)).toBe(false);
  });
});
