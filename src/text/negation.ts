import { allMatches } from './matches.js';
/** Whether a phrase is negated where it stands: "nobody is to blame", "we will not blame the vendor". */

/**
 * Words that negate what follows in their clause. "anything" and "anyone" are here too: outside
 * questions they appear only under a negation that may sit further back ("not evident that
 * anything was at fault", "not anyone's fault").
 */
const NEGATOR =
  /^(?:not|no|never|nobody|none|nothing|neither|nor|without|cannot|noone|anything|anyone|anybody|[\p{L}]+n['’]t)$/iu;

/** Where a clause ends: punctuation, or a conjunction that starts a new claim. */
const CLAUSE_BREAK = /[.,;:!?()\n—–]|\b(?:but|because|although|though|however|yet)\b/giu;

/** How far back a negation reaches, in words ("nobody is to blame", "nor can we deflect the blame"). */
const REACH = 4;

/** Enough characters for REACH words of any normal length; bounded so each call is constant time. */
const LOOK_BACK = 80;

/** True when one of the REACH words before `index`, in the same clause, negates it. */
export function negatedAt(text: string, index: number): boolean {
  let before = text.slice(Math.max(0, index - LOOK_BACK), index);
  let cut = -1;
  for (const match of allMatches(CLAUSE_BREAK, before)) cut = match.index + match[0].length;
  if (cut >= 0) before = before.slice(cut);
  const words = before.split(/\s+/).filter((word) => word !== '');
  return words
    .slice(-REACH)
    .some((word) => NEGATOR.test(word.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '')));
}

/**
 * A sentence that names a blame framing in order to reject it: "While it can be attributed to
 * human error, it is incorrect to focus on the individual", "rather than blaming the operator".
 * The rejection must aim at people (the individual, a person, the engineer, anyone).
 */
const REJECTS_BLAME =
  /\b(?:(?:is|was|would be|are)\s+(?:incorrect|wrong|unfair|unhelpful|misleading|counterproductive|not\s+(?:helpful|useful|right|fair|productive|appropriate))\s+to\s+(?:focus\s+on|blame|single\s+out|point\s+(?:at|to)|look\s+at)|(?:rather\s+than|instead\s+of)\s+(?:focus(?:ing)?\s+on|blam(?:e|ing)|singling\s+out))\s+(?:the\s+|an?\s+|any\s+)?(?:individuals?|persons?|people|engineers?|operators?|humans?|anyone|someone|who)\b/i;

/**
 * A sentence that names a blame framing as the easy reading it sets aside: "It would be easy to
 * chalk this up to human error, but …", "tempting to put it down to operator error".
 */
const EASY_FRAMING =
  /\b(?:easy|tempting|simple|convenient)\s+to\s+(?:chalk|put|write|dismiss|attribute|call|label|blame)\b/i;

/** How far a sentence is searched on each side of a word: bounded, so each call is constant time. */
const SENTENCE_REACH = 300;

/** True when the sentence around `index` rejects blaming a person (REJECTS_BLAME, EASY_FRAMING). */
export function rejectedInSentence(text: string, index: number): boolean {
  const from = Math.max(0, index - SENTENCE_REACH);
  const before = text.slice(from, index);
  let start = from;
  for (const end of allMatches(/[.!?](?:\s|$)|\n/g, before))
    start = from + end.index + end[0].length;
  const after = text.slice(index, index + SENTENCE_REACH);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  const sentence = text.slice(start, stop === -1 ? index + after.length : index + stop);
  return REJECTS_BLAME.test(sentence) || EASY_FRAMING.test(sentence);
}
