import type { Diagnostic } from '../diagnostics/types.js';
/** The message as every reporter prints it: the finding, then the suggested fix when there is one. */
export declare function messageText(diagnostic: Diagnostic): string;
