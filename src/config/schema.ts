import { RULES } from '../rules/index.js';
import type { JsonSchema, Rule } from '../rules/types.js';
import {
  DEFAULT_FILES,
  DEFAULT_FILE_TIME_BUDGET,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  SEVERITY_INPUTS,
} from './types.js';
import {
  DEFAULT_ACTION_ITEM_COLUMNS,
  DEFAULT_INCIDENT_ID_PATTERN,
} from '../model/parse-options.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../rules/docs-url.js';

const STRING_LIST: JsonSchema = { type: 'array', items: { type: 'string', minLength: 1 } };

/** Adds each option's default value (from the rule's defaultOptions) for editors' completion. */
function withDefaults(
  properties: Record<string, JsonSchema>,
  defaults: Record<string, unknown>,
): Record<string, JsonSchema> {
  const result: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(properties)) {
    result[name] =
      name in defaults && !('default' in schema) ? { ...schema, default: defaults[name] } : schema;
  }
  return result;
}

/**
 * The options of a rule that the run fills in (`readOnly: true` in its options schema, JSON
 * Schema's mark for a value managed by its owner), such as what GitHub said of the linked issues:
 * left out of the config schema and generated configurations, and refused in a config file.
 */
export function runFilledOptions(rule: Rule): Set<string> {
  const properties = (rule.meta.optionsSchema.properties ?? {}) as Record<string, JsonSchema>;
  return new Set(
    Object.entries(properties)
      .filter(([, schema]) => schema.readOnly === true)
      .map(([name]) => name),
  );
}

/** Whether `option` of the rule `ruleId` is filled in by the run (see runFilledOptions). */
export function isRunFilledOption(ruleId: string, option: string, rules = RULES): boolean {
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  return rule !== undefined && runFilledOptions(rule).has(option);
}

/** A rule's setting: a severity, or an object with a severity and the rule's own options. */
function ruleSettingSchema(rule: Rule): JsonSchema {
  const { meta } = rule;
  const options = meta.optionsSchema;
  const runFilled = runFilledOptions(rule);
  const properties = Object.fromEntries(
    Object.entries((options.properties ?? {}) as Record<string, JsonSchema>).filter(
      ([name]) => !runFilled.has(name),
    ),
  );
  const severity = {
    description: '"off", "warning" or "error"; ESLint\'s "warn" and 0, 1, 2 are accepted too.',
    enum: SEVERITY_INPUTS,
    default: meta.defaultSeverity,
  };
  const description = `${meta.description} Default severity: ${meta.defaultSeverity}. ${ruleDocsUrl(meta.id)}`;
  return {
    description,
    // if/then/else rather than oneOf: ajv then reports only the errors of the form actually used.
    if: { type: ['string', 'number'] },
    then: severity,
    else: {
      ...options,
      type: 'object',
      properties: {
        severity,
        ...withDefaults(properties, meta.defaultOptions as Record<string, unknown>),
      },
      additionalProperties: false,
    },
  };
}

/**
 * The JSON schema of `.postmortemrc.*`, generated from the rules' metadata so that it can never
 * disagree with them. `schemas/config.schema.json` is this, written by `npm run schema`.
 */
export function buildConfigSchema(rules: readonly Rule[] = RULES): JsonSchema {
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const rule of rules) ruleProperties[rule.meta.id] = ruleSettingSchema(rule);
  const columnProperties: Record<string, JsonSchema> = {};
  for (const [column, spellings] of Object.entries(DEFAULT_ACTION_ITEM_COLUMNS)) {
    columnProperties[column] = { ...STRING_LIST, default: spellings };
  }
  const rulesSchema: JsonSchema = {
    type: 'object',
    description:
      'Per rule: "off", "warning" ("warn"), "error", 0, 1, 2, or { severity, ...options }.',
    properties: ruleProperties,
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${REPOSITORY_URL}/schemas/config.schema.json`,
    title: 'postmortem-lint configuration',
    description:
      'Configuration of postmortem-lint (.postmortemrc.yml, .postmortemrc.yaml or .postmortemrc.json). Generated from the rules by `npm run schema`: do not edit by hand.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      files: {
        ...STRING_LIST,
        minItems: 1,
        description:
          'Globs of the postmortems to lint when no path is given, relative to the config file.',
        default: DEFAULT_FILES,
      },
      ignores: {
        ...STRING_LIST,
        description:
          'Globs never linted when expanding directories and globs (a file named explicitly is always linted).',
        default: DEFAULT_IGNORES,
      },
      maxFileSize: {
        type: 'integer',
        minimum: 1,
        description:
          'Files larger than this many bytes are reported as invalid-file and not parsed.',
        default: DEFAULT_MAX_FILE_SIZE,
      },
      fileTimeBudget: {
        type: 'number',
        minimum: 0,
        maximum: 3600,
        description:
          'Seconds one file may take to read and check; a file over it is reported as invalid-file and the others are still linted (0: no limit).',
        default: DEFAULT_FILE_TIME_BUDGET,
      },
      incidentIdPattern: {
        type: 'string',
        minLength: 1,
        description: 'Regular expression (JavaScript syntax) an incident id must match.',
        default: DEFAULT_INCIDENT_ID_PATTERN,
      },
      severityAliases: {
        type: 'object',
        description:
          'Extra severity spellings mapped to a level (1 is the most severe) or to a known spelling.',
        additionalProperties: {
          anyOf: [
            { type: 'integer', minimum: 1, maximum: 5 },
            { type: 'string', minLength: 1 },
          ],
        },
      },
      actionItemColumns: {
        type: 'object',
        description:
          'Header spellings that identify each action-item table column (case-insensitive).',
        properties: columnProperties,
        additionalProperties: false,
      },
      rules: rulesSchema,
      overrides: {
        type: 'array',
        description:
          "Rule settings for postmortems of some severities, applied over `rules` in order (as ESLint's overrides are for some files), e.g. [{ severities: [3, 4], rules: { required-sections: { required: [...] } } }].",
        items: {
          type: 'object',
          properties: {
            severities: {
              type: 'array',
              minItems: 1,
              description:
                'The severities this override applies to: levels 1-5, or spellings such as "SEV-3", "P3" or a severityAliases key.',
              items: {
                anyOf: [
                  { type: 'integer', minimum: 1, maximum: 5 },
                  { type: 'string', minLength: 1 },
                ],
              },
            },
            rules: { ...rulesSchema, description: 'Rule settings, as in the top-level `rules`.' },
          },
          required: ['severities', 'rules'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}
