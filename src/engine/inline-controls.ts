import type { InlineControl } from '../model/types.js';

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
