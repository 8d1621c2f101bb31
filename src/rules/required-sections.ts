import { sectionFixes } from './fixes/sections.js';
import { defineRule } from './types.js';
import type { Postmortem, ProseText, Section } from '../model/types.js';
import { findSection, normaliseTitle } from '../model/sections.js';
import { advance } from '../parse/positions.js';
import { excerpt, fileSpan } from './helpers/model.js';

export type RequiredSectionsOptions = {
  /** Required sections in template order: a heading name, or a list of accepted names (first is shown). */
  sections: Array<string | string[]>;
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
  const wanted = new Set(names.map(normaliseTitle));
  return (
    model.prose.find((text) => text.text.length <= 80 && wanted.has(normaliseTitle(text.text))) ??
    null
  );
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
      },
      additionalProperties: false,
    },
    defaultOptions: {
      sections: [
        ['Executive Summary', 'Summary', 'Incident Summary', 'Issue Summary'],
        ['Impact', 'Incident Impact', 'User Impact', 'Customer Impact'],
        'Timeline',
        ['Root Cause Analysis', 'Root Cause', 'Root Causes'],
        'Contributing Factors',
        'What Went Well',
        ['What Went Wrong', 'What Went Poorly', 'What Could Have Gone Better'],
        [
          'Action Items',
          'Remediation',
          'Corrective Actions',
          'Follow-up Actions',
          'Review Actions',
          'Next Steps',
        ],
        ['Lessons Learned', 'Lessons Learnt'],
      ],
    },
  },
  check(context) {
    const { model } = context;
    const missing: string[] = [];
    for (const entry of context.options.sections) {
      const names = typeof entry === 'string' ? [entry] : entry;
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
      } else if (!section) missing.push(names[0]);
      else if (!hasContent(model, section)) {
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
