import type { Rule } from './types.js';
/** Every rule, in the order findings of equal position are listed and docs present them. */
export declare const RULES: readonly Rule[];
export declare function ruleById(id: string): Rule | undefined;
