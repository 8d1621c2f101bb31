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

/** The longest text from the document a message quotes (an excerpt's default cap). */
export const QUOTE_LENGTH = 80;

/**
 * Text from the document as a message quotes it: trimmed, and cut with "…" when longer than
 * `length` characters, so that a message stays one readable line however long the value is (a
 * 600 KB frontmatter value gives a message of bounded length). Every rule quoting a value it read
 * from the document goes through it. The cut never splits a surrogate pair.
 */
export function excerpt(text: string, length = QUOTE_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= length) return trimmed;
  let cut = trimmed.slice(0, Math.max(0, length - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The first line of a text, as {@link excerpt} quotes it. */
export function firstLineExcerpt(text: string, length = QUOTE_LENGTH): string {
  return excerpt(text.trim().split('\n', 1)[0], length);
}
