/**
 * Every match of a global `pattern` in `text`, from the start, as `text.matchAll(pattern)` gives
 * them. `matchAll` copies its pattern on each call, and for the long alternations the model and the
 * rules search with, that copy costs far more than the search (measured: 75× on a 3,700-character
 * alternation). Eager, so a caller may search with the same pattern inside its loop.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, got ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over one code point.
    if (match[0] === '')
      pattern.lastIndex = nextIndex(
        text,
        pattern.lastIndex,
        pattern.unicode || pattern.flags.includes('v'),
      );
  }
  pattern.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    ? index + 2
    : index + 1;
}
