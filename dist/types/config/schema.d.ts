import type { JsonSchema, Rule } from '../rules/types.js';
/**
 * The JSON schema of `.postmortemrc.*`, generated from the rules' metadata so that it can never
 * disagree with them. `schemas/config.schema.json` is this, written by `npm run schema`.
 */
export declare function buildConfigSchema(rules?: readonly Rule[]): JsonSchema;
