import type { FileRule } from './types.js';

// Placeholder until the rule is written: reports nothing.
export const timelineConsistency: FileRule<Record<string, never>> = {
  scope: 'file',
  meta: {
    id: 'timeline-consistency',
    description: 'TODO',
    defaultSeverity: 'error',
    tags: [],
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check() {},
};
