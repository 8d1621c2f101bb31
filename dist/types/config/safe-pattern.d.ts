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
export declare const MAX_PATTERN_LENGTH = 200;
/**
 * Why the regular expression `source` (already known to compile) is refused as a config pattern,
 * or null when it is accepted.
 */
export declare function unsafePatternReason(source: string): string | null;
