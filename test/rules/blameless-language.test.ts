import { ruleFindings } from '../support/lint.js';
import { documentedAndReferenceTests } from './rule-findings.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const ID = 'blameless-language';

function findings(text: string, options?: Record<string, unknown>): Diagnostic[] {
  return ruleFindings(ID, text, { options });
}

const at = (list: Diagnostic[]): string[] =>
  list.map((d) => `${d.line}:${d.column}-${d.endColumn}`);

describe('blameless-language', () => {
  documentedAndReferenceTests(ID);

  test('reports the exact word span, with the phrase and a rewording', () => {
    const [finding, ...rest] = findings(
      '# Outage\n\nThe root cause was Human  Error in the deploy.\n',
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: 3, column: 20, endLine: 3, endColumn: 32 });
    expect(finding.message).toContain('"Human  Error"');
    expect(finding.suggestion).toContain('describe the system condition that allowed the action');
  });

  test('whole words only; hyphenated and allowlisted phrases are not blame', () => {
    const text = [
      '# Outage',
      '',
      'The default timeout hid a faulty disk and a page fault in the kernel.',
      '',
      'We run fault injection tests; the fault-tolerant path and fault tolerance held.',
      '',
      'This is a no-blame review; git blame showed the commit. Blameless, blame-free.',
      '',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  test('code, HTML comments and block quotes are not prose', () => {
    const text = [
      '# Outage',
      '',
      '`careless` in code, and:',
      '',
      '```text',
      'ERROR blamed on human error',
      '```',
      '',
      '<!-- sloppy draft note -->',
      '',
      '> chat: that was stupid',
      '',
      'Only this one is sloppy.',
      '',
    ].join('\n');
    expect(at(findings(text))).toEqual(['13:18-24']);
  });

  test('multi-line and possessive fault phrases', () => {
    const text = '# Outage\n\nThe deploy team was at\nfault, and it was their fault too.\n';
    expect(at(findings(text))).toEqual(['3:21-6', '4:19-30']);
  });

  test('flags a named person as the cause, and can be switched off', () => {
    const text = '# Outage\n\nIt was Dana Reyes’s mistake that the flag flipped.\n';
    const found = findings(text);
    expect(at(found)).toEqual(['3:8-28']);
    expect(found[0].message).toContain('names a person as the cause');
    expect(findings(text, { flagNamedCause: false })).toEqual([]);
  });

  test('the lexicon can be extended, trimmed and replaced; the allowlist replaced', () => {
    const text = '# Outage\n\nA careless cowboy change; a sloppy fix.\n';
    expect(findings(text).map((d) => d.message.split('"')[1])).toEqual(['careless', 'sloppy']);
    const extended = findings(text, {
      lexicon: { cowboy: 'describe the missing review', sloppy: null },
    });
    expect(extended.map((d) => d.message.split('"')[1])).toEqual(['careless', 'cowboy']);
    expect(extended[1].suggestion).toBe('Instead, describe the missing review.');
    const replaced = findings(text, {
      useDefaultLexicon: false,
      lexicon: { cowboy: 'say what review was skipped' },
    });
    expect(replaced.map((d) => d.message.split('"')[1])).toEqual(['cowboy']);
    const allowed = findings(text, { allow: ['careless cowboy'] });
    expect(allowed.map((d) => d.message.split('"')[1])).toEqual(['sloppy']);
  });

  test('non-exact text runs are reported at the run start', () => {
    const found = findings('# Outage\n\nA &amp; B were careless.\n');
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['3:1']);
  });

  test('reports each blaming word of a sentence precisely', () => {
    const line =
      'We will not blame the vendor: the rollout was sloppy, nobody is to blame, and nobody dropped the ball.';
    const found = findings(`# Outage\n\n## What Went Wrong\n\n${line}\n`);
    expect(found.map((d) => line.slice(d.column - 1, d.endColumn - 1))).toEqual([
      'blame',
      'sloppy',
      'blame',
      'dropped the ball',
    ]);
    expect(found.every((d) => d.line === 5)).toBe(true);
  });
});
