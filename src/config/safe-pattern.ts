/**
 * A static check of the regular expressions a config file supplies (`incidentIdPattern`, the
 * no-placeholders `patterns`): JavaScript's engine backtracks, so a pattern such as `(a+)+` takes
 * seconds on a short id. Patterns that can backtrack catastrophically are refused before any text
 * is matched: a repeated group whose body holds an unbounded quantifier (`(a+)+`, `(\w+\s?)*`) or
 * can split its input several ways (`(a|aa)+`, `(a{1,3})+`), backreferences, quantifiers inside a
 * lookbehind, and patterns longer than {@link MAX_PATTERN_LENGTH}. The check is conservative: it
 * refuses some patterns that are in fact fast, never the defaults or ordinary id patterns.
 */

/** Longer than this, a config pattern is refused outright. */
export const MAX_PATTERN_LENGTH = 200;

/** The characters an atom can match: a known set of code points, or anything (`.`, `[^…]`, `\p{…}`). */
type CharSet = ReadonlySet<number> | 'any';

interface Quantifier {
  min: number;
  max: number;
}

type Atom =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'group'; lookaround: 'ahead' | 'behind' | null; alternatives: Sequence[] }
  | { kind: 'backreference' }
  | { kind: 'assertion' };

interface Item {
  atom: Atom;
  quantifier: Quantifier | null;
}

type Sequence = Item[];

const range = (from: string, to: string): number[] => {
  const codes: number[] = [];
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) codes.push(code);
  return codes;
};
const DIGITS = range('0', '9');
const WORD = [...range('a', 'z'), ...range('A', 'Z'), ...DIGITS, '_'.charCodeAt(0)];
const SPACE = [...' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((char) =>
  char.charCodeAt(0),
);

class PatternReader {
  private index = 0;

  constructor(private readonly source: string) {}

