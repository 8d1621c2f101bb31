import { describe, expect, test } from '@jest/globals';
import { formatStylish } from '../../src/reporters/stylish.js';
import { messageText } from '../../src/reporters/message.js';
import { fileResult } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { LintRun } from '../../src/engine/types.js';
import { excerpt } from '../../src/rules/helpers/model.js';
import { lintOne } from '../support/lint.js';
import { referenceAsFrontmatter, referenceText } from '../support/reference.js';

/** A run of one file with these findings, as the CLI would hand it to the reporter. */
function runOf(path: string, diagnostics: Diagnostic[]): LintRun {
  const result = fileResult(path, diagnostics);
  const errorCount = result.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    results: [result],
    index: [],
    errorCount,
    warningCount: result.diagnostics.length - errorCount,
  };
}

/** The reference postmortem (frontmatter form) with some of its YAML lines replaced. */
function withYaml(replacements: Record<string, string>): string {
  return referenceAsFrontmatter()
    .split('\n')
    .map((line) => {
      const key = /^(\w+):/.exec(line)?.[1];
      return key !== undefined && key in replacements ? `${key}: ${replacements[key]}` : line;
    })
    .join('\n');
}

/** Lines a GitHub runner would read as a workflow command (it ignores leading blanks). */
function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::'));
}

describe('stylish with untrusted document text', () => {
  // Double-quoted YAML: `\n` is a newline, `\e` an ESC, `\u202E` a right-to-left override.
  const hostile = String.raw`"x\n::error::pwned\n::add-mask::secret\e[31m\u202E"`;

  test('a YAML value holding newlines, workflow commands and escapes prints on one line, escaped', () => {
    const text = withYaml({ status: hostile, severity: hostile, title: hostile });
    const diagnostics = lintOne(text);
    const quoting = diagnostics.filter((d) => d.message.includes('::error::pwned'));
    expect(quoting.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['required-metadata', 'required-metadata']),
    );
    expect(quoting.length).toBeGreaterThanOrEqual(2);
    // The finding itself still holds the raw value: the JSON and SARIF reporters escape by construction.
    expect(quoting[0].message).toContain('\n::error::pwned');

    for (const color of [false, true]) {
      const output = formatStylish(runOf('postmortems/hostile.md', diagnostics), { color });
      expect(commandLines(output)).toEqual([]);
      expect(output).toContain('x\\n::error::pwned\\n::add-mask::secret\\x1b[31m\\u202e');
      expect(output).not.toContain('\u202e');
      const rows = output.split('\n').filter((line) => line.includes('required-metadata'));
      expect(rows.length).toBe(quoting.length);
      if (!color) expect(output).not.toContain('\u001b');
      else {
        // Only the reporter's own colour codes remain: strip them and no ESC is left.
        const plain = output
          .split('\u001b[')
          .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')));
        expect(plain.join('')).not.toContain('\u001b');
        expect(plain.join('')).toBe(formatStylish(runOf('postmortems/hostile.md', diagnostics)));
      }
    }
  });

  test('messages, suggestions, rule ids and paths are all escaped; a "::" path gets "./"', () => {
    const diagnostic: Diagnostic = {
      ruleId: 'custom\nrule',
      severity: 'warning',
      message: '::error::first\r::warning::second',
      suggestion: 'Do this.\n::add-mask::secret\u0007\u0008\u009b31m',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
    };
    const output = formatStylish(runOf('::error file=x::pwned\n.md', [diagnostic]));
    expect(commandLines(output)).toEqual([]);
    expect(output.split('\n')).toEqual([
      '',
      './::error file=x::pwned\\n.md',
      '  ./::error file=x::pwned\\n.md:1:1  warning  ::error::first\\r::warning::second Suggestion: Do this.\\n::add-mask::secret\\x07\\x08\\x9b31m  custom\\nrule',
      '',
      '✖ 1 problem (0 errors, 1 warning)',
      '',
    ]);
  });

  test('ordinary paths and messages print as before', () => {
    const diagnostics = lintOne(
      referenceText().replace('**Status:** Completed', '**Status:** Done-ish'),
    );
    const output = formatStylish(runOf('postmortems/a.md', diagnostics));
    expect(output).toContain('Status "Done-ish" is not one of:');
  });
});

describe('quoted document text is capped', () => {
  test('excerpt: trimmed, cut with "…" at 80 characters by default, never inside a surrogate pair', () => {
    expect(excerpt('  short  ')).toBe('short');
    expect(excerpt('a'.repeat(80))).toBe('a'.repeat(80));
    expect(excerpt('a'.repeat(81))).toBe(`${'a'.repeat(79)}…`);
    expect(excerpt('abcdef', 4)).toBe('abc…');
    expect(excerpt('ab🔥cd', 4)).toBe('ab…');
  });

  test('100,000-character values give messages under 500 characters', () => {
    const long = (c: string): string => c.repeat(100_000);
    const yaml = withYaml({
      id: `"${long('I')}"`,
      date: `"${long('d')}"`,
      severity: `"${long('s')}"`,
      status: `"${long('t')}"`,
      duration: `"${long('u')}"`,
    });
    const table = yaml.replace(
      '| **AI-003** | Test that the bulk-write helper sets a TTL on keys | @backend-team | 2026-02-10 | 📋 To Do |',
      `| ${long('A')} | ${long('a')} | ${long('?')} | ${long('9')} | ${long('x')} |`,
    );
    expect(table).not.toBe(yaml);
    // The owner is quoted only when it is one of the placeholders (bounded, but excerpted too).
    const diagnostics = lintOne(table);
    const quoting = diagnostics.filter((d) => /"[^"]{79}…"/.test(d.message));
    expect(new Set(quoting.map((d) => d.ruleId))).toEqual(
      new Set(['required-metadata', 'action-items', 'timeline-consistency']),
    );
    // required-metadata: id, date, severity, status; action-items: deadline and status at least.
    expect(quoting.length).toBeGreaterThanOrEqual(6);
    for (const diagnostic of diagnostics) expect(messageText(diagnostic).length).toBeLessThan(500);
    const output = formatStylish(runOf('postmortems/long.md', diagnostics));
    for (const line of output.split('\n')) expect(line.length).toBeLessThan(600);
  });
});
