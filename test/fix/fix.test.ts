import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, lintOne, tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { runCli } from '../cli/run-cli.js';
import { BUILTIN_TEMPLATE } from '../../src/scaffold/builtin-template.js';
import { fixBytes, fixFiles } from '../../src/fix/fix-files.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { applyEdits, applyEditsToBytes } from '../../src/text/edits.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

function fix(text: string, sections = false): string {
  const resolved = config(sections ? {} : { rules: { 'required-sections': 'off' } });
  return decode(fixBytes('pm.md', encode(text), resolved, BUILTIN_TEMPLATE).bytes);
}

/** Text with the given section (heading to the next "## ") removed. */
function withoutSection(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}`) + 1;
  const end = text.indexOf('\n## ', start + 1) + 1;
  return text.slice(0, start) + text.slice(end);
}

const METADATA_RULES = ['required-metadata', 'required-sections', 'invalid-frontmatter'];

describe('metadata fixes', () => {
  test.each([
    ['severity: sev1', 'severity: SEV-1'],
    ['severity: "Sev 2"', 'severity: "SEV-2"'],
    ['severity: SEV_3 (minor)', 'severity: SEV-3 (minor)'],
    ['status: completed', 'status: Completed'],
    ['status: in-review', 'status: In Review'],
    ['date: Feb 5, 2026', 'date: 2026-02-05'],
    ["date: '5 February 2026'", "date: '2026-02-05'"],
    ['date: 2026/2/5', 'date: 2026-02-05'],
  ])('frontmatter %s → %s', (before, after) => {
    const text = `---\n${before}\n---\n# T\n`;
    expect(fix(text)).toBe(`---\n${after}\n---\n# T\n`);
  });

  test.each([
    'severity: P1',
    'severity: SEV-1 (Critical)',
    'status: Done',
    'date: Feb 5, 2026 or 6',
    'date: soon',
  ])('leaves %s alone', (line) => {
    expect(fix(`---\n${line}\n---\n# T\n`)).toBe(`---\n${line}\n---\n# T\n`);
  });

  test("a rule an override turns off for the file's severity applies no fix", () => {
    const text = '---\nseverity: sev4\nstatus: completed\n---\n# T\n';
    const resolved = config({
      rules: { 'required-sections': 'off' },
      overrides: [{ severities: [4, 5], rules: { 'required-metadata': 'off' } }],
    });
    const fixed = (input: string): string =>
      decode(fixBytes('pm.md', encode(input), resolved, BUILTIN_TEMPLATE).bytes);
    expect(fixed(text)).toBe(text);
    // A severity the override does not list still gets the fixes.
    expect(fixed(text.replace('sev4', 'sev2'))).toBe(
      '---\nseverity: SEV-2\nstatus: Completed\n---\n# T\n',
    );
  });

  test('header lines and the closing status line', () => {
    const text =
      '# T\n\n**Date:** February 5, 2026  \n**Severity:** sev-1\n\n## Summary\n\nx\n\n**Postmortem Status:** ✅ completed\n';
    expect(fix(text)).toBe(
      '# T\n\n**Date:** 2026-02-05  \n**Severity:** SEV-1\n\n## Summary\n\nx\n\n**Postmortem Status:** ✅ Completed\n',
    );
  });

  test('fix then lint: the metadata findings are gone', () => {
    const original = referenceText()
      .replace('**Date:** 2026-02-05', '**Date:** Feb 5, 2026')
      .replace('**Severity:** SEV-1 (Critical)', '**Severity:** sev1 (Critical)')
      .replace('**Status:** Completed', '**Status:** completed');
    const now = { now: new Date('2026-02-06T12:00:00Z') };
    expect(
      lintOne(original, now).filter((d) => d.ruleId === 'required-metadata').length,
    ).toBeGreaterThan(0);
    const fixed = fix(original, true);
    expect(lintOne(fixed, now).filter((d) => METADATA_RULES.includes(d.ruleId))).toEqual([]);
    expect(fixed).toBe(referenceText());
  });
});

