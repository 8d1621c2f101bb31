/**
 * People named as the cause of a failure: "Dana forgot to renew the certificate", "@jsmith broke
 * the build", "Sam Lee's change caused the outage", "the schema was designed poorly by Bob". Roles
 * ("the on-call engineer"), team handles ("@sre-team") and tools ("Kubernetes") are not people.
 *
 * Names come from compromise's tagger (its lexicon of first and last names and its rules for
 * unknown capitalised words), not from a list of our own. It is slow next to a regular expression
 * (about a millisecond a sentence), so it only reads the few sentences where a failure phrase
 * follows a capitalised word or a handle: every other sentence costs one regular-expression scan.
 */
import { createRequire } from 'node:module';
import type compromiseTwo from 'compromise/two';
import { negatedAt } from './negation.js';
import { allMatches } from './matches.js';

/** How a person is tied to the failure. */
export type CauseForm = 'subject' | 'possessive' | 'agent';

export interface NamedCause {
  /** Offset and length of the name (or handle) in the text; a possessive "'s" is left out. */
  index: number;
  length: number;
  name: string;
  /** The failure phrase as written ("forgot", "didn't check", "caused by"). */
  failure: string;
  form: CauseForm;
}

export interface PeopleOptions {
  /** Capitalised names that are systems here (a database called "Cassandra"), compared case-blind. */
  notPeople: ReadonlySet<string>;
  /**
   * Sentences the tagger may still read, shared by the texts of one file and counted down. Past
   * it the rest is skipped: a hostile file of nothing but "Dana forgot." stays a few seconds.
   */
  budget: { sentences: number };
}

/** The tagger's share of one file: about two seconds; real postmortems need a handful. */
export const SENTENCE_BUDGET = 1000;

const GAP = '[ \\t\\n]+';

/** Past participles that name a failure when a person follows "by": "caused by Dana". */
const AGENT_FAILURES = [
  'missed',
  'caused',
  'broken',
  'forgotten',
  'overlooked',
  'ignored',
  'skipped',
  'introduced',
  'misconfigured',
  'deleted',
];

/** Neutral participles that name a failure only with a verdict: "designed poorly by Bob". */
const AGENT_NEUTRAL = [
  'designed',
  'written',
  'implemented',
  'configured',
  'built',
  'reviewed',
  'tested',
  'planned',
  'handled',
  'set up',
  'deployed',
  'done',
  'made',
];
const BADLY = ['poorly', 'badly', 'incorrectly', 'wrongly', 'improperly', 'carelessly', 'hastily'];

/** Checks a person can be said to have skipped: "didn't check", "never tested". */
const CHECKS = [
  'check',
  'test',
  'verify',
  'validate',
  'notice',
  'follow',
  'read',
  'review',
  'confirm',
  'update',
  'run',
  'monitor',
  'escalate',
  'catch',
  'double-check',
  'double check',
  'see',
  'reali[sz]e',
  'back up',
  'roll back',
  'communicate',
  'notify',
  'tell',
];
const CHECKED = [
  'checked',
  'tested',
  'verified',
  'validated',
  'noticed',
  'followed',
  'reviewed',
  'confirmed',
  'updated',
  'escalated',
  'caught',
  'reali[sz]ed',
];

/** Failures whose subject is the one who failed: "Dana forgot", "Dana didn't check". */
const SUBJECT_FAILURES = [
  'forgot',
  'forgotten',
  'forgets',
  'missed',
  'overlooked',
  'neglected',
  'ignored',
  'skipped',
  'broke',
  'misconfigured',
  'mistyped',
  'caused',
  'failed to',
  // "failed over" is a recovery step, not a failure.
  'failed(?!\\s+over)',
  '(?:made|makes) (?:a|an|the|another|several|some|two|three) (?:mistakes?|errors?|typos?|blunders?)',
  'messed up',
  'screwed up',
  '(?:was|were|is|are|been) careless',
  'accidentally',
  'mistakenly',
  'inadvertently',
  `(?:did not|didn['’]t|does not|doesn['’]t|never|neglected to|forgot to) (?:${CHECKS.join('|')})`,
  `never (?:${CHECKED.join('|')})`,
];

