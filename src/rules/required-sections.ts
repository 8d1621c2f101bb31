import { acceptedNames, sectionFixes } from './fixes/sections.js';
import { defineRule } from './types.js';
import type { Located, Postmortem, ProseText, Section } from '../model/types.js';
import {
  findSection,
  normaliseTitle,
  REQUIRED_SECTIONS,
  SECTION_LEAD_INS,
  SECTION_NAMES,
  sectionKey,
} from '../model/sections.js';
import { advance } from '../parse/positions.js';
import { excerpt, fileSpan } from './helpers/model.js';

export type RequiredSectionsOptions = {
  /** Required sections in template order: a heading name, or a list of accepted names (first is shown). */
  sections: Array<string | string[]>;
  /** More accepted names per required section, keyed by the section's first name. */
  synonyms: Record<string, string[]>;
};

/**
 * True when the section holds text of its own or under its sub-headings (not just headings), or
 * is the Timeline with entries (a timeline kept in a code block has no prose).
 */
function hasContent(model: Postmortem, section: Section): boolean {
  const timeline = model.timeline;
  if (
    timeline &&
    timeline.span.start.offset === section.span.start.offset &&
    timeline.entries.length > 0
  ) {
    return true;
  }
  const from = section.span.end.offset;
  const to = section.bodySpan.end.offset;
  const headings = model.sections.filter(
    (other) => other.span.start.offset >= from && other.span.start.offset < to,
  );
  return model.prose.some((text) => {
    const at = text.start.offset;
    if (at < from || at >= to || text.text.trim() === '') return false;
    return !headings.some(
      (heading) => at >= heading.span.start.offset && at < heading.span.end.offset,
    );
  });
}

/** Text standing in for a missing section's heading: a bold line "What went well" or a label. */
function pseudoHeading(model: Postmortem, names: readonly string[]): ProseText | null {
  const wanted = new Set(names.map(sectionKey));
  return (
    model.prose.find((text) => text.text.length <= 80 && wanted.has(sectionKey(text.text))) ?? null
  );
}

/** Lead-in patterns keyed as titles are, so a configured "lessons learned" finds its pattern. */
const leadInPatterns = new Map(
  Object.entries(SECTION_LEAD_INS).map(([name, pattern]) => [normaliseTitle(name), pattern]),
);

/** Words of opening paragraphs that make them a summary rather than a line of context. */
const OPENING_SUMMARY_WORDS = 25;

/**
 * Catalogue-style postmortems give their summary as a metadata field (`summary:` in frontmatter),
 * blog-style ones as the paragraphs that open the document under no heading: either is the
 * Executive Summary, written where the format keeps it.
 */
function statedInMetadata(model: Postmortem, names: readonly string[]): boolean {
  if (!SECTION_NAMES.executiveSummary.some((name) => names.includes(name))) return false;
  const value = model.metadata.fields.summary?.value;
  if (typeof value === 'string' && value.trim() !== '') return true;
  const opening = model.opening?.text.split(/\s+/).filter((word) => word !== '') ?? [];
  return opening.length >= OPENING_SUMMARY_WORDS;
}

/**
 * A sentence leading into a list that stands in for a section without a heading ("The lessons we
 * take from this incident are as follows:" and its bullets are the Lessons Learned).
 */
function leadIn(model: Postmortem, names: readonly string[]): Located | null {
  const pattern = leadInPatterns.get(normaliseTitle(names[0]));
  return pattern ? (model.leadIns.find((text) => pattern.test(text.text)) ?? null) : null;
}

export const requiredSections = defineRule<RequiredSectionsOptions>({
  scope: 'file',
  fixes: sectionFixes,
  meta: {
    id: 'required-sections',
    description:
      'Requires the sections of the postmortem template (Executive Summary, Impact, Timeline, Root Cause Analysis, …), matched by heading prefix, and warns about empty ones.',
    defaultSeverity: 'error',
    severityNote: 'an empty section is a `warning`',
    tags: ['structure'],
    optionsSchema: {
      type: 'object',
      properties: {
        sections: {
          type: 'array',
          items: {
            anyOf: [
              { type: 'string', minLength: 1 },
              { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
            ],
          },
          description:
            'Required sections in template order: a heading name, or a list of accepted names (the first is shown in messages). Replaces the default list when set.',
        },
        synonyms: {
          type: 'object',
          additionalProperties: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
          },
          description:
            'More accepted headings per required section, keyed by its first name (`"Lessons Learned": ["Retro notes"]`); added to the names in `sections`.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      sections: REQUIRED_SECTIONS.map((names) => [...names]),
      synonyms: {},
    },
  },
  check(context) {
    const { model } = context;
    const missing: string[] = [];
    for (const names of acceptedNames(context.options)) {
      const section = findSection(model.sections, names);
      const standIn = section ? null : pseudoHeading(model, names);
      if (standIn) {
        const written = excerpt(standIn.text.trim().replace(/[\s:]+$/, ''));
        context.report({
          message: `Section "${names[0]}" is only a label here ("${written}"), not a heading: make it a heading such as "## ${written}".`,
          span: {
            start: standIn.start,
            end: advance(standIn.start, standIn.text, standIn.text.length),
          },
        });
      } else if (!section) {
        if (!leadIn(model, names) && !statedInMetadata(model, names)) missing.push(names[0]);
      } else if (!hasContent(model, section)) {
        context.report({
          message: `Section "${excerpt(section.title)}" is empty: write its content or remove the heading.`,
          span: section.span,
          severity: 'warning',
        });
      }
    }
    if (missing.length === 0) return;
    const list = missing.map((name) => `"${name}"`).join(', ');
    context.report({
      message:
        missing.length === 1
          ? `Missing section ${list}: add a "## ${missing[0]}" heading.`
          : `Missing ${missing.length} sections: ${list}: add a heading for each (e.g. "## ${missing[0]}").`,
      span: fileSpan(model),
    });
  },
});
