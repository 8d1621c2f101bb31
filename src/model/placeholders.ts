import { allMatches } from '../text/matches.js';
/**
 * What a template leaves for its author to fill in, defined once: the no-placeholders rule reports
 * it and the corpus index counts such a value as unknown.
 *
 * A placeholder is template text: a bracketed label that names a field or gives guidance
 * (`[Incident Title]`, `[Duration, e.g. 1 hour]`, `[@owner-handle]`, `[Because ...]`), a to-do word
 * (`TBD`), a date or time mask (`YYYY-MM-DD`, `HH:mm`, `INC-YYYY-MMDD-NNN`) or an angle-bracket
 * label (`<Month>`, `<service name>`). A bracketed tag or name is content: `[Public]`,
 * `[Postmortem] Database outage`, an owner `[Jerry]`, a redaction `[Redacted]`, an elision
 * `[... omitted ...]`; so is a date the author knows only in part (`2023-MM-DD`).
 */

export interface PlaceholderMatch {
  text: string;
  /** Offset of the match in the text searched. */
  index: number;
}

/** Candidate shapes; brackets and angle brackets are then judged by what they hold. */
const BRACKET = /\[([^[\]\n]{1,120})\]/g;
const ANGLE = /<([A-Za-z][\w -]{0,60})>/g;
/**
 * The to-do words, as regular-expression sources: the one part of the definition that teams tune
 * (the no-placeholders `patterns` option replaces it), while the template shapes stay fixed.
 */
export const DEFAULT_TODO_PATTERNS: readonly string[] = ['\\b(?:TODO|TBD|TBC|FIXME)\\b'];
const TODO_WORDS = DEFAULT_TODO_PATTERNS.map((source) => new RegExp(source, 'g'));
// A mask unit is whole runs of repeated letters (`YYYY`, `MMDD`, `NNN`, `mm`), so that `DNS/SSH`
// is not one; each run is taken whole, so matching never backtracks. A mask after a real year or hour (`2023-MM-DD`) is a date known in part, not a blank.
const MASK_UNIT =
  '(?:(?:Y{2,4}(?!Y)|M{2}(?!M)|D{2}(?!D)|H{2}(?!H)|S{2}(?!S)|N{2,4}(?!N))+|(?:y{2,4}|mm|dd|hh|ss)(?![a-z]))';
// An id prefix belongs to the mask: `INC-YYYY-MMDD-NNN` is one blank.
const MASK = new RegExp(
  `(?<!\\d[-:/.])\\b(?:[A-Z]{2,6}-)?${MASK_UNIT}(?:[-:/.]${MASK_UNIT})+\\b`,
  'g',
);
// Inline code that is a mask and nothing else.
/** What every MASK match holds: a unit's last two letters right before a separator. */
const MAY_HOLD_MASK = /(?:YY|MM|DD|HH|SS|NN|yy|mm|dd|hh|ss)[-:/.]/;
const MASKS_ONLY = new RegExp(`^(?:[A-Z]{2,6}-)?${MASK_UNIT}(?:[-:/.T ]+${MASK_UNIT})*$`);

/**
 * Single words that a template puts in brackets for a field to fill (`[Duration]`, `[Owner]`);
 * any other single bracketed word is a tag or a name. Matched case-insensitively, plural `s`
 * dropped.
 */
const FIELD_WORDS = new Set([
  'action',
  'answer',
  'author',
  'cause',
  'component',
  'count',
  'customer',
  'date',
  'deadline',
  'description',
  'detail',
  'duration',
  'email',
  'factor',
  'handle',
  'id',
  'impact',
  'link',
  'metric',
  'name',
  'number',
  'owner',
  'person',
  'reason',
  'region',
  'reviewer',
  'service',
  'severity',
  'summary',
  'symptom',
  'system',
  'team',
  'time',
  'timestamp',
  'title',
  'url',
  'value',
  'version',
]);

/**
 * Words that mark a capitalised bracket as a field label rather than a person's name
 * (`[Incident Title]`, `[Slack Thread]` vs `[Jerry Smith]`).
 */
const LABEL_WORDS = new Set([
  ...FIELD_WORDS,
  'affected',
  'category',
  'channel',
  'contributing',
  'dashboard',
  'document',
  'first',
  'incident',
  'issue',
  'page',
  'previous',
  'root',
  'something',
  'status',
  'thread',
  'ticket',
]);

/** First words of lower-case template guidance: `[describe the impact]`, `[link to the ticket]`. */
const GUIDANCE_VERBS = new Set([
  'add',
  'describe',
  'enter',
  'explain',
  'fill',
  'insert',
  'link',
  'list',
  'name',
  'replace',
  'summarise',
  'summarize',
  'write',
  'your',
]);

/** Role words of an `@` placeholder: `[@owner]`, `[@author-handle]`; `[@jerry]` is a handle. */
const HANDLE_ROLE =
  /^@(?:owner|author|reviewer|approver|handle|user|username|team|person|name|assignee)\b/i;

const EXAMPLE = /\b(?:e\.\s?g\.|eg\.|i\.\s?e\.|for example)/i;
const TRAILING_ELLIPSIS = /(?:\.\.\.|…)\s*$/;