/** Failures said of a person's work, not of the person: "Dana's change took down checkout". */
const POSSESSIVE_ONLY = [
  'triggered',
  'took down',
  'brought down',
  'led to',
  'resulted in',
  'introduced',
  'deleted',
  'corrupted',
];

/** Failures said of a person's work that are also said of the person: "Dana's change caused". */
const POSSESSIVE_ALSO = new Set(['caused', 'broke', 'failed to', 'misconfigured']);

const words = (list: readonly string[]): string =>
  list.map((phrase) => phrase.replace(/ /g, GAP)).join('|');

/**
 * Characters that continue a word. Latin letters are listed instead of `\p{L}`: without the `u`
 * flag the case-insensitive scan is about three times faster, and the phrases are English.
 */
const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u024F';

/** Failures said of the person or their work that follow the name: "Dana forgot", "Dana's change caused". */
const FAILURE = new RegExp(
  `(?<![${WORD_CHAR}'’@-])(?:(?<possessive>${words(POSSESSIVE_ONLY)})|(?<subject>${words(SUBJECT_FAILURES)}))(?![${WORD_CHAR}-])`,
  'gi',
);

/**
 * Adverbs and auxiliaries that may stand between a pronoun and its failure ("he had also
 * forgotten"); never a negation, which undoes the failure.
 */
const PRONOUN_FILLERS = [
  'also',
  'then',
  'just',
  'had',
  'has',
  'later',
  'again',
  'apparently',
  'probably',
  'simply',
  'still',
];

/** Either pronoun as a word: the cheap test before PRONOUN_CAUSE. */
const PRONOUN = /\b(?:he|she)\b/i;

/** Failures the blameless lexicon reports by themselves ("he was careless" is one finding). */
const IN_LEXICON: ReadonlySet<string> = new Set([
  'messed up',
  'screwed up',
  '(?:was|were|is|are|been) careless',
]);

/**
 * A person referred to by "he" or "she" as the subject of a failure: "he didn't check the flag",
 * "she forgot to renew". In a postmortem only a person is "he" or "she" (a system is "it"), so no
 * name lookup is needed; "they" and "we" are as often a team or a system, and are left alone.
 */
const PRONOUN_CAUSE = new RegExp(
  `(?<![${WORD_CHAR}'’@-])(?:he|she)${GAP}(?:(?:${words(PRONOUN_FILLERS)})${GAP}){0,2}(?<failure>${words(SUBJECT_FAILURES.filter((phrase) => !IN_LEXICON.has(phrase)))})(?![${WORD_CHAR}-])`,
  'gi',
);

/** A passive failure ending in "by", just before the name: "designed poorly by Bob". */
const AGENT_BEFORE = new RegExp(
  `(?<![${WORD_CHAR}'’@-])(?:${words(AGENT_FAILURES)}|(?:${words(AGENT_NEUTRAL)})${GAP}(?:${words(BADLY)}))${GAP}by[ \\t\\n]+$`,
  'i',
);

/**
 * Every phrase of FAILURE and AGENT_BEFORE without the look-arounds: a cheap test that most texts
 * fail (no failure phrase at all), so the names in them are never looked up.
 */
const SCREEN = new RegExp(
  [...SUBJECT_FAILURES, ...POSSESSIVE_ONLY, ...AGENT_FAILURES, ...BADLY]
    .map((phrase) => phrase.replace(/\(\?!.*?\)/g, '').replace(/ /g, GAP))
    .join('|'),
  'i',
);

/** A capitalised word or a handle, from its start. */
const NAME_WORD = /^(?:@[\p{L}\p{N}][\p{L}\p{N}_./-]*|\p{Lu}\p{Ll}+)/u;

