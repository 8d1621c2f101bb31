import type { FileRule } from './types.js';

// Placeholder until the rule is written: reports nothing.
export const followUpMeeting: FileRule<Record<string, never>> = {
  scope: 'file',
  meta: {
    id: 'follow-up-meeting',
    description: 'TODO',
    defaultSeverity: 'error',
    tags: [],
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check() {},
};
