import type { Rule } from '../rules/types.js';
/**
 * The `.postmortemrc.yml` of the template repository: every option at its default, each with a
 * comment. Generated from the config schema and the rules' metadata (`npm run samples`), and a
 * test loads it and compares with the built-in defaults, so it cannot drift from them.
 */
export declare function renderDefaultConfig(rules?: readonly Rule[]): string;
