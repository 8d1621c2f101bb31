import type { FileRule } from './types.js';

// Placeholder until the rule is written: reports nothing.
export const actionItems: FileRule<Record<string, never>> = {
  scope: 'file',
  meta: {
    id: 'action-items',
    description: 'TODO',
    defaultSeverity: 'error',
    tags: [],
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check() {},
};
