import { acceptedNames, sectionFixes } from './fixes/sections.js';
import { defineRule } from './types.js';
import type { Postmortem, Section } from '../model/types.js';
import { findSection, REQUIRED_SECTIONS } from '../model/sections.js';
import { advance } from '../parse/positions.js';
import { excerpt, fileSpan } from './helpers/model.js';
import { sectionStandIn } from './helpers/sections.js';

export type RequiredSectionsOptions = {
  /** Required sections in template order: a heading name, or a list of accepted names (first is shown). */
  sections: Array<string | string[]>;
  /** More accepted names per required section, keyed by the section's first name. */
  synonyms: Record<string, string[]>;
  /** Whether a label naming a section (`**What went well**` over its list) counts as the section. */
  acceptLabels: boolean;
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
        acceptLabels: {
          type: 'boolean',
          description:
            'Whether a label that names a required section counts as it: a bold line over its list (`**What went well**`), a field (`**Impact**: …`), a list item over a nested list. `false` reports each such label with the heading to write instead.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      sections: REQUIRED_SECTIONS.map((names) => [...names]),
      synonyms: {},
      acceptLabels: true,
    },
  },
  check(context) {
    const { model } = context;
    const missing: string[] = [];
    for (const names of acceptedNames(context.options)) {
      const section = findSection(model.sections, names);
      const standIn = section ? null : sectionStandIn(model, names);
      if (standIn?.kind === 'label' && !context.options.acceptLabels) {
        const label = standIn.text;
        const written = excerpt(label.text.trim().replace(/[\s:]+$/, ''));
        context.report({
          message: `Section "${names[0]}" is only a label here ("${written}"), not a heading: make it a heading such as "## ${written}".`,
          span: { start: label.start, end: advance(label.start, label.text, label.text.length) },
        });
      } else if (!section) {
        if (!standIn) missing.push(names[0]);
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
