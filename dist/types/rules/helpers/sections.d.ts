import type { Located, Postmortem, ProseText } from '../../model/types.js';
/**
 * What stands in for a required section that has no heading: a label naming it (a bold line
 * "**What went well**" over its list, a `**Impact**:` field, a list item over a nested list), a
 * sentence leading into its list, or the summary a format keeps elsewhere. The required-sections
 * rule and its fix read the same answer, so `--fix` never adds a section the rule counts as there.
 */
export type SectionStandIn = {
    kind: 'label';
    text: ProseText;
} | {
    kind: 'lead-in';
    text: Located;
} | {
    kind: 'summary';
};
export declare function sectionStandIn(model: Postmortem, names: readonly string[]): SectionStandIn | null;
