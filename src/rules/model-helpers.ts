import type { Postmortem, Span } from '../model/types.js';
import { isIsoDate } from '../model/dates.js';

/** The incident date (ISO `YYYY-MM-DD`) from the metadata, or null when missing or malformed. */
export function incidentDateOf(model: Postmortem): string | null {
  const value = model.metadata.fields.date?.value;
  return typeof value === 'string' && isIsoDate(value.trim()) ? value.trim() : null;
}

/** Where file-level findings go: the title, else the first line of the body. */
export function fileSpan(model: Postmortem): Span {
  return model.title?.span ?? { start: model.bodyStart, end: model.bodyStart };
}
