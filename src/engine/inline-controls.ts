import type { InlineControl } from '../model/types.js';
import { editDistance } from '../text/edit-distance.js';

/**
 * Whether `<!-- postmortem-lint-disable … -->` comments silence `ruleId` at `line` (markdownlint's
 * semantics: disable/enable apply from their line on, disable-next-line to the following line).
 */
export function isSilenced(
  controls: readonly InlineControl[],
  ruleId: string,
  line: number,
): boolean {
  let silenced = false;
  for (const control of controls) {
    const applies = control.rules.length === 0 || control.rules.includes(ruleId);
    if (!applies) continue;
    if (control.kind === 'disable-next-line') {
      if (control.line + 1 === line) return true;
    } else if (control.line <= line) {
      silenced = control.kind === 'disable';
    }
  }
  return silenced;
}

/** An id named by an inline control that no rule has: the control does nothing for it. */
export interface UnknownControlRule {
  control: InlineControl;
  id: string;
  /** The known id it is most likely a typo of, if one is close. */
  closest: string | null;
}

function closestId(id: string, known: ReadonlySet<string>): string | null {
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of known) {
    const distance = editDistance(id.toLowerCase(), candidate);
    if (distance <= 3 && (best === null || distance < best.distance))
      best = { candidate, distance };
  }
  return best?.candidate ?? null;
}

/**
 * The ids inline controls name that are not in `known` (as ESLint reports a directive naming an
 * unknown rule; markdownlint ignores such names silently): a typo in `disable` silences nothing,
 * one in `enable` leaves the rule off for the rest of the file.
 */
export function unknownControlRules(
  controls: readonly InlineControl[],
  known: ReadonlySet<string>,
): UnknownControlRule[] {
  return controls.flatMap((control) =>
    [...new Set(control.rules)]
      .filter((id) => !known.has(id))
      .map((id) => ({ control, id, closest: closestId(id, known) })),
  );
}
