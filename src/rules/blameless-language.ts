import type { Point, ProseText, Span } from '../model/types.js';
import { defineRule } from './types.js';
import { advance } from '../parse/positions.js';
import { excerpt } from './helpers/model.js';
import { loadNameTagger, namedCauses, SENTENCE_BUDGET, type NamedCause } from '../text/people.js';
import { negatedAt, rejectedInSentence } from '../text/negation.js';
import { allMatches } from '../text/matches.js';

export type BlamelessLanguageOptions = {
  /** Extra phrases (phrase → suggested rewording); `null` switches a built-in phrase off. */
  lexicon: Record<string, string | null>;
  /** False: use only `lexicon`, not the built-in phrases. */
  useDefaultLexicon: boolean;
  /** Phrases that contain a lexicon word but are not blame ("fault tolerance", "git blame"). */
  allow: string[];
  /** Flag a person named as the cause ("Dana forgot …", "@jsmith broke …", "<Name>'s mistake"). */
  flagNamedCause: boolean;
  /** Capitalised names that are systems, never read as a person ("Cassandra failed to compact"). */
  notPeople: string[];
};

const DESCRIBE_SYSTEM = 'describe what the system allowed or made likely, not who is at fault';

/**
 * The built-in lexicon. "fault" alone is not here: "a network fault", "page fault" and hardware
 * faults are system conditions; only constructions that attribute fault to someone are blame.
 */
const DEFAULT_LEXICON: Readonly<Record<string, string>> = {
  blame: `${DESCRIBE_SYSTEM}, e.g. 'the retry logic had no backoff'`,
  blamed: `${DESCRIBE_SYSTEM}, e.g. 'the alert did not page anyone'`,
  blaming: DESCRIBE_SYSTEM,
  'at fault': `${DESCRIBE_SYSTEM}, e.g. 'the check did not cover this case'`,
  'fault of': DESCRIBE_SYSTEM,
  'my fault': DESCRIBE_SYSTEM,
  'his fault': DESCRIBE_SYSTEM,
  'her fault': DESCRIBE_SYSTEM,
  'their fault': DESCRIBE_SYSTEM,
  'your fault': DESCRIBE_SYSTEM,
  'our fault': DESCRIBE_SYSTEM,
  'whose fault': DESCRIBE_SYSTEM,
  careless: "name the missing safeguard, e.g. 'the form had no confirmation step'",
  carelessly: "name the missing safeguard, e.g. 'nothing asked for confirmation'",
  carelessness: "name the missing safeguard, e.g. 'the tool had no dry-run mode'",
  negligent: "describe the gap in process, e.g. 'the runbook did not cover this step'",
  negligence: "describe the gap in process, e.g. 'no review was required for this change'",
  incompetent:
    "describe the missing training or documentation, e.g. 'the procedure was undocumented'",
  incompetence:
    "describe the missing training or documentation, e.g. 'onboarding did not cover this'",
  sloppy: "describe the condition, e.g. 'the change was not covered by tests'",
  lazy: "describe the condition, e.g. 'the manual step was easy to skip'",
  stupid: "describe the condition, e.g. 'the interface made the wrong option the default'",
  reckless: "describe the risk the process allowed, e.g. 'the deploy had no canary stage'",
  'human error':
    "describe the system condition that allowed the action, e.g. 'the deploy tool allowed a production push without review'",
  'operator error':
    "describe the system condition that allowed the action, e.g. 'the console accepted the command without confirmation'",
  'should have known':
    "say what information was missing, e.g. 'the dashboard did not show the queue depth'",
  'should have noticed': "say what signal was missing, e.g. 'no alert fired on the error rate'",
  'should have caught':
    "say which check was missing, e.g. 'the test suite did not exercise this path'",
  'failed to notice':
    "say what signal was missing, e.g. 'the alert was routed to an unwatched channel'",
  'dropped the ball': "describe the gap, e.g. 'the hand-off had no owner'",
  'screwed up': "describe what happened, e.g. 'the migration ran against the wrong cluster'",
  'messed up': "describe what happened, e.g. 'the config change removed the fallback'",
  'fat-fingered':
    "describe the safeguard that was missing, e.g. 'the CLI accepted a typo in the host name'",
  'not paying attention':
    "say what made the signal easy to miss, e.g. 'the alert looked like a routine warning'",
};

