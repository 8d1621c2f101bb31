import type { IndexEntry } from '../corpus/index-entry.js';
import type { Span } from '../model/types.js';
import { defineRule } from './types.js';
import { duplicateIds, type DuplicateId } from '../corpus/duplicates.js';

export type UniqueIncidentIdOptions = Record<string, never>;

/** Duplicates are found once per corpus (the engine calls the rule once per file with the same array). */
const cache = new WeakMap<readonly IndexEntry[], Map<IndexEntry, DuplicateId>>();

function laterHolders(corpus: readonly IndexEntry[]): Map<IndexEntry, DuplicateId> {
  let byEntry = cache.get(corpus);
  if (!byEntry) {
    byEntry = new Map();
    for (const duplicate of duplicateIds(corpus))
      for (const entry of duplicate.duplicates) byEntry.set(entry, duplicate);
    cache.set(corpus, byEntry);
  }
  return byEntry;
}

function lineSpan(line: number): Span {
  const point = { line, column: 1, offset: 0 };
  return { start: point, end: point };
}

export const uniqueIncidentId = defineRule<UniqueIncidentIdOptions>({
  scope: 'corpus',
  meta: {
    id: 'unique-incident-id',
    description:
      'Requires each incident id to be used by one postmortem only: a later file with the id of an earlier one is reported, naming the first.',
    defaultSeverity: 'error',
    tags: ['metadata', 'cross-incident'],
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check(context) {
    const { entry } = context;
    const duplicate = laterHolders(context.corpus).get(entry);
    if (!duplicate) return;
    const { first } = duplicate;
    const when = first.date === null ? '' : ` (incident of ${first.date})`;
    context.report({
      message: `The incident id ${entry.id} is already used by ${first.path}${when}: give this incident its own id, or keep one postmortem if both describe the same incident.`,
      span: lineSpan(entry.lines.id ?? entry.lines.title ?? 1),
      suggestion:
        'Reports and cross-incident rules count an incident once by its id: a copied id hides one of the two.',
    });
  },
});