  /** The top-level alternatives (the pattern compiled, so its brackets balance). */
  parse(): Sequence[] {
    return this.alternatives();
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.index + offset];
  }

  private alternatives(): Sequence[] {
    const alternatives: Sequence[] = [this.sequence()];
    while (this.peek() === '|') {
      this.index++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Sequence {
    const items: Sequence = [];
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push({ atom, quantifier: this.quantifier() });
    }
    return items;
  }

  private quantifier(): Quantifier | null {
    const char = this.peek();
    let quantifier: Quantifier | null = null;
    if (char === '*') quantifier = { min: 0, max: Infinity };
    else if (char === '+') quantifier = { min: 1, max: Infinity };
    else if (char === '?') quantifier = { min: 0, max: 1 };
    if (quantifier) this.index++;
    else if (char === '{') {
      const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.index));
      if (!braces) return null;
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      quantifier = { min, max };
      this.index += braces[0].length;
    } else return null;
    if (this.peek() === '?') this.index++; // lazy: the same backtracking, in another order
    return quantifier;
  }

  private atom(): Atom {
    const char = this.source[this.index++];
    if (char === '(') return this.group();
    if (char === '[') return { kind: 'chars', set: this.characterClass() };
    if (char === '\\') return this.escape(false);
    if (char === '.') return { kind: 'chars', set: 'any' };
    if (char === '^' || char === '$') return { kind: 'assertion' };
    return { kind: 'chars', set: new Set([char.charCodeAt(0)]) };
  }

  private group(): Atom {
    let lookaround: 'ahead' | 'behind' | null = null;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.index);
      if (rest.startsWith('?:')) this.index += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        lookaround = 'ahead';
        this.index += 2;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        lookaround = 'behind';
        this.index += 3;
      } else {
        const name = /^\?<[^>]*>/.exec(rest);
        this.index += name ? name[0].length : 1;
      }
    }
    const alternatives = this.alternatives();
    if (this.peek() === ')') this.index++;
    return { kind: 'group', lookaround, alternatives };
  }

  /** After a backslash; `inClass` is true inside `[…]`, where `\b` is a backspace. */
  private escape(inClass: boolean): Atom & { kind: 'chars' | 'assertion' | 'backreference' } {
    const char = this.source[this.index++] ?? '\\';
    switch (char) {
      case 'd':
        return { kind: 'chars', set: new Set(DIGITS) };
      case 'w':
        return { kind: 'chars', set: new Set(WORD) };
      case 's':
        return { kind: 'chars', set: new Set(SPACE) };
      case 'D':
      case 'W':
      case 'S':
        return { kind: 'chars', set: 'any' };
      case 'p':
      case 'P': {
        const braces = /^\{[^}]*\}/.exec(this.source.slice(this.index));
        if (braces) this.index += braces[0].length;
        return { kind: 'chars', set: 'any' };
      }
      case 'b':
        return inClass ? { kind: 'chars', set: new Set([8]) } : { kind: 'assertion' };
      case 'B':
        return { kind: 'assertion' };
      case 'k':
        if (this.peek() === '<') return this.skipTo('>', { kind: 'backreference' });
        return { kind: 'chars', set: new Set(['k'.charCodeAt(0)]) };
      case 'x':
      case 'u':
      case 'c':
        return this.codeEscape(char);
      case 'n':
        return { kind: 'chars', set: new Set([10]) };
      case 't':
        return { kind: 'chars', set: new Set([9]) };
      case 'r':
        return { kind: 'chars', set: new Set([13]) };
      case 'f':
        return { kind: 'chars', set: new Set([12]) };
      case 'v':
        return { kind: 'chars', set: new Set([11]) };
      default:
        if (/[1-9]/.test(char) && !inClass) {
          while (/\d/.test(this.peek() ?? '')) this.index++;
          return { kind: 'backreference' };
        }
        if (/\d/.test(char)) return { kind: 'chars', set: 'any' };
        return { kind: 'chars', set: new Set([char.charCodeAt(0)]) };
    }
  }

  private skipTo<T>(end: string, value: T): T {
    const close = this.source.indexOf(end, this.index);
    this.index = close === -1 ? this.source.length : close + 1;
    return value;
  }

  private codeEscape(kind: string): { kind: 'chars'; set: CharSet } {
    const rest = this.source.slice(this.index);
    const code =
      kind === 'x'
        ? /^[0-9a-fA-F]{2}/.exec(rest)
        : kind === 'u'
          ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(rest)
          : /^[A-Za-z]/.exec(rest);
    if (!code) return { kind: 'chars', set: new Set([kind.charCodeAt(0)]) };
    this.index += code[0].length;
    if (kind === 'c') return { kind: 'chars', set: new Set([code[0].charCodeAt(0) % 32]) };
    return { kind: 'chars', set: new Set([parseInt(code[0].replace(/[{}]/g, ''), 16)]) };
  }

  /** After `[`, up to and including `]`. */
  private characterClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.index++;
    const codes = new Set<number>();
    let any = negated;
    while (this.index < this.source.length && this.peek() !== ']') {
      const start = this.classMember();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.index++;
        const end = this.classMember();
        if (start !== 'any' && end !== 'any' && start.size === 1 && end.size === 1) {
          const [from] = start;
          const [to] = end;
          for (let code = from; code <= to; code++) codes.add(code);
          continue;
        }
        any = true;
        continue;
      }
      if (start === 'any') any = true;
      else for (const code of start) codes.add(code);
    }
    this.index++; // `]`
    return any ? 'any' : codes;
  }

  private classMember(): CharSet {
    const char = this.source[this.index++];
    if (char !== '\\') return new Set([char.charCodeAt(0)]);
    const escaped = this.escape(true);
    return escaped.kind === 'chars' ? escaped.set : 'any';
  }
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (a === 'any' || b === 'any') return true;
  for (const code of a) if (b.has(code)) return true;
  return false;
}

const repeats = (quantifier: Quantifier | null): boolean =>
  quantifier !== null && quantifier.max > 1;
const varies = (quantifier: Quantifier | null): boolean =>
  quantifier !== null && quantifier.min !== quantifier.max;

/** Every item inside `sequences`, at any depth. */
function* itemsIn(sequences: readonly Sequence[]): Generator<Item> {
  for (const sequence of sequences) {
    for (const item of sequence) {
      yield item;
      if (item.atom.kind === 'group') yield* itemsIn(item.atom.alternatives);
    }
  }
}

