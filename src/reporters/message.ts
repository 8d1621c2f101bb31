import type { Diagnostic } from '../diagnostics/types.js';

/** The message as every reporter prints it: the finding, then the suggested fix when there is one. */
export function messageText(diagnostic: Diagnostic): string {
  return diagnostic.suggestion
    ? `${diagnostic.message} Suggestion: ${diagnostic.suggestion}`
    : diagnostic.message;
}
