import { buildPostmortem } from '../../src/model/build.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/model/parse-options.js';
import type { Postmortem, Timeline, TimelineEntry } from '../../src/model/types.js';

/** The model of `text` with the default parse options. */
export const modelOf = (text: string, path = 't.md'): Postmortem =>
  buildPostmortem(path, text, DEFAULT_PARSE_OPTIONS);

/** The first timeline of `text`; throws when it has none, so a test says so at once. */
export function timelineOf(text: string): Timeline {
  const timeline = modelOf(text).timeline;
  if (!timeline) throw new Error('no timeline');
  return timeline;
}

/** The entry's instant as ISO UTC, or null when it has none. */
export const iso = (entry: TimelineEntry): string | null =>
  entry.time?.epochMs == null ? null : new Date(entry.time.epochMs).toISOString();

/** Each metadata field of `text` (read as postmortems/x.md) as `key=value@line:column`. */
export const metadataFields = (text: string): string[] =>
  Object.values(modelOf(text, 'postmortems/x.md').metadata.fields).map(
    (field) =>
      `${field.key}=${Array.isArray(field.value) ? field.value.join('|') : String(field.value)}@${field.span.start.line}:${field.span.start.column}`,
  );
