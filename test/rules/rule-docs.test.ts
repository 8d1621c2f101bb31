import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/rules/index.js';
import {
  defaultCell,
  headerOf,
  ruleDocHeader,
  schemaType,
  withHeader,
  type DocumentedRule,
} from '../support/rule-doc-header.js';
import { readRuleDoc } from '../support/rule-docs.js';

const DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

// `npm run rule-docs` runs this file with UPDATE_RULE_DOCS=1 to rewrite the pages' headers.
const updating = process.env.UPDATE_RULE_DOCS === '1';

describe('docs/rules/<id>.md', () => {
  test('there is one page per rule, and no page without a rule', () => {
    const pages = readdirSync(DOCS_DIR)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -'.md'.length));
    expect(pages.sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  test.each(RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s: the header is generated from the rule (regenerate with: npm run rule-docs)',
    (id, rule) => {
      const file = `${DOCS_DIR}${id}.md`;
      const generated = ruleDocHeader(rule);
      if (updating) {
        const page = readFileSync(file, 'utf8');
        const updated = withHeader(page, generated);
        if (updated !== page) writeFileSync(file, updated);
      }
      const committed = headerOf(readFileSync(file, 'utf8'));
      if (committed !== generated) {
        throw new Error(
          `docs/rules/${id}.md: the header (down to the first "## " heading) is out of date with the rule's metadata (description, defaultSeverity, severityNote, scope, optionsSchema, defaultOptions). Run "npm run rule-docs" and commit the result.\n\n--- committed\n${committed}\n--- generated\n${generated}`,
        );
      }
      // The examples below the header still read (test/support/rule-docs.ts).
      expect(readRuleDoc(id).failing.files.length).toBeGreaterThan(0);
    },
  );
});

describe('the generated header', () => {
  const rule: DocumentedRule = {
    scope: 'corpus',
    meta: {
      id: 'made-up',
      description: 'Checks something made up.',
      defaultSeverity: 'warning',
      severityNote: 'never an error',
      tags: [],
      optionsSchema: {
        type: 'object',
        properties: {
          names: {
            type: 'array',
            items: { type: 'string' },
            description: 'Names, one | two.',
          },
          limit: { type: 'integer', minimum: 1, description: 'A limit.' },
        },
        additionalProperties: false,
      },
      defaultOptions: { names: ['a'], limit: 2 },
    },
  };

  test('title, description, severity and its note, scope, one table row per option', () => {
    expect(ruleDocHeader(rule)).toBe(
      [
        '# made-up',
        '',
        '<!-- Down to the first "##" heading, generated from the rule\'s meta by "npm run rule-docs". -->',
        '',
        'Checks something made up.',
        '',
        '- Default severity: `warning` (never an error)',
        '- Scope: the whole corpus',
        '',
        'Options (under `rules.made-up` in the [configuration](../../README.md#configuration); an object',
        'option merges over its default, any other replaces it):',
        '',
        '| Option | Type | Default | Description |',
        '| --- | --- | --- | --- |',
        '| `names` | `string[]` | `["a"]` | Names, one \\| two. |',
        '| `limit` | `integer` ≥ 1 | `2` | A limit. |',
        '',
        '',
      ].join('\n'),
    );
  });

  test('a rule without options says so; an option without a description is an error', () => {
    const bare = { ...rule, meta: { ...rule.meta, optionsSchema: {}, defaultOptions: {} } };
    expect(ruleDocHeader(bare)).toContain('- Scope: the whole corpus\n\nNo options.\n\n');
    const undescribed = {
      ...rule,
      meta: { ...rule.meta, optionsSchema: { properties: { limit: { type: 'integer' } } } },
    };
    expect(() => ruleDocHeader(undescribed)).toThrow(
      'made-up: option "limit" has no description in meta.optionsSchema',
    );
  });

  test.each([
    [{ type: 'boolean' }, 'boolean'],
    [{ type: 'array', items: { enum: ['a', 'b'] } }, '("a" | "b")[]'],
    [
      { type: 'object', additionalProperties: { type: ['string', 'null'] } },
      'Record<string, string | null>',
    ],
    [{ type: 'object', properties: { on: { type: 'boolean' } }, required: [] }, '{ on?: boolean }'],
    [{ type: 'object' }, 'object'],
    [
      {
        type: 'array',
        items: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      },
      '(string | string[])[]',
    ],
  ])('type of %j is %s', (schema, type) => {
    expect(schemaType(schema)).toBe(type);
  });

  test('a long default is shortened: nested members first, then the top level, with a count', () => {
    const words = Array.from({ length: 30 }, (_, index) => `word-${index}`);
    expect(defaultCell({ a: words, b: words })).toBe('`{"a": ["word-0", …], "b": ["word-0", …]}`');
    expect(defaultCell(words)).toMatch(/^`\["word-0", "word-1", .*, …\]` \(30 items\)$/);
    expect(defaultCell(undefined)).toBe('—');
  });

  test('replacing the header keeps the rest of the page byte for byte', () => {
    const page = '# old\n\nOld intro.\n\n## Why\n\nBecause.\r\n\n## Failing example\n';
    const updated = withHeader(page, '# new\n\n');
    expect(updated).toBe('# new\n\n## Why\n\nBecause.\r\n\n## Failing example\n');
    expect(headerOf(updated)).toBe('# new\n\n');
  });
});