describe('missing sections', () => {
  test('inserted in template order, with guidance and placeholders that no-placeholders reports', () => {
    const reference = referenceText();
    const broken = withoutSection(
      withoutSection(withoutSection(reference, 'Impact'), 'Lessons Learned'),
      'What Went Well',
    );
    const fixed = fix(broken, true);
    const headings = [...fixed.matchAll(/^## (.*)$/gm)].map((match) => match[1]);
    expect(headings.slice(0, 9)).toEqual([
      'Executive Summary',
      'Impact',
      'Timeline',
      'Root Cause Analysis (5-Whys)',
      'Contributing Factors',
      'What Went Well',
      'What Went Wrong',
      'Action Items (Remediation Plan)',
      'Lessons Learned',
    ]);
    expect(fixed).toContain('## Impact\n\n<!-- Measured facts.');
    const found = lintOne(fixed, { now: new Date('2026-02-06T12:00:00Z') });
    expect(found.filter((d) => d.ruleId === 'required-sections')).toEqual([]);
    const placeholderLines = new Set(
      found.filter((d) => d.ruleId === 'no-placeholders').map((d) => d.line),
    );
    expect(placeholderLines.size).toBeGreaterThan(3);
    // Nothing but the inserted sections changed: removing them gives the input back.
    expect(
      withoutSection(
        withoutSection(withoutSection(fixed, 'Impact'), 'Lessons Learned'),
        'What Went Well',
      ),
    ).toBe(broken);
  });

  test('a file with no required section gets them all at the end; a name the template lacks gets a bare heading', () => {
    const configured = config({
      rules: { 'required-sections': { sections: ['Summary', 'Security Review'] } },
    });
    const out = fixBytes('pm.md', encode('# T\n\nSome text.'), configured, BUILTIN_TEMPLATE);
    const text = decode(out.bytes);
    expect(text.startsWith('# T\n\nSome text.\n\n## Summary\n\n<!-- Required section')).toBe(true);
    expect(text).toContain(
      '\n\n## Security Review\n\n<!-- Required section (rule required-sections): write it. -->\n\n[Security Review]\n',
    );
    expect(
      lintOne(text, { config: configured }).filter((d) => d.ruleId === 'required-sections'),
    ).toEqual([]);
  });
});

describe('bytes', () => {
  test('BOM and CRLF are kept; bytes outside the edits do not change', () => {
    const lf =
      '---\nseverity: sev2\nstatus: closed\n---\n# T\n\n## Executive Summary\n\nÜber — text.\n';
    const original = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const fixed = decode(fixBytes('pm.md', encode(original), config(), BUILTIN_TEMPLATE).bytes);
    expect(
      fixed.startsWith(
        '\uFEFF---\r\nseverity: SEV-2\r\nstatus: Closed\r\n---\r\n# T\r\n\r\n## Executive Summary\r\n\r\nÜber — text.\r\n',
      ),
    ).toBe(true);
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    // Undo the two spelling fixes and the appended sections: the original bytes come back.
    const appended = fixed.indexOf('## Impact');
    expect(fixed.slice(0, appended).replace('SEV-2', 'sev2').replace('Closed', 'closed')).toBe(
      `${original}\r\n`,
    );
  });

  test('edits apply back to front; overlapping edits keep the first', () => {
    const edits = [
      { start: 6, end: 11, text: 'there' },
      { start: 0, end: 5, text: 'Hi' },
      { start: 8, end: 9, text: 'X' },
      { start: 11, end: 11, text: '!' },
    ];
    expect(applyEdits('hello world', edits)).toBe('Hi there!');
    expect(
      decode(applyEditsToBytes(encode('hello\r\nworld'), [{ start: 5, end: 5, text: '\n-' }])),
    ).toBe('hello\r\n-\r\nworld');
  });

  test('a file that cannot be read as text is left as it is', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
    expect(fixBytes('pm.md', bytes, config(), BUILTIN_TEMPLATE)).toEqual({ bytes, fixes: 0 });
  });
});

describe('lint --fix', () => {
  test('fixes in place, then reports what is left', async () => {
    const broken = withoutSection(
      referenceText().replace('**Severity:** SEV-1', '**Severity:** sev1'),
      'Lessons Learned',
    );
    const root = tempTree({ 'postmortems/2026-02-05-api.md': broken });
    const outcome = await runCli(['--fix', '--now', '2026-02-06', '--format', 'json'], root);
    const fixed = readFileSync(join(root, 'postmortems', '2026-02-05-api.md'), 'utf8');
    expect(fixed).toContain('**Severity:** SEV-1 (Critical)');
    expect(fixed).toContain('## Lessons Learned\n\n<!--');
    const messages = (
      JSON.parse(outcome.stdout) as Array<{ messages: Array<{ ruleId: string }> }>
    )[0].messages;
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(['no-placeholders']));
    expect(outcome.code).toBe(1);

    // A second run changes nothing.
    writeFileSync(join(root, 'copy.md'), fixed);
    await runCli(['--fix', '--now', '2026-02-06'], root);
    expect(readFileSync(join(root, 'postmortems', '2026-02-05-api.md'), 'utf8')).toBe(fixed);
  });

  test("missing sections come from the folder's TEMPLATE.md when there is one", async () => {
    const broken = withoutSection(referenceText(), 'Lessons Learned');
    const template = BUILTIN_TEMPLATE.replace(
      '<!-- What the organisation now knows, beyond this one fix. -->',
      '<!-- Our own guidance: link the lesson to the runbook it changed. -->',
    );
    const root = tempTree({
      'postmortems/TEMPLATE.md': template,
      'postmortems/2026-02-05-api.md': broken,
    });
    await runCli(['--fix', '--now', '2026-02-06'], root);
    const fixed = readFileSync(join(root, 'postmortems', '2026-02-05-api.md'), 'utf8');
    expect(fixed).toContain(
      '## Lessons Learned\n\n<!-- Our own guidance: link the lesson to the runbook it changed. -->',
    );
  });

  test('a file that cannot be read is left to the lint, which reports it', async () => {
    const root = tempTree({});
    const warnings: string[] = [];
    await expect(
      fixFiles([join(root, 'missing.md')], resolveConfig({}, null, root), (w) => warnings.push(w)),
    ).resolves.toBe(0);
    expect(warnings).toEqual([]);
  });
});

