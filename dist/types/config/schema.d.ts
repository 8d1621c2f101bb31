import type { JsonSchema, Rule } from '../rules/types.js';
/**
 * The options of a rule that the run fills in (`readOnly: true` in its options schema, JSON
 * Schema's mark for a value managed by its owner), such as what GitHub said of the linked issues:
 * left out of the config schema and generated configurations, and refused in a config file.
 */
export declare function runFilledOptions(rule: Rule): Set<string>;
/** Whether `option` of the rule `ruleId` is filled in by the run (see runFilledOptions). */
export declare function isRunFilledOption(ruleId: string, option: string, rules?: readonly Rule[]): boolean;
/**
 * The JSON schema of `.postmortemrc.*`, generated from the rules' metadata so that it can never
 * disagree with them. `schemas/config.schema.json` is this, written by `npm run schema`.
 */
export declare function buildConfigSchema(rules?: readonly Rule[]): JsonSchema;
