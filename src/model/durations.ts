import { allMatches } from '../text/matches.js';
/**
 * Reading a stated incident duration: `2 hours 15 minutes`, `2h 15m`, `1h30m`, `90 min`,
 * `1.5 hours`, `1 day 3 hours`, `approximately nine hours`, `an hour`. One pass over the words,
 * so any input is read in linear time.
 */

const UNIT_MINUTES: Record<string, number> = {
  d: 1440,
  day: 1440,
  days: 1440,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  s: 1 / 60,
  sec: 1 / 60,
  secs: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
};

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1 };
SMALL_NUMBERS.forEach((word, value) => (NUMBER_WORDS[word] = value));
TENS.forEach((word, i) => {
  if (word) NUMBER_WORDS[word] = i * 10;
});

/** A number (`90`, `1.5`), a word or one other character; whitespace is skipped. */
const TOKEN = /(\d+(?:\.\d+)?)|([a-z]+)|(\S)/gi;

interface Token {
  text: string;
  number: number | null;
  index: number;
  end: number;
}

function tokens(text: string): Token[] {
  const result: Token[] = [];
  for (const match of allMatches(TOKEN, text)) {
    const index = match.index ?? 0;
    const word = match[2]?.toLowerCase();
    result.push({
      text: word ?? match[0],
      number: match[1] !== undefined ? Number(match[1]) : null,
      index,
      end: index + match[0].length,
    });
  }
  return result;
}

/** The value of a number written at `i` (digits, a word, `twenty-five`), and the tokens it took. */
function numberAt(list: readonly Token[], i: number): { value: number; next: number } | null {
  const token = list[i];
  if (token.number !== null) return { value: token.number, next: i + 1 };
  // "half an hour", "half a day"
  if (token.text === 'half' && NUMBER_WORDS[list[i + 1]?.text ?? ''] === 1)
    return { value: 0.5, next: i + 2 };
  const word = NUMBER_WORDS[token.text];
  if (word === undefined) return null;
  // "twenty-five", "twenty five"
  if (word >= 20 && word % 10 === 0) {
    const hyphen = list[i + 1]?.text === '-' ? 1 : 0;
    const unit = NUMBER_WORDS[list[i + 1 + hyphen]?.text ?? ''];
    if (unit !== undefined && unit >= 1 && unit <= 9)
      return { value: word + unit, next: i + 2 + hyphen };
  }
  return { value: word, next: i + 1 };
}

/** A duration found in a text: its minutes and where it is written. */
export interface FoundDuration {
  minutes: number;
  index: number;
  end: number;
}

/**
 * The first duration written in `text`: a run of number-and-unit pairs (`1h 30m`, `2 hours and
 * 15 minutes`), summed. Null when none is written.
 */
export function findDuration(text: string): FoundDuration | null {
  return durationsFrom(tokens(text), 0).next().value ?? null;
}

/** Every duration written in `text`, in order (one pass over its words). */
export function findDurations(text: string): FoundDuration[] {
  return [...durationsFrom(tokens(text), 0)];
}

function* durationsFrom(list: Token[], first: number): Generator<FoundDuration> {
  for (let i = first; i < list.length; i++) {
    let total = 0;
    let at = i;
    let end = -1;
    let last = i;
    for (;;) {
      const number = at < list.length ? numberAt(list, at) : null;
      const unit = number ? UNIT_MINUTES[list[number.next]?.text ?? ''] : undefined;
      if (!number || unit === undefined) break;
      total += number.value * unit;
      end = list[number.next].end;
      last = number.next;
      at = number.next + 1;
      // "an hour and a half"
      if (list[at]?.text === 'and' && NUMBER_WORDS[list[at + 1]?.text ?? ''] === 1) {
        if (list[at + 2]?.text === 'half') {
          total += unit / 2;
          end = list[at + 2].end;
          last = at + 2;
          at += 3;
        }
      }
      if (list[at]?.text === 'and' || list[at]?.text === ',') at++;
    }
    if (end !== -1) {
      yield { minutes: Math.round(total * 100) / 100, index: list[i].index, end };
      i = last;
    }
  }
}

/** Minutes in a stated duration (the `Duration` field); null when it states none. */
export function parseDurationMinutes(raw: string): number | null {
  return findDuration(raw)?.minutes ?? null;
}

/** A word that hedges a duration: "about 2 hours", "~3 h". */
const HEDGE = String.raw`(?:about|approximately|approx\.?|around|roughly|nearly|almost|~)`;
const HEDGE_BEFORE = new RegExp(`${HEDGE}\\s*$`, 'i');

/** Words that introduce an incident's duration in prose: "the outage lasted about 2 hours". */
const DURATION_PHRASE = new RegExp(
  String.raw`\b(?:lasted|lasting|lasts|for a total of|total (?:duration|downtime) of|(?:duration|downtime|outage) of)\s+(?:(${HEDGE})\s*)?`,
  'gi',
);

/** A duration stated in a sentence, and whether it was hedged ("about", "approximately"). */
export interface ProseDuration extends FoundDuration {
  approximate: boolean;
}

/** The first duration introduced by "lasted …", "a total of …", "downtime of …" in `text`. */
export function findProseDuration(text: string): ProseDuration | null {
  for (const match of allMatches(DURATION_PHRASE, text)) {
    const from = (match.index ?? 0) + match[0].length;
    // The duration must follow the phrase directly (a few characters of slack for "a total of ~").
    const found = findDuration(text.slice(from, from + 40));
    if (found && found.index <= 2)
      return {
        minutes: found.minutes,
        index: from + found.index,
        end: from + found.end,
        approximate: match[1] !== undefined,
      };
  }
  return null;
}

/**
 * Every duration written in `text` (see {@link findDurations}), and whether a hedge comes right
 * before it ("**Total time until repaired:** About 68 hours").
 */
export function findStatedDurations(text: string): ProseDuration[] {
  return findDurations(text).map((found) => ({
    ...found,
    approximate: HEDGE_BEFORE.test(text.slice(Math.max(0, found.index - 20), found.index)),
  }));
}

/** What may lead a note of how long something lasted: "Outage of", "Total downtime:", "~". */
const NOTE_LEAD = new RegExp(
  String.raw`^[\s*_]*(?:(?:total\s+)?(?:outage|downtime|disruption|impact|duration)(?:\s+(?:of|was|lasted|lasting))?\s*:?[\s*_]*)?(?:${HEDGE}(?=[\s\d]))?`,
  'i',
);

/**
 * Whether `text` only tells how long something lasted ("Outage of 7 hours 27 minutes", "~ 10
 * minutes"): a note between a timeline's events, not an event of its own.
 */
export function isDurationNote(text: string): boolean {
  const rest = text.slice(NOTE_LEAD.exec(text)?.[0].length ?? 0);
  const found = findDuration(rest);
  return (
    found !== null &&
    rest.slice(0, found.index).trim() === '' &&
    rest.slice(found.end).replace(/[\s*_.)]+/g, '') === ''
  );
}