/** The character sets a sequence can consume (lookarounds consume nothing). */
function consumedSets(sequences: readonly Sequence[]): CharSet[] {
  const sets: CharSet[] = [];
  for (const sequence of sequences) {
    for (const { atom } of sequence) {
      if (atom.kind === 'chars') sets.push(atom.set);
      else if (atom.kind === 'group' && atom.lookaround === null)
        sets.push(...consumedSets(atom.alternatives));
      else if (atom.kind === 'backreference') sets.push('any');
    }
  }
  return sets;
}

/** A single character every match of `item` consumes exactly once, and its set. */
function delimiterOf(item: Item): CharSet | null {
  if (item.atom.kind !== 'chars') return null;
  const once = item.quantifier === null || (item.quantifier.min === 1 && item.quantifier.max === 1);
  return once ? item.atom.set : null;
}

/**
 * Whether the body begins (or ends; anywhere when `anywhere`) with a single character that no other
 * part of the body can match: each pass then starts (or ends) at its own such character, so the
 * passes cannot split the text two ways.
 */
function delimited(alternatives: readonly Sequence[], anywhere: boolean): boolean {
  if (alternatives.length !== 1) return false;
  const [sequence] = alternatives;
  const candidates = anywhere ? sequence.map((_, i) => i) : [0, sequence.length - 1];
  return candidates.some((index) => {
    const item = sequence[index];
    const delimiter = item ? delimiterOf(item) : null;
    if (delimiter === null) return false;
    const others = consumedSets([sequence.filter((_, i) => i !== index)]);
    return others.every((set) => !overlaps(delimiter, set));
  });
}

/**
 * Whether one pass of a repeated group's body (without unbounded quantifiers) can only match one
 * way: a body without alternation or variable quantifiers, fixed alternatives that start with
 * distinct characters (`(?:ab|cd)+`), or a delimited body.
 */
function unambiguousBody(alternatives: readonly Sequence[], bounded: boolean): boolean {
  const inner = [...itemsIn(alternatives)];
  const choice = inner.some(
    (item) => item.atom.kind === 'group' && item.atom.alternatives.length > 1,
  );
  const flexible = inner.some((item) => varies(item.quantifier));
  if (alternatives.length === 1 && !choice && !flexible) return true;
  if (alternatives.length > 1) {
    if (flexible || choice) return false;
    const firsts = alternatives.map((sequence) => (sequence[0] ? delimiterOf(sequence[0]) : null));
    if (firsts.some((set) => set === null)) return false;
    return firsts.every((set, i) =>
      firsts.every((other, j) => j <= i || !overlaps(set as CharSet, other as CharSet)),
    );
  }
  return delimited(alternatives, bounded);
}

/** Why `sequences` can backtrack catastrophically, or null. */
function problemIn(sequences: readonly Sequence[], inLookbehind: boolean): string | null {
  for (const sequence of sequences) {
    for (const { atom, quantifier } of sequence) {
      if (atom.kind === 'backreference') return 'backreferences are not allowed';
      if (inLookbehind && repeats(quantifier))
        return 'quantifiers inside a lookbehind are not allowed';
      if (atom.kind !== 'group') continue;
      const behind = inLookbehind || atom.lookaround === 'behind';
      if (repeats(quantifier) && atom.lookaround === null) {
        const nested = [...itemsIn(atom.alternatives)].some(
          (item) => item.quantifier !== null && item.quantifier.max === Infinity,
        );
        // `(?:-[a-z0-9]+)*` is linear: every pass starts at a `-` nothing else in it matches.
        if (nested && !delimited(atom.alternatives, false))
          return 'a repeated group contains an unbounded quantifier (nested quantifiers such as (a+)+ backtrack catastrophically)';
        if (
          !nested &&
          !unambiguousBody(atom.alternatives, (quantifier as Quantifier).max !== Infinity)
        )
          return 'a repeated group can match the same text in several ways (such as (a|aa)+ or (a{1,3})+, which backtrack catastrophically)';
      }
      const inner = problemIn(atom.alternatives, behind);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * Why the regular expression `source` (already known to compile) is refused as a config pattern,
 * or null when it is accepted.
 */
export function unsafePatternReason(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH)
    return `it is longer than ${MAX_PATTERN_LENGTH} characters (${source.length})`;
  return problemIn(new PatternReader(source).parse(), false);
}