/**
 * Phrases with one blameless rewording that fits where the phrase stood: counterfactuals ("should
 * have known") become the fact they hide ("did not know"). An editor offers these as quick fixes;
 * the other phrases need a person to describe the system, so they only get a suggestion.
 */
const DIRECT_REPLACEMENTS: Readonly<Record<string, string>> = {
  'should have known': 'did not know',
  'should have noticed': 'did not notice',
  'should have caught': 'did not catch',
  'failed to notice': 'did not notice',
};

/** `replacement` in the case of `found`: `Should have known` → `Did not know`, all caps stay caps. */
function matchCase(found: string, replacement: string): string {
  if (found === found.toUpperCase() && found !== found.toLowerCase())
    return replacement.toUpperCase();
  const first = found.charAt(0);
  return first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

const DEFAULT_ALLOW: readonly string[] = [
  'fault tolerance',
  'fault tolerant',
  'fault injection',
  'fault domain',
  'fault isolation',
  'no blame',
  'blame-free',
  'blame free',
  'git blame',
];

/**
 * Tools that compromise's lexicon knows as first or last names. A team with a service named like a
 * person adds it in `notPeople`.
 */
const DEFAULT_NOT_PEOPLE: readonly string[] = [
  'Alexa',
  'Athena',
  'Cassandra',
  'Gerrit',
  'Hudson',
  'Jenkins',
  'Julia',
  'Travis',
];

/** "he" / "she" as the one who failed (text/people.ts reads them as well as names). */
const PRONOUN = /^(?:he|she)$/i;

/** What to write instead of a person named as the cause, by how the failure is phrased. */
function namedCauseSuggestion(cause: NamedCause): string {
  const failure = cause.failure.toLowerCase();
  if (cause.form === 'possessive')
    return "name the change, not its author, e.g. 'the config change to the load balancer removed the health check'";
  if (cause.form === 'agent' && !/^(?:caused|broken|introduced|deleted)/.test(failure))
    return "describe the gap in the design or review, e.g. 'the retry loop had no backoff and no review covered it'";
  if (/^(?:forg|neglected|skipped|overlooked)/.test(failure))
    return "say what the step depended on, e.g. 'the renewal was a manual step with no reminder'";
  if (/^(?:missed|ignored)|(?:notice|see|catch|reali[sz]e)d?$|caught$/.test(failure))
    return "say why the signal was easy to miss, e.g. 'the page went to a channel nobody watched at night'";
  if (/^(?:did|does|never)/.test(failure))
    return "name the check the process lacked, e.g. 'the deploy had no replica-lag check'";
  if (/careless/.test(failure))
    return "name the missing safeguard, e.g. 'the flag tool had no confirmation step'";
  return "describe the change and what let it through, e.g. 'a config change without a canary stage took down checkout'";
}

/** `Dana's mistake`; not `Google's error rate` (a metric) or `Redis's fault tolerance`. */
const NAMED_CAUSE =
  /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (mistake|error|fault|blunder|oversight|negligence)\b(?![ \t]+(?:rates?|budgets?|counts?|logs?|messages?|codes?|handling|handlers?|pages?|paths?|ratios?|spikes?|tolerance|injection|domains?|isolation|detection)\b)/gu;

/** Cheap screen for NAMED_CAUSE (no look-arounds), run once over the prose. */
const NAMED_CAUSE_SCREEN = /['’]s (?:mistake|error|fault|blunder|oversight|negligence)\b/u;

/**
 * Phrases that blame an agent only in the active voice: "the deploy messed up the config" and "Dana
 * screwed up" are blame, "the configuration got messed up" describes a thing's state.
 */
const ACTIVE_ONLY: ReadonlySet<string> = new Set(['messed up', 'screwed up']);
/** A form of "be" or "get" right before a phrase: the passive, a state. */
const STATE_VERB =
  /\b(?:got|gets|get|getting|gotten|was|were|is|are|been|being|be|became|become)\s+$/i;

/** Whether the hit at `index` is an ACTIVE_ONLY phrase in the passive ("the cache got messed up"). */
function describesState(text: string, index: number, key: string): boolean {
  return ACTIVE_ONLY.has(key) && STATE_VERB.test(text.slice(Math.max(0, index - 16), index));
}

/** A phrase as compared: lower case, words joined by single spaces ("Fat-Fingered" → "fat fingered"). */
function phraseKey(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, ' ');
}

/** Phrase → its words, escaped, separated by spaces or hyphens. */
function phraseWords(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
}

/** Phrase → pattern: words separated by spaces or hyphens, whole words, case-insensitive. */
function phrasePattern(phrase: string): string {
  // A hyphen joins words ("no-blame", "fault-tolerant"), so it counts as part of a word here.
  return `(?<![\\p{L}\\p{N}_-])${phraseWords(phrase)}(?![\\p{L}\\p{N}_-])`;
}

interface Hit {
  index: number;
  length: number;
}

function hits(text: string, pattern: RegExp): Hit[] {
  return allMatches(pattern, text).map((match) => ({
    index: match.index,
    length: match[0].length,
  }));
}

/**
 * Spans in one prose run (the run's start when it is not exact). Findings come in text order per
 * kind, so each point is advanced from the nearest earlier one: linear in the run, however many
 * findings it holds.
 */
function spansIn(prose: ProseText): (index: number, length: number) => Span {
  let at = 0;
  let point = prose.start;
  const pointAt = (index: number): Point => {
    if (index < at) {
      at = 0;
      point = prose.start;
    }
    point = advance(point, prose.text.slice(at, index), index - at);
    at = index;
    return point;
  };
  return (index, length) => {
    if (!prose.exact) return { start: prose.start, end: prose.start };
    const start = pointAt(index);
    return { start, end: pointAt(index + length) };
  };
}

interface Compiled {
  /** Phrase key → suggested rewording. */
  lexicon: Map<string, string>;
  blame: RegExp | null;
  allowed: RegExp | null;
  /** The lexicon without look-arounds: many times cheaper, and it matches wherever `blame` could. */
  screen: RegExp | null;
  /** `notPeople`, lower case. */
  notPeople: ReadonlySet<string>;
}

/** Patterns per options object: the configuration resolves once, so they compile once per run. */
const compiledPatterns = new WeakMap<BlamelessLanguageOptions, Compiled>();

function compiled(options: BlamelessLanguageOptions): Compiled {
  const known = compiledPatterns.get(options);
  if (known) return known;
  const lexicon = new Map<string, string>();
  const entries = [
    ...(options.useDefaultLexicon ? Object.entries(DEFAULT_LEXICON) : []),
    ...Object.entries(options.lexicon),
  ];
  for (const [phrase, suggestion] of entries) {
    if (suggestion === null) lexicon.delete(phraseKey(phrase));
    else lexicon.set(phraseKey(phrase), suggestion);
  }
  // Longest phrases first, so "human error" is reported rather than a shorter entry inside it.
  const phrases = [...lexicon.keys()].sort((a, b) => b.length - a.length);
  const patterns: Compiled = {
    lexicon,
    blame: phrases.length > 0 ? new RegExp(phrases.map(phrasePattern).join('|'), 'giu') : null,
    allowed:
      options.allow.length > 0
        ? new RegExp(options.allow.map(phrasePattern).join('|'), 'giu')
        : null,
    screen: phrases.length > 0 ? new RegExp(phrases.map(phraseWords).join('|'), 'iu') : null,
    notPeople: new Set(options.notPeople.map((name) => name.toLowerCase())),
  };
  compiledPatterns.set(options, patterns);
  return patterns;
}

export const blamelessLanguage = defineRule<BlamelessLanguageOptions>({
  scope: 'file',
  warmUp: loadNameTagger,
  meta: {
    id: 'blameless-language',
    description:
      'Flags blaming words and phrases ("human error", "careless", "should have known", …) and people named as the cause in prose, with a blameless rewording.',
    defaultSeverity: 'error',
    tags: ['blameless', 'language'],
    optionsSchema: {
      type: 'object',
      properties: {
        lexicon: {
          type: 'object',
          propertyNames: { minLength: 1 },
          additionalProperties: { type: ['string', 'null'] },
          description:
            'Extra phrases (phrase → suggested rewording); `null` switches a built-in phrase off.',
        },
        useDefaultLexicon: {
          type: 'boolean',
          description: '`false`: use only `lexicon`, not the built-in phrases.',
        },
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description:
            'Phrases that contain a lexicon word but are not blame ("fault tolerance", "git blame"), never reported. Replaces the default list when set.',
        },
        flagNamedCause: {
          type: 'boolean',
          description:
            "Flag a person named as the cause: a name or `@handle` as the subject of a failure (`Dana forgot …`), its owner (`Dana's change caused …`), its agent (`… designed poorly by Dana`), and `<Name>'s mistake/error/fault`.",
        },
        notPeople: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description:
            'Capitalised names that are systems, never read as a person (tools named like people: "Cassandra", "Jenkins"). Replaces the default list when set.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      lexicon: {},
      useDefaultLexicon: true,
      allow: [...DEFAULT_ALLOW],
      flagNamedCause: true,
      notPeople: [...DEFAULT_NOT_PEOPLE],
    },
  },
  check(context) {
    const { options } = context;
    const { lexicon, blame, allowed, screen, notPeople } = compiled(options);
    if (lexicon.size === 0 && !options.flagNamedCause) return;
    const runs = context.model.prose;
    // Most postmortems contain no lexicon phrase: one cheap screen of the prose decides whether
    // the exact per-run matching is needed at all.
    const mayBlame = screen !== null && runs.some((run) => screen.test(run.text));

    const people = { notPeople, budget: { sentences: SENTENCE_BUDGET } };
    for (const prose of runs) {
      const spanAt = spansIn(prose);
      const blameHits = mayBlame && blame ? hits(prose.text, blame) : [];
      const allowedHits = blameHits.length > 0 && allowed ? hits(prose.text, allowed) : [];
      // Both lists are in text order: one pointer walks the allowed phrases alongside the hits.
      let next = 0;
      for (const hit of blameHits) {
        while (
          next < allowedHits.length &&
          allowedHits[next].index + allowedHits[next].length <= hit.index
        )
          next++;
        const allow = allowedHits[next];
        if (allow && allow.index < hit.index + hit.length) continue;
        // "Nobody is to blame", "we will not blame the vendor": the practice's own stance.
        if (negatedAt(prose.text, hit.index)) continue;
        // "While it can be attributed to human error, it is incorrect to focus on the individual".
        if (rejectedInSentence(prose.text, hit.index)) continue;
        const found = prose.text.slice(hit.index, hit.index + hit.length);
        const key = phraseKey(found);
        if (describesState(prose.text, hit.index, key)) continue;
        const suggestion = lexicon.get(key);
        const direct = prose.exact ? DIRECT_REPLACEMENTS[key] : undefined;
        context.report({
          message: `Blaming language "${excerpt(found)}": a blameless postmortem explains how the system allowed the failure, not who caused it.`,
          span: spanAt(hit.index, hit.length),
          suggestion: suggestion ? `Instead, ${suggestion}.` : undefined,
          ...(direct !== undefined ? { replacement: matchCase(found, direct) } : {}),
        });
      }
      if (!options.flagNamedCause) continue;
      const possessives = NAMED_CAUSE_SCREEN.test(prose.text)
        ? allMatches(NAMED_CAUSE, prose.text).filter((match) => !negatedAt(prose.text, match.index))
        : [];
      for (const match of possessives) {
        context.report({
          message: `"${excerpt(match[0])}" names a person as the cause: describe the role and the conditions instead.`,
          span: spanAt(match.index, match[0].length),
          suggestion:
            "Instead, write what the person's role saw and what the system allowed, e.g. 'the on-call engineer ran the documented command, which…'.",
        });
      }
      let possessive = 0;
      for (const cause of namedCauses(prose.text, people)) {
        while (
          possessive < possessives.length &&
          possessives[possessive].index + possessives[possessive][0].length <= cause.index
        )
          possessive++;
        // "Dana's mistake caused …" is one finding: the possessive one above.
        if (possessives[possessive] && possessives[possessive].index <= cause.index) continue;
        const named = PRONOUN.test(cause.name) ? 'points at a person' : 'is named';
        context.report({
          message: `"${excerpt(cause.name)}" ${named} as the cause ("${excerpt(cause.failure)}"): a blameless postmortem names the role and what the system allowed, not the person.`,
          span: spanAt(cause.index, cause.length),
          suggestion: `Instead, ${namedCauseSuggestion(cause)}.`,
        });
      }
    }
  },
});