describe('--fix writes only inside the root, never through a link, atomically', () => {
  const BROKEN = '---\nseverity: sev1\n---\n# T\n';

  /** A repository (`repo/`, the config's root) and, beside it, files that must never change. */
  function setup(): {
    root: string;
    outside: string;
    run: (paths: string[]) => Promise<{ changed: number; warnings: string[] }>;
  } {
    const base = tempTree({
      'repo/postmortems/ok.md': BROKEN,
      'outside/victim.md': BROKEN,
    });
    const root = join(base, 'repo');
    const resolved = resolveConfig({}, null, root);
    return {
      root,
      outside: join(base, 'outside'),
      run: async (paths) => {
        const warnings: string[] = [];
        const changed = await fixFiles(paths, resolved, (w) => warnings.push(w));
        return { changed, warnings };
      },
    };
  }

  test('a file inside the root is fixed in place (and nothing else is left in its folder)', async () => {
    const { root, run } = setup();
    const ok = join(root, 'postmortems', 'ok.md');
    await expect(run([ok])).resolves.toEqual({ changed: 1, warnings: [] });
    expect(readFileSync(ok, 'utf8')).toContain('severity: SEV-1');
    expect(readdirSync(join(root, 'postmortems'))).toEqual(['ok.md']);
  });

  test('a postmortem that is a symlink to a file outside the root is not modified', async () => {
    const { root, outside, run } = setup();
    const link = join(root, 'postmortems', 'link.md');
    symlinkSync(join(outside, 'victim.md'), link);
    const { changed, warnings } = await run([link]);
    expect(changed).toBe(0);
    expect(warnings).toEqual([`${link} is a symbolic link: not fixed.`]);
    expect(readFileSync(join(outside, 'victim.md'), 'utf8')).toBe(BROKEN);
  });

  test('an absolute files entry outside the root is not modified', async () => {
    const { outside, run } = setup();
    const victim = join(outside, 'victim.md');
    const { changed, warnings } = await run([victim]);
    expect(changed).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(victim);
    expect(warnings[0]).toContain("outside the configuration's root");
    expect(readFileSync(victim, 'utf8')).toBe(BROKEN);
  });

  test('a folder symlink inside the root that points outside is not followed for writing', async () => {
    const { root, outside, run } = setup();
    symlinkSync(outside, join(root, 'postmortems', 'shared'));
    const { changed, warnings } = await run([join(root, 'postmortems', 'shared', 'victim.md')]);
    expect(changed).toBe(0);
    expect(warnings[0]).toContain("outside the configuration's root");
    expect(readFileSync(join(outside, 'victim.md'), 'utf8')).toBe(BROKEN);
    expect(readdirSync(outside)).toEqual(['victim.md']);
  });

  test('through the CLI: a config whose files name an outside file leaves it untouched', async () => {
    const { root, outside } = setup();
    const victim = join(outside, 'victim.md');
    symlinkSync(victim, join(root, 'postmortems', 'link.md'));
    writeFileSync(
      join(root, '.postmortemrc.json'),
      JSON.stringify({ files: ['postmortems/**/*.md', victim] }),
    );
    await runCli(['--fix', '--now', '2026-02-06'], root);
    expect(readFileSync(victim, 'utf8')).toBe(BROKEN);
    expect(readFileSync(join(root, 'postmortems', 'ok.md'), 'utf8')).toContain('severity: SEV-1');
  });

  test('a file over maxFileSize is neither read nor fixed', async () => {
    const base = tempTree({ 'big.md': BROKEN + 'x'.repeat(200) });
    const resolved = resolveConfig({ maxFileSize: 100 }, null, base);
    const warnings: string[] = [];
    await expect(fixFiles([join(base, 'big.md')], resolved, (w) => warnings.push(w))).resolves.toBe(
      0,
    );
    expect(readFileSync(join(base, 'big.md'), 'utf8')).toBe(BROKEN + 'x'.repeat(200));
  });

  test('a TEMPLATE.md over maxFileSize is not read: the built-in template is used, with a warning', async () => {
    const base = tempTree({ 'TEMPLATE.md': 'x'.repeat(5000), 'pm.md': '# T\n' });
    const resolved = resolveConfig({ maxFileSize: 4000 }, null, base);
    const warnings: string[] = [];
    await expect(fixFiles([join(base, 'pm.md')], resolved, (w) => warnings.push(w))).resolves.toBe(
      1,
    );
    expect(warnings).toEqual([
      `${join(base, 'TEMPLATE.md')} is 5000 bytes, over the 4000-byte limit (maxFileSize): not read, the built-in template is used instead.`,
    ]);
    expect(readFileSync(join(base, 'pm.md'), 'utf8')).toContain('## ');
  });
});
