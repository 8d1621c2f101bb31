import type { Postmortem, Span } from '../../model/types.js';
import { isIsoDate } from '../../model/dates.js';

/** The incident date (ISO `YYYY-MM-DD`) from the metadata, or null when missing or malformed. */
export function incidentDateOf(model: Postmortem): string | null {
  const value = model.metadata.fields.date?.value;
  return typeof value === 'string' && isIsoDate(value.trim()) ? value.trim() : null;
}

/** Where file-level findings go: the title, else the first line of the body. */
export function fileSpan(model: Postmortem): Span {
  return model.title?.span ?? { start: model.bodyStart, end: model.bodyStart };
}

/** The start of a text for a message, cut with "…" when longer than `length`. */
export function excerpt(text: string, length = 50): string {
  const trimmed = text.trim();
  return trimmed.length > length ? `${trimmed.slice(0, length - 1)}…` : trimmed;
}