/** A capitalised word or a handle: where a name may stand. */
const CANDIDATE = /(?<![\p{L}\p{N}_'’@-])(?:@[\p{L}\p{N}][\p{L}\p{N}_./-]*|\p{Lu}\p{Ll}+)/gu;

/** How far after a name its failure may come ("Dana's late config change took down"), and before. */
const REACH_AFTER = 80;
const REACH_BEFORE = 60;

/** Phrases that already say "not": a negation between subject and verb does not undo them. */
const NEGATIVE_PHRASE =
  /^(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|never|neglected\s+to|forgot\s+to)\s/iu;

/** Sentence starters and pronouns that are capitalised but never a name. */
const NOT_A_NAME =
  /^(?:The|A|An|This|That|These|Those|It|Its|We|Our|Us|They|Their|He|His|She|Her|I|My|You|Your|Then|When|After|Before|Later|At|On|In|During|While|Once|Because|Since|As|If|And|But|So|No|Nobody|Someone|Somebody|Everyone|Everybody|Each|Every|Some|Any|All|One|Both|There|Here|What|Which|Who|Why|How|Finally|Also|However|Unfortunately)$/;

/** Words a handle is made of when it names a team, a rotation or a bot rather than a person. */
const ROLE_WORDS = new Set([
  'team',
  'teams',
  'oncall',
  'on-call',
  'sre',
  'sres',
  'ops',
  'devops',
  'infra',
  'infrastructure',
  'platform',
  'eng',
  'engineering',
  'support',
  'security',
  'admin',
  'admins',
  'bot',
  'bots',
  'ci',
  'release',
  'releases',
  'reviewers',
  'owners',
  'maintainers',
  'squad',
  'group',
  'crew',
  'guild',
  'leads',
  'core',
  'staff',
  'responders',
  'everyone',
  'here',
  'channel',
]);

/** `@sre-team`, `@org/team`, `@payments-oncall`, `@dependabot[bot]`: a role, not a person. */
export function isRoleHandle(handle: string): boolean {
  const name = handle.replace(/^@/, '').toLowerCase();
  if (name.includes('/') || name.endsWith('[bot]') || name.endsWith('bot')) return true;
  return name.split(/[-_.]+/).some((part) => ROLE_WORDS.has(part));
}

/** A term of compromise's JSON output (`json({offset: true})`), as far as it is read here. */
interface Term {
  text: string;
  /** Punctuation and spaces after the word. */
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface Sentence {
  terms: Term[];
}

/** Sentence windows: the failure phrase with what leads up to it in its sentence, bounded. */
const BEFORE = 160;
const AFTER = 40;
const SENTENCE_END = /[.!?]["'’”)\]]*[ \t]+(?=\S)|\n[ \t]*\n/g;

function windowStart(text: string, index: number): number {
  const from = Math.max(0, index - BEFORE);
  const lead = text.slice(from, index);
  let start = from;
  for (const match of allMatches(SENTENCE_END, lead)) start = from + match.index + match[0].length;
  // Cut mid-sentence only at a word boundary, so the tagger never sees half a word.
  if (start === from && from > 0) {
    const space = lead.search(/\s/);
    if (space >= 0) start = from + space + 1;
  }
  return start;
}

const is = (term: Term, tag: string): boolean => term.tags.includes(tag);
/** A word of the thing a person owns: "Dana's (config change)". */
const isThing = (term: Term): boolean =>
  (is(term, 'Noun') || is(term, 'Adjective')) && !is(term, 'Pronoun');

/** Terms `first`..`last` of a sentence: one person's name. */
interface Name {
  first: number;
  last: number;
}

const isHandle = (term: Term): boolean => term.text.startsWith('@') && term.text.length > 1;
const bare = (text: string): string => text.replace(/['’]s$/u, '');

/** A term that may sit between a subject and its verb: "Dana had also forgotten". */
const isFiller = (term: Term): boolean =>
  is(term, 'Adverb') || is(term, 'Auxiliary') || is(term, 'Negative') || is(term, 'Modal');

class Reader {
  constructor(private readonly options: PeopleOptions) {}

  /** A term that starts a person's name (compromise's tags, a capitalised spelling). */
  private personal(term: Term): boolean {
    if (isHandle(term)) return !isRoleHandle(term.text);
    if (!is(term, 'Person') || !/^\p{Lu}/u.test(term.text)) return false;
    if (is(term, 'Organization') || is(term, 'Place')) return false;
    return (
      !this.options.notPeople.has(bare(term.text).toLowerCase()) && !NOT_A_NAME.test(term.text)
    );
  }

  /** A capitalised word compromise has no better reading for than a plain noun. */
  private unknownCapitalised(term: Term): boolean {
    return (
      /^\p{Lu}\p{Ll}+$/u.test(term.text) &&
      term.tags.every((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'ProperNoun') &&
      !NOT_A_NAME.test(term.text) &&
      !this.options.notPeople.has(term.text.toLowerCase())
    );
  }

  /**
   * The name ending at `last` (walking back over the terms of one name), or null when it is no
   * person's: a handle, a first name, or a full name. A lone surname ("Jenkins") is more often a
   * tool than a person in a postmortem, so it is not enough.
   */
  private nameEndingAt(terms: Term[], last: number): Name | null {
    if (!this.personal(terms[last])) return null;
    if (isHandle(terms[last])) return { first: last, last };
    let first = last;
    while (first > 0 && !isHandle(terms[first - 1]) && this.personal(terms[first - 1])) first--;
    // A first name the lexicon does not know, before a surname it does: "Priya Patel's change".
    if (first > 0 && is(terms[first], 'LastName') && this.unknownCapitalised(terms[first - 1]))
      first--;
    const span = terms.slice(first, last + 1);
    const known = span.some((term) => is(term, 'FirstName')) || span.length > 1;
    return known ? { first, last } : null;
  }

  /** The name right after "by": "designed poorly by Bob", "caused by Dana Reyes's deploy". */
  agent(terms: Term[], first: number): Name | null {
    if (first < 0 || first >= terms.length) return null;
    let last = first;
    while (
      !isHandle(terms[last]) &&
      last + 1 < terms.length &&
      !isHandle(terms[last + 1]) &&
      this.personal(terms[last + 1])
    )
      last++;
    return this.nameEndingAt(terms, last)?.first === first ? { first, last } : null;
  }

  /** Subjects of the failure at term `at`: "Dana forgot", "Dana and Sam forgot", "Dana's change caused". */
  subjects(terms: Term[], at: number, form: 'subject' | 'possessive', failure: string): Name[] {
    let i = at - 1;
    const negativePhrase = NEGATIVE_PHRASE.test(failure);
    while (i >= 0 && isFiller(terms[i])) {
      if (!negativePhrase && (is(terms[i], 'Negative') || /^never$/i.test(terms[i].text)))
        return [];
      i--;
    }
    const possessiveOk = form === 'possessive' || POSSESSIVE_ALSO.has(failure.toLowerCase());
    if (i < 0) return [];
    if (!this.personal(terms[i])) {
      if (!possessiveOk) return [];
      // "Dana's config change caused": up to three words of the thing, then its owner.
      let owner = i;
      while (owner > i - 3 && owner > 0 && isThing(terms[owner]) && !is(terms[owner], 'Possessive'))
        owner--;
      if (owner === i || !is(terms[owner], 'Possessive')) return [];
      const name = this.nameEndingAt(terms, owner);
      return name ? [name] : [];
    }
    if (form === 'possessive' || is(terms[i], 'Possessive')) return [];
    const found: Name[] = [];
    // "Dana and Sam forgot", "Dana, Sam and Lee forgot": every name of the subject.
    for (;;) {
      const name = this.nameEndingAt(terms, i);
      if (!name) break;
      found.push(name);
      const before = name.first - 1;
      if (before < 0) break;
      if (/^(?:and|&)$/i.test(terms[before].text)) i = before - 1;
      else if (terms[before].post.includes(',')) i = before;
      else break;
      if (i < 0) break;
    }
    return found;
  }
}

interface Hit {
  index: number;
  end: number;
  failure: string;
  form: CauseForm;
}

/** Tags of compromise's lexicon that make a capitalised word a possible name. */
const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Honorific',
]);

type Compromise = typeof compromiseTwo;
type Lexicon = Record<string, string | string[] | undefined>;
let loaded: { nlp: Compromise; lexicon: Lexicon } | null = null;

/**
 * compromise and its lexicon (word → tag or tags, read through its public `world()`), loaded on
 * first use: loading unpacks the lexicon (about 0.4 s of CPU and 20 MB), which a thread that only
 * indexes context files, or an Action run with nothing to lint, never needs. Its self-contained
 * CommonJS build is required synchronously, so the rules stay synchronous; the bundle carries that
 * file beside it (rollup.config.js, lazyCompromise).
 */
/** Loads compromise now rather than on the first sentence (see {@link compromise}). */
export function loadNameTagger(): void {
  compromise();
}

function compromise(): { nlp: Compromise; lexicon: Lexicon } {
  if (loaded === null) {
    const nlp = createRequire(import.meta.url)('compromise/two') as Compromise;
    const world = nlp.world() as { model: { one: { lexicon: Lexicon } } };
    loaded = { nlp, lexicon: world.model.one.lexicon };
  }
  return loaded;
}

/**
 * A person's handle, or a word compromise's lexicon knows as part of a name ("Dana", "Reyes"), as
 * CANDIDATE matches it.
 */
function isNameWord(word: string): boolean {
  if (word.startsWith('@')) return !isRoleHandle(word.replace(/[./-]+$/, ''));
  if (NOT_A_NAME.test(word)) return false;
  const tags = compromise().lexicon[word.toLowerCase()];
  if (tags === undefined) return false;
  return typeof tags === 'string' ? NAME_TAGS.has(tags) : tags.some((tag) => NAME_TAGS.has(tag));
}

/** `isNameWord` for a word as it stands in the text: "(Dana", "Reyes's", "@jsmith,". */
function nameLike(word: string): boolean {
  const bareWord = NAME_WORD.exec(word.replace(/^[^\p{L}@]+/u, ''));
  return bareWord !== null && isNameWord(bareWord[0]);
}

/**
 * Whether a name may be tied to `hit`: a name-like word among the few words before it (after "by"
 * for the passive). Decided from the lexicon alone, so most failure phrases ("the deploy failed")
 * never reach the tagger.
 */
function mayName(text: string, hit: Hit, start: number): boolean {
  if (hit.form === 'agent') {
    const after =
      text
        .slice(hit.end, hit.end + 40)
        .trimStart()
        .split(/\s+/, 1)[0] ?? '';
    return nameLike(after);
  }
  // The subject and up to three fillers ("Dana Reyes had also forgotten"), or an owner and up to
  // three words of the thing ("Dana's late config change caused").
  const lead = text
    .slice(Math.max(start, hit.index - 80), hit.index)
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(-5);
  return lead.some(nameLike);
}

/** The names tied to `hit` in the sentence that holds it (`start`: the window's offset in the text). */
function namesIn(
  reader: Reader,
  sentences: readonly Sentence[],
  start: number,
  hit: Hit,
  failure: string,
): { first: Term; last: Term }[] {
  for (const { terms } of sentences) {
    const at = terms.findIndex((term) => start + term.offset.start >= hit.index);
    if (at < 0) continue;
    if (start + terms[at].offset.start >= hit.end) return [];
    const names =
      hit.form === 'agent'
        ? [
            reader.agent(
              terms,
              terms.findIndex((term) => start + term.offset.start >= hit.end),
            ),
          ]
        : reader.subjects(terms, at, hit.form, failure);
    return names.flatMap((name) =>
      name ? [{ first: terms[name.first], last: terms[name.last] }] : [],
    );
  }
  return [];
}

/**
 * Failure phrases next to a word that may be a name, in text order. The scan starts from the
 * names, which are rare, rather than from the failure phrases, which are common in postmortems
 * ("the deploy failed"): one cheap pattern over the text, the phrase patterns only near a name.
 */
function failureHits(text: string): Hit[] {
  const hits = new Map<number, Hit>();
  for (const candidate of allMatches(CANDIDATE, text)) {
    if (!isNameWord(candidate[0])) continue;
    const end = candidate.index + candidate[0].length;
    for (const match of allMatches(FAILURE, text.slice(end, end + REACH_AFTER))) {
      const index = end + match.index;
      const form: CauseForm = match.groups?.possessive !== undefined ? 'possessive' : 'subject';
      hits.set(index, { index, end: index + match[0].length, failure: match[0], form });
    }
    // From a word's start, so a cut word ("un|deleted by") never reads as a whole one.
    let from = Math.max(0, candidate.index - REACH_BEFORE);
    if (from > 0) from = Math.min(candidate.index, text.indexOf(' ', from) + 1 || candidate.index);
    const agent = AGENT_BEFORE.exec(text.slice(from, candidate.index));
    if (agent) {
      const failure = agent[0].trimEnd();
      const index = from + agent.index;
      hits.set(index, { index, end: index + failure.length, failure, form: 'agent' });
    }
  }
  return [...hits.values()].sort((a, b) => a.index - b.index);
}

/** "he forgot …", "she didn't check …" (see PRONOUN_CAUSE), unless negated ("he never forgot"). */
function pronounCauses(text: string): NamedCause[] {
  if (!PRONOUN.test(text)) return [];
  const found: NamedCause[] = [];
  for (const match of allMatches(PRONOUN_CAUSE, text)) {
    const failure = match.groups?.failure ?? '';
    const at = match.index + match[0].length - failure.length;
    if (!NEGATIVE_PHRASE.test(failure) && negatedAt(text, at)) continue;
    const name = /^\S+/.exec(match[0])?.[0] ?? '';
    found.push({
      index: match.index,
      length: name.length,
      name,
      failure: failure.replace(/\s+/g, ' '),
      form: 'subject',
    });
  }
  return found;
}

/** People named as the cause of a failure in `text` (or referred to as "he"/"she"), in text order. */
export function namedCauses(text: string, options: PeopleOptions): NamedCause[] {
  // Most texts hold no failure phrase at all: one cheap scan decides for both readings.
  if (!SCREEN.test(text)) return [];
  const pronouns = pronounCauses(text);
  const hits = failureHits(text);
  if (hits.length === 0) return pronouns;
  const reader = new Reader(options);
  const found: NamedCause[] = [];
  const seen = new Set<number>();
  // Several failure phrases in one sentence share one parse.
  let parsed: { start: number; end: number; sentences: Sentence[] } | null = null;
  for (const hit of hits) {
    const start = windowStart(text, hit.index);
    if (!mayName(text, hit, start)) continue;
    if (hit.form !== 'agent' && !NEGATIVE_PHRASE.test(hit.failure) && negatedAt(text, hit.index))
      continue;
    if (!parsed || parsed.start !== start || parsed.end < hit.end) {
      if (options.budget.sentences <= 0) break;
      options.budget.sentences--;
      const end = Math.min(text.length, hit.end + AFTER);
      // A line break inside a paragraph is a space to a reader; the tagger would end a sentence
      // there. One character for one, so offsets still match.
      const windowText = text.slice(start, end).replace(/\n/g, ' ');
      const sentences: Sentence[] = compromise().nlp(windowText).json({ offset: true });
      parsed = { start, end, sentences };
    }
    const failure = hit.failure.replace(/\s+/g, ' ');
    for (const name of namesIn(reader, parsed.sentences, start, hit, failure)) {
      const index = start + name.first.offset.start;
      if (seen.has(index)) continue;
      seen.add(index);
      const end = start + name.last.offset.start + bare(name.last.text).length;
      found.push({
        index,
        length: end - index,
        name: text.slice(index, end),
        failure,
        form: hit.form === 'subject' && is(name.last, 'Possessive') ? 'possessive' : hit.form,
      });
    }
  }
  return [...found, ...pronouns].sort((a, b) => a.index - b.index);
}
