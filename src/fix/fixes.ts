import type { ResolvedConfig } from '../config/types.js';
import type { MetadataField, Postmortem } from '../model/types.js';
import { buildPostmortem } from '../model/build.js';
import { findDate, isIsoDate } from '../model/dates.js';
import { findSection } from '../model/sections.js';
import { requiredMetadata, type RequiredMetadataOptions } from '../rules/required-metadata.js';
import { requiredSections, type RequiredSectionsOptions } from '../rules/required-sections.js';
import type { TextEdit } from './edits.js';

/**
 * Mechanical fixes only: spellings with one right form, dates with one reading, and missing
 * section headings with the template's guidance and placeholders. Never content: whatever a fix
 * inserts is a placeholder that no-placeholders reports until a person writes it.
 */
export interface FixInput {
  model: Postmortem;
  /** The text the model was built from (LF line endings, no BOM). */
  text: string;
  config: ResolvedConfig;
  /** The template the missing sections are copied from. */
  template: string;
}

/** The options a rule runs with in this configuration, or null when it is off. */
function enabledOptions<T>(config: ResolvedConfig, id: string): T | null {
  const entry = config.rules.find((enabled) => enabled.rule.meta.id === id);
  return entry ? (entry.options as T) : null;
}

function sourceOf(text: string, field: MetadataField): string {
  return text.slice(field.span.start.offset, field.span.end.offset);
}

/** `sev1`, `Sev 1`, `SEV_1` → `SEV-1` (the leading token only: `SEV-1 (Critical)` keeps its remark). */
function severityFix({ model, text }: FixInput): TextEdit | null {
  const field = model.metadata.fields.severity;
  if (!field) return null;
  const match = /^(["']?[ \t]*)(sev(?:erity)?[ \t_-]*(\d))(?!\d)/i.exec(sourceOf(text, field));
  if (!match) return null;
  const canonical = `SEV-${match[3]}`;
  if (match[2] === canonical) return null;
  const start = field.span.start.offset + match[1].length;
  return { start, end: start + match[2].length, text: canonical };
}

const letters = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** `completed` → `Completed`, `in-review` → `In Review`: the configured spelling of a status. */
function statusFix({ model, text, config }: FixInput): TextEdit | null {
  const field = model.metadata.fields.status;
  const options = enabledOptions<RequiredMetadataOptions>(config, requiredMetadata.meta.id);
  if (!field || !options) return null;
  const source = sourceOf(text, field);
  const words = /\p{L}[\p{L}\p{N} _-]*[\p{L}\p{N}]|\p{L}/u.exec(source);
  if (!words) return null;
  const canonical = options.statuses.find((status) => letters(status) === letters(words[0]));
  if (canonical === undefined || canonical === words[0]) return null;
  const start = field.span.start.offset + words.index;
  return { start, end: start + words[0].length, text: canonical };
}

/** `Feb 5, 2026`, `5 February 2026`, `2026/02/05` → `2026-02-05`, when the value is that date alone. */
function dateFix({ model, text }: FixInput): TextEdit | null {
  const field = model.metadata.fields.date;
  if (!field || typeof field.value !== 'string') return null;
  const value = field.value.trim();
  if (value === '' || isIsoDate(value)) return null;
  const found = findDate(value);
  if (!found || found.index !== 0 || found.length !== value.length) return null;
  const at = sourceOf(text, field).indexOf(value);
  if (at === -1) return null;
  const start = field.span.start.offset + at;
  return { start, end: start + value.length, text: found.iso };
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
 * Missing required sections, each inserted in template order: after the nearest earlier required
 * section that exists, else before the nearest later one, else at the end. Sections that go to
 * the same place form one insertion, so their order is kept.
 */
function sectionFixes({ model, text, config, template }: FixInput): TextEdit[] {
  const options = enabledOptions<RequiredSectionsOptions>(config, requiredSections.meta.id);
  if (!options) return [];
  const entries = options.sections.map((entry) => (typeof entry === 'string' ? [entry] : entry));
  const found = entries.map((names) => findSection(model.sections, names));
  if (found.every((section) => section !== null)) return [];
  const templateModel = buildPostmortem('TEMPLATE.md', template, config.parse);

  const inserts = new Map<number, string>();
  entries.forEach((names, i) => {
    if (found[i] !== null) return;
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

/** Every mechanical fix for one modelled file, as text edits. */
export function computeFixes(input: FixInput): TextEdit[] {
  const single = [severityFix(input), statusFix(input), dateFix(input)];
  return [...single.filter((edit): edit is TextEdit => edit !== null), ...sectionFixes(input)];
}
