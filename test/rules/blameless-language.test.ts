import { config, ruleFindings } from '../support/lint.js';
import { documentedAndReferenceTests } from './rule-findings.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { ruleById } from '../../src/rules/index.js';
import type { FileRule } from '../../src/rules/types.js';
import type { BlamelessLanguageOptions } from '../../src/rules/blameless-language.js';
import { buildPostmortem } from '../../src/model/build.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';

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

  test('"messed up" and "screwed up" are blame as deeds, not as a state of a thing', () => {
    const text = [
      '# Outage',
      '',
      'The routing table got messed up and the cache was screwed up for an hour.',
      '',
      'The on-call engineer messed up the rollout.',
      '',
    ].join('\n');
    expect(at(findings(text))).toEqual(['5:22-31']);
  });

  test('"he" or "she" as the one who failed is blame; "they", "it" and negations are not', () => {
    const list = findings(
      [
        '# Outage',
        '',
        "The deploy went out at noon. He didn't check the canary, and later she had also forgotten to renew the key.",
        '',
        'It failed to renew. They forgot nothing; he never missed a page; she failed over the database.',
        '',
      ].join('\n'),
    );
    expect(at(list)).toEqual(['3:30-32', '3:68-71']);
    expect(list[0].message).toBe(
      '"He" points at a person as the cause ("didn\'t check"): a blameless postmortem names the role and what the system allowed, not the person.',
    );
  });

  test('non-exact text runs are reported at the run start', () => {
    const found = findings('# Outage\n\nA &amp; B were careless.\n');
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['3:1']);
  });

  test('reports each blaming word of a sentence precisely; negated ones are not blame', () => {
    const line =
      'We will not blame the vendor: the rollout was sloppy, nobody is to blame, and nobody dropped the ball; it was careless.';
    const found = findings(`# Outage\n\n## What Went Wrong\n\n${line}\n`);
    expect(found.map((d) => line.slice(d.column - 1, d.endColumn - 1))).toEqual([
      'sloppy',
      'careless',
    ]);
    expect(found.every((d) => d.line === 5)).toBe(true);
  });

  test("negations and the practice's own vocabulary are not blame", () => {
    const text = [
      '# Outage',
      '',
      'Nobody is to blame. It was not anyone at fault, and it was not Dana’s mistake.',
      '',
      'This blameless review covers fault tolerance, fault injection and the default timeout.',
      '',
      'The logs did not show that anything was at fault.',
      '',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  describe('a person named as the cause without a blaming word', () => {
    test('points at the name, with the failure and a rewording toward the role and the system', () => {
      const text = [
        '# Outage',
        '',
        '## What Went Wrong',
        '',
        'The certificate expired at 09:00 because Dana forgot to renew it, and',
        'later Sam Lee missed the page. @jsmith didn’t check the replica lag.',
        '',
        "- Priya Patel's config change took down checkout.",
        '- The retry loop was designed poorly by Omar.',
        '',
      ].join('\n');
      const found = findings(text);
      expect(at(found)).toEqual(['5:42-46', '6:7-14', '6:32-39', '8:3-14', '9:41-45']);
      expect(
        found.map((d) =>
          d.message
            .split('"')
            .filter((_, i) => i % 2 === 1)
            .join(' | '),
        ),
      ).toEqual([
        'Dana | forgot',
        'Sam Lee | missed',
        '@jsmith | didn’t check',
        'Priya Patel | took down',
        'Omar | designed poorly by',
      ]);
      expect(found[0].message).toContain('names the role and what the system allowed');
      expect(found.map((d) => d.suggestion)).toEqual([
        "Instead, say what the step depended on, e.g. 'the renewal was a manual step with no reminder'.",
        "Instead, say why the signal was easy to miss, e.g. 'the page went to a channel nobody watched at night'.",
        "Instead, name the check the process lacked, e.g. 'the deploy had no replica-lag check'.",
        "Instead, name the change, not its author, e.g. 'the config change to the load balancer removed the health check'.",
        "Instead, describe the gap in the design or review, e.g. 'the retry loop had no backoff and no review covered it'.",
      ]);
    });

    test('roles, team handles and tools are not people', () => {
      const text = [
        '# Outage',
        '',
        'The on-call engineer missed the first page and @sre-team forgot the runbook.',
        '@org/platform broke the build; @payments-oncall failed to escalate.',
        'Kubernetes failed to schedule the pods, PagerDuty failed to page, Jenkins broke the build',
        'and Cassandra failed to compact. The deploy failed over to the standby region.',
        'Dana rolled back the release and Sam restored the snapshot.',
        '',
      ].join('\n');
      expect(findings(text)).toEqual([]);
    });

    test('"<Name>\'s mistake caused" is one finding; both kinds switch off together', () => {
      const text = "# Outage\n\nIt was Dana's mistake that caused it, and Sam broke the build.\n";
      expect(at(findings(text))).toEqual(['3:8-22', '3:43-46']);
      expect(findings(text, { flagNamedCause: false })).toEqual([]);
    });

    test('names a team gives to its systems are configurable', () => {
      const text = '# Outage\n\nGrace failed to start after the upgrade.\n';
      expect(at(findings(text))).toEqual(['3:1-6']);
      expect(findings(text, { notPeople: ['grace'] })).toEqual([]);
    });

    test('a text run Markdown rewrote is reported at its start', () => {
      const found = findings('# Outage\n\nA &amp; B: Dana forgot the flag.\n');
      expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['3:1']);
    });
  });

  describe('linear time in the file size', () => {
    // The rule alone, on a model built beforehand: the parse and the other rules are not its cost.
    const rule = ruleById(ID) as FileRule<BlamelessLanguageOptions>;
    const check = (text: string): (() => void) => {
      const model = buildPostmortem('growth.md', text, config().parse);
      const { parse } = config();
      const options = rule.meta.defaultOptions;
      return () => rule.check({ options, model, now: new Date(0), parse, report: () => {} });
    };
    // A first run on `warm` times the input warms the tagger's code, which speeds up over its first
    // few hundred sentences.
    const growth = (paragraph: (count: number) => string, count: number, warm = 1): number =>
      growthRatio(
        (size) => check(`# Outage\n\n${paragraph(size)}\n`),
        (run) => run(),
        count,
        { warmSize: warm * count },
      );

    test('a paragraph of named failures, each read by the tagger', () => {
      expect(
        growth((count) => 'Dana forgot the step and Sam broke it. '.repeat(count), 40, 8),
      ).toBeLessThan(LINEAR_GROWTH);
    });

    test('a paragraph of lexicon words inside allowed phrases', () => {
      expect(
        growth((count) => 'fault tolerance, blame-free, sloppy. '.repeat(count), 4000),
      ).toBeLessThan(LINEAR_GROWTH);
    });
  });
});

describe('a sentence that names a blame framing to reject it', () => {
  test('"it is wrong to focus on the person" and "rather than blaming the operator" are not blame', () => {
    const text = [
      '# Outage',
      '',
      'Although the slip could be called human error, it is wrong to focus on the person who typed it.',
      '',
      'Rather than blaming the operator for the careless paste, we changed the console.',
      '',
    ].join('\n');
    expect(at(findings(text))).toEqual([]);
  });

  test('"it would be easy to chalk this up to human error" sets the framing aside', () => {
    const text = [
      '# Outage',
      '',
      'It would be easy to chalk this up to human error, but the form made the wrong choice likely.',
      '',
      'We chalked it up to human error.',
      '',
    ].join('\n');
    expect(at(findings(text))).toEqual(['5:21-32']);
  });

  test('the rejection must be in the same sentence and aim at people', () => {
    const text = [
      '# Outage',
      '',
      'It was human error. It is incorrect to focus on the individual.',
      '',
      'It was human error; instead of fixing the tooling we looked at the engineer.',
      '',
    ].join('\n');
    expect(at(findings(text))).toEqual(['3:8-19', '5:8-19']);
  });
});
