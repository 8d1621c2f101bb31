import type { Rule } from './types.js';
import { requiredMetadata } from './required-metadata.js';
import { requiredSections } from './required-sections.js';
import { timelineGranularity } from './timeline-granularity.js';
import { timelineConsistency } from './timeline-consistency.js';
import { fiveWhys } from './five-whys.js';
import { actionItems } from './action-items.js';
import { actionItemTracking } from './action-item-tracking.js';
import { blamelessLanguage } from './blameless-language.js';
import { distribution } from './distribution.js';
import { followUpMeeting } from './follow-up-meeting.js';
import { patternAnalysis } from './pattern-analysis.js';
import { noPlaceholders } from './no-placeholders.js';
import { uniqueIncidentId } from './unique-incident-id.js';

/** Every rule, in the order findings of equal position are listed and docs present them. */
export const RULES: readonly Rule[] = [
  requiredMetadata,
  requiredSections,
  timelineGranularity,
  timelineConsistency,
  fiveWhys,
  actionItems,
  actionItemTracking,
  blamelessLanguage,
  distribution,
  followUpMeeting,
  patternAnalysis,
  uniqueIncidentId,
  noPlaceholders,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
