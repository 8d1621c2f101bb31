import type { Rule } from './types.js';
import { requiredMetadata } from './required-metadata.js';
import { requiredSections } from './required-sections.js';
import { timelineGranularity } from './timeline-granularity.js';
import { timelineConsistency } from './timeline-consistency.js';
import { fiveWhys } from './five-whys.js';
import { actionItems } from './action-items.js';
import { blamelessLanguage } from './blameless-language.js';
import { distribution } from './distribution.js';
import { followUpMeeting } from './follow-up-meeting.js';
import { patternAnalysis } from './pattern-analysis.js';
import { noPlaceholders } from './no-placeholders.js';

/** Every rule, in the order findings of equal position are listed and docs present them. */
export const RULES: readonly Rule[] = [
  requiredMetadata as Rule,
  requiredSections as Rule,
  timelineGranularity as Rule,
  timelineConsistency as Rule,
  fiveWhys as Rule,
  actionItems as Rule,
  blamelessLanguage as Rule,
  distribution as Rule,
  followUpMeeting as Rule,
  patternAnalysis as Rule,
  noPlaceholders as Rule,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
