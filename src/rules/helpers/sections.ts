import type { Located, Postmortem, ProseText } from '../../model/types.js';
import {
  normaliseTitle,
  SECTION_LEAD_INS,
  SECTION_NAMES,
  sectionKey,
} from '../../model/sections.js';

/**
 * What stands in for a required section that has no heading: a label naming it (a bold line
 * "**What went well**" over its list, a `**Impact**:` field, a list item over a nested list), a
 * sentence leading into its list, or the summary a format keeps elsewhere. The required-sections
 * rule and its fix read the same answer, so `--fix` never adds a section the rule counts as there.
 */
export type SectionStandIn =
  { kind: 'label'; text: ProseText } | { kind: 'lead-in'; text: Located } | { kind: 'summary' };

export function sectionStandIn(model: Postmortem, names: readonly string[]): SectionStandIn | null {
  const label = labelOf(model, names);
  if (label) return { kind: 'label', text: label };
  const ledIn = leadIn(model, names);
  if (ledIn) return { kind: 'lead-in', text: ledIn };
  return summaryElsewhere(model, names) ? { kind: 'summary' } : null;
}

/** A label naming the section (`Postmortem.labels`): "**What went well**", "Impact:". */
function labelOf(model: Postmortem, names: readonly string[]): ProseText | null {
  const wanted = new Set(names.map(sectionKey));
  return model.labels.find((label) => wanted.has(sectionKey(label.text))) ?? null;
}

/** Lead-in patterns keyed as titles are, so a configured "lessons learned" finds its pattern. */
const leadInPatterns = new Map(
  Object.entries(SECTION_LEAD_INS).map(([name, pattern]) => [normaliseTitle(name), pattern]),
);

/**
 * A sentence leading into a list that stands in for a section without a heading ("The lessons we
 * take from this incident are as follows:" and its bullets are the Lessons Learned).
 */
function leadIn(model: Postmortem, names: readonly string[]): Located | null {
  const pattern = leadInPatterns.get(normaliseTitle(names[0]));
  return pattern ? (model.leadIns.find((text) => pattern.test(text.text)) ?? null) : null;
}

/** Words of opening paragraphs that make them a summary rather than a line of context. */
const OPENING_SUMMARY_WORDS = 25;

/**
 * Catalogue-style postmortems give their summary as a metadata field (`summary:` in frontmatter),
 * blog-style ones as the paragraphs that open the document under no heading: either is the
 * Executive Summary, written where the format keeps it.
 */
function summaryElsewhere(model: Postmortem, names: readonly string[]): boolean {
  if (!SECTION_NAMES.executiveSummary.some((name) => names.includes(name))) return false;
  const value = model.metadata.fields.summary?.value;
  if (typeof value === 'string' && value.trim() !== '') return true;
  const opening = model.opening?.text.split(/\s+/).filter((word) => word !== '') ?? [];
  return opening.length >= OPENING_SUMMARY_WORDS;
}
