import type { CorpusRule } from './types.js';

// Placeholder until the rule is written: reports nothing.
export const patternAnalysis: CorpusRule<Record<string, never>> = {
  scope: 'corpus',
  meta: {
    id: 'pattern-analysis',
    description: 'TODO',
    defaultSeverity: 'error',
    tags: [],
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check() {},
};