/** HTML elements, so that `<br>` or `<details>` never reads as an angle-bracket placeholder. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside audio b bdi bdo blockquote body br button caption center cite ' +
    'code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption ' +
    'figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd ' +
    'label legend li link main mark meta meter nav noscript object ol optgroup option output p ' +
    'param picture pre progress q rp rt ruby s samp script section select small source span ' +
    'strike strong style sub summary sup table tbody td template textarea tfoot th thead time ' +
    'title tr track tt u ul var video wbr'
  ).split(' '),
);

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function isFieldWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  return FIELD_WORDS.has(lower) || FIELD_WORDS.has(singular(lower));
}

function isLabelWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  return LABEL_WORDS.has(lower) || LABEL_WORDS.has(singular(lower));
}

/** Whether a bracket's inside is a template's label or guidance. */
function isTemplateBracket(inner: string): boolean {
  const text = inner.trim();
  if (EXAMPLE.test(text)) return true;
  if (text.startsWith('@')) return HANDLE_ROLE.test(text);
  if (!/^[A-Za-z]/.test(text) || /\d/.test(text)) return false;
  if (/^(?:TODO|TBD|TBC|FIXME)$/.test(text)) return true;
  if (TRAILING_ELLIPSIS.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length === 1) return isFieldWord(text);
  if (/^[a-z]/.test(text)) return GUIDANCE_VERBS.has(words[0]);
  // Two or three capitalised words, none a field label: a person's or a product's name.
  const nameLike = words.length <= 3 && words.every((word) => /^[A-Z][a-z'’-]*$/.test(word));
  return !nameLike || words.some(isLabelWord);
}

/** Whether an angle-bracket label (`Month`, `service name`) is a blank, not an HTML element. */
function isAngleLabel(inner: string): boolean {
  const first = inner.trim().split(/[\s]+/)[0].toLowerCase();
  // All capitals (`<END OF OUTAGE>`, `<N>`) is a marker or a variable in an example.
  return !HTML_ELEMENTS.has(first) && /[a-z]/.test(inner);
}

/**
 * Every placeholder in a run of text, earliest first, overlaps dropped (longest wins). `todo`
 * replaces the to-do word patterns (global regular expressions).
 */
export function findPlaceholders(
  text: string,
  todo: readonly RegExp[] = TODO_WORDS,
): PlaceholderMatch[] {
  // Most prose holds none: cheap tests that every shape needs first (a bracket, an angle
  // bracket, a to-do word, a mask unit right before its separator).
  if (!text.includes('[') && !text.includes('<') && !MAY_HOLD_MASK.test(text)) {
    const hasTodo = todo.some((pattern) => {
      pattern.lastIndex = 0;
      const found = pattern.test(text);
      pattern.lastIndex = 0;
      return found;
    });
    if (!hasTodo) return [];
  }
  const all: PlaceholderMatch[] = [];
  for (const match of allMatches(BRACKET, text)) {
    if (!isTemplateBracket(match[1])) continue;
    // A bracket that opens the text and is followed by more words is a tag (`[Incident Report]
    // Outage`), unless it names a field (`[Incident Title] on …`).
    const isTag =
      match.index === 0 &&
      /[A-Za-z]/.test(text.slice(match[0].length)) &&
      !EXAMPLE.test(match[1]) &&
      !match[1].startsWith('@') &&
      !match[1].split(/\s+/).some(isFieldWord);
    if (!isTag) all.push({ text: match[0], index: match.index });
  }
  for (const pattern of [...todo, MASK]) {
    for (const match of allMatches(pattern, text)) {
      if (match[0] !== '') all.push({ text: match[0], index: match.index });
    }
  }
  for (const match of allMatches(ANGLE, text)) {
    if (isAngleLabel(match[1])) all.push({ text: match[0], index: match.index });
  }
  return withoutOverlaps(all);
}

/** Sorts matches and keeps the earliest (then the longest) of overlapping ones. */
function withoutOverlaps(matches: PlaceholderMatch[]): PlaceholderMatch[] {
  matches.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: PlaceholderMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (!last || match.index >= last.index + last.text.length) kept.push(match);
  }
  return kept;
}

/**
 * Whether a value is nothing but placeholders (`[Incident Title]`, `YYYY-MM-DD HH:MM`, `TBD`):
 * what remains once they are removed holds no letter or digit. An empty value is not a
 * placeholder (it is missing); a value with real content beside a placeholder is not one either.
 */
export function isPlaceholderValue(value: string): boolean {
  const found = findPlaceholders(value);
  if (found.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const match of found) {
    rest += value.slice(at, match.index);
    at = match.index + match.text.length;
  }
  rest += value.slice(at);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** Whether inline code holds only a mask (`` `YYYY-MM-DD` ``, `` `HH:MM` ``): a blank, not code. */
export function isMaskCode(code: string): boolean {
  return MASKS_ONLY.test(code.trim());
}

/**
 * Whether raw inline HTML is an angle-bracket placeholder: Markdown reads `<Month>` or
 * `<service name>` as an HTML tag, but no HTML element has that name.
 */
export function isAngleHtml(html: string): boolean {
  const match = /^<([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)*)\s*>$/.exec(html.trim());
  return match !== null && isAngleLabel(match[1]);
}
