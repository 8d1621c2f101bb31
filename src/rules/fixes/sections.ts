import type { Postmortem } from '../../model/types.js';
import { buildPostmortem } from '../../model/build.js';
import { findSection, normaliseTitle } from '../../model/sections.js';
import type { TextEdit } from '../../text/edits.js';
import type { FixContext } from '../types.js';
import { sectionStandIn } from '../helpers/sections.js';

/** The required-sections rule's fix: missing sections, copied from the template. */
interface SectionFixOptions {
  /** Each required section: a name, or a list of accepted names (the first is the one written). */
  sections: Array<string | string[]>;
  /** More accepted names per required section, keyed by the section's first name. */
  synonyms: Record<string, string[]>;
}

/** Each required section's accepted names: its entry in `sections`, then its `synonyms`. */
export function acceptedNames(options: SectionFixOptions): string[][] {
  const extra = new Map<string, string[]>();
  for (const [name, names] of Object.entries(options.synonyms)) {
    const key = normaliseTitle(name);
    extra.set(key, [...(extra.get(key) ?? []), ...names]);
  }
  return options.sections.map((entry) => {
    const names = typeof entry === 'string' ? [entry] : entry;
    return [...names, ...(extra.get(normaliseTitle(names[0])) ?? [])];
  });
}

/** The template's text for a section (heading, guidance, placeholders), or a bare heading. */
function sectionText(template: Postmortem, templateText: string, names: readonly string[]): string {
  const section = findSection(template.sections, names);
  if (!section) {
    return `## ${names[0]}\n\n<!-- Required section (rule required-sections): write it. -->\n\n[${names[0]}]\n\n`;
  }
  return `${templateText.slice(section.span.start.offset, section.bodySpan.end.offset).trimEnd()}\n\n`;
}

/**
 * Missing required sections (none written another way: {@link sectionStandIn}), each inserted
 * in template order: after the nearest earlier required section that exists, else before the
 * nearest later one, else at the end. Sections that go to
 * the same place form one insertion, so their order is kept. What goes in is the template's
 * guidance and placeholders, which no-placeholders reports until a person writes the section.
 */
export function sectionFixes({
  model,
  text,
  options,
  parse,
  template,
}: FixContext<SectionFixOptions>): TextEdit[] {
  const entries = acceptedNames(options);
  const found = entries.map((names) => findSection(model.sections, names));
  // A section written another way (a label, a lead-in, an opening summary) is not added again.
  const wanted = entries.map(
    (names, i) => found[i] === null && sectionStandIn(model, names) === null,
  );
  if (!wanted.includes(true)) return [];
  const templateModel = buildPostmortem('TEMPLATE.md', template, parse);

  const inserts = new Map<number, string>();
  entries.forEach((names, i) => {
    if (!wanted[i]) return;
    const previous = found
      .slice(0, i)
      .reverse()
      .find((section) => section !== null);
    const next = found.slice(i + 1).find((section) => section !== null);
    const offset = previous
      ? previous.bodySpan.end.offset
      : next
        ? next.span.start.offset
        : text.length;
    inserts.set(offset, (inserts.get(offset) ?? '') + sectionText(templateModel, template, names));
  });
  return [...inserts].map(([offset, inserted]) => {
    // At the end of the file the new text needs a blank line before it.
    const lead =
      offset < text.length ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    const body = offset < text.length ? inserted : inserted.trimEnd() + '\n';
    return { start: offset, end: offset, text: lead + body };
  });
}
