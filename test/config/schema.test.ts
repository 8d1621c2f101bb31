import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { format, resolveConfig as prettierConfig } from 'prettier';
import { parse } from 'yaml';
import { buildConfigSchema, runFilledOptions } from '../../src/config/schema.js';
import { RULES } from '../../src/rules/index.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/config.schema.json', import.meta.url));

/** The generated schema as committed: JSON, formatted by the project's Prettier settings. */
async function generatedText(): Promise<string> {
  const options = (await prettierConfig(SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(buildConfigSchema(), null, 2), { ...options, parser: 'json' });
}

// `npm run schema` runs this file with UPDATE_CONFIG_SCHEMA=1 to rewrite the committed schema.
const updating = process.env.UPDATE_CONFIG_SCHEMA === '1';

describe('schemas/config.schema.json', () => {
  test('is the schema generated from the rules (regenerate with: npm run schema)', async () => {
    const generated = await generatedText();
    if (updating) writeFileSync(SCHEMA_FILE, generated);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== generated) {
      throw new Error(
        'schemas/config.schema.json is out of date with the rules\' metadata (optionsSchema, defaultSeverity). Run "npm run schema" and commit the result.',
      );
    }
  });

  test('has one entry per rule, with its default severity and its options (not those the run fills in)', () => {
    const schema = buildConfigSchema() as {
      properties: {
        rules: {
          properties: Record<
            string,
            { else: { properties: Record<string, unknown> }; then: { default: string } }
          >;
        };
      };
    };
    const rules = schema.properties.rules.properties;
    expect(Object.keys(rules)).toEqual(RULES.map((rule) => rule.meta.id));
    for (const rule of RULES) {
      expect(rules[rule.meta.id].then.default).toBe(rule.meta.defaultSeverity);
      const runFilled = runFilledOptions(rule);
      const options = Object.keys((rule.meta.optionsSchema.properties ?? {}) as object).filter(
        (name) => !runFilled.has(name),
      );
      expect(Object.keys(rules[rule.meta.id].else.properties)).toEqual(['severity', ...options]);
    }
  });

  test('accepts the example configuration and every rule at its defaults', () => {
    const validate = new Ajv({ strict: false }).compile(buildConfigSchema());
    const example = parse(
      readFileSync(new URL('../../examples/.postmortemrc.yml', import.meta.url), 'utf8'),
    );
    expect(validate(example)).toBe(true);
    const everyRule = Object.fromEntries(
      RULES.map((rule) => [
        rule.meta.id,
        {
          severity: rule.meta.defaultSeverity,
          ...Object.fromEntries(
            Object.entries(rule.meta.defaultOptions as object).filter(
              ([name]) => !runFilledOptions(rule).has(name),
            ),
          ),
        },
      ]),
    );
    expect(validate({ rules: everyRule })).toBe(true);
    expect(validate.errors ?? null).toBeNull();
  });
});
