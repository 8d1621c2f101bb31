import type { InlineControl } from '../model/types.js';
/**
 * Whether `<!-- postmortem-lint-disable … -->` comments silence `ruleId` at `line` (markdownlint's
 * semantics: disable/enable apply from their line on, disable-next-line to the following line).
 */
export declare function isSilenced(controls: readonly InlineControl[], ruleId: string, line: number): boolean;
/** An id named by an inline control that no rule has: the control does nothing for it. */
export interface UnknownControlRule {
    control: InlineControl;
    id: string;
    /** The known id it is most likely a typo of, if one is close. */
    closest: string | null;
}
/**
 * The ids inline controls name that are not in `known` (as ESLint reports a directive naming an
 * unknown rule; markdownlint ignores such names silently): a typo in `disable` silences nothing,
 * one in `enable` leaves the rule off for the rest of the file.
 */
export declare function unknownControlRules(controls: readonly InlineControl[], known: ReadonlySet<string>): UnknownControlRule[];
