import type { MetadataField } from '../../model/types.js';
import { findDate, isIsoDate } from '../../model/dates.js';
import type { TextEdit } from '../../text/edits.js';
import type { FixContext } from '../types.js';

/** The required-metadata rule's fixes: spellings with one right form, dates with one reading. */
interface MetadataFixOptions {
  /** The configured spellings of the postmortem's status. */
  statuses: string[];
}

function sourceOf(text: string, field: MetadataField): string {
  return text.slice(field.span.start.offset, field.span.end.offset);
}

/** `sev1`, `Sev 1`, `SEV_1` → `SEV-1` (the leading token only: `SEV-1 (Critical)` keeps its remark). */
function severityFix({ model, text }: FixContext<MetadataFixOptions>): TextEdit | null {
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
function statusFix({ model, text, options }: FixContext<MetadataFixOptions>): TextEdit | null {
  const field = model.metadata.fields.status;
  if (!field) return null;
  const source = sourceOf(text, field);
  const words = /\p{L}[\p{L}\p{N} _-]*[\p{L}\p{N}]|\p{L}/u.exec(source);
  if (!words) return null;
  const canonical = options.statuses.find((status) => letters(status) === letters(words[0]));
  if (canonical === undefined || canonical === words[0]) return null;
  const start = field.span.start.offset + words.index;
  return { start, end: start + words[0].length, text: canonical };
}

/** `Feb 5, 2026`, `5 February 2026`, `2026/02/05` → `2026-02-05`, when the value is that date alone. */
function dateFix({ model, text }: FixContext<MetadataFixOptions>): TextEdit | null {
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

export function metadataFixes(context: FixContext<MetadataFixOptions>): TextEdit[] {
  return [severityFix(context), statusFix(context), dateFix(context)].filter(
    (edit): edit is TextEdit => edit !== null,
  );
}
