import type { JsonSchema, RuleMeta } from '../../src/rules/types.js';

/**
 * The generated header of a rule's doc page (`docs/rules/<id>.md`): everything from the top of the
 * page down to, not including, its first `## ` heading. It is made from the rule's metadata only,
 * so the page cannot disagree with the code about the rule's description, default severity, scope
 * or options; the sections below the header are hand-written. test/docs/rule-docs.test.ts compares
 * each page with this and rewrites the pages when UPDATE_RULE_DOCS=1.
 */

/** What the header is made from: any rule of RULES fits. */
export interface DocumentedRule {
  scope: 'file' | 'corpus';
  meta: RuleMeta<unknown>;
}

/** The pages' prose is wrapped at this column. */
const LINE_WIDTH = 100;

/** Defaults longer than this (as compact JSON) are shortened. */
const DEFAULT_WIDTH = 100;

const SCOPES: Record<DocumentedRule['scope'], string> = {
  file: 'one file',
  corpus: 'the whole corpus',
};

/** Would start a Markdown block (list, heading, quote, table, fence, HTML) at a line start. */
const BLOCK_START = /^(?:[-+*>#|=<]|\d+[.)]|`{3}|~{3})/;

/** Greedy word wrap; a word that would start a Markdown block stays on the line before. */
function wrap(text: string, width = LINE_WIDTH): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (words.length > 0 && BLOCK_START.test(word)) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** Inline code, whatever backticks the text holds. */
function code(text: string): string {
  if (!text.includes('`')) return `\`${text}\``;
  return `\`\` ${text} \`\``;
}

/** A table cell: a pipe would end the cell, even inside inline code (GFM). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function union(types: string[]): string {
  return [...new Set(types)].join(' | ');
}

/** A JSON schema as a TypeScript-like type: `string[]`, `Record<string, string>`, `"a" | "b"`. */
export function schemaType(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return union(schema.enum.map((value) => JSON.stringify(value)));
  if ('const' in schema) return JSON.stringify(schema.const);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return union(options.filter(isSchema).map(schemaType));
  }
  if (Array.isArray(schema.type)) {
    return union(schema.type.map((type) => schemaType({ ...schema, type: type as string })));
  }
  switch (schema.type) {
    case 'array': {
      if (!isSchema(schema.items)) return 'unknown[]';
      const item = schemaType(schema.items);
      return item.includes(' | ') ? `(${item})[]` : `${item}[]`;
    }
    case 'object': {
      if (isSchema(schema.properties)) {
        const required = new Set(Array.isArray(schema.required) ? schema.required : []);
        const fields = Object.entries(schema.properties)
          .filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]))
          .map(([name, field]) => `${name}${required.has(name) ? '' : '?'}: ${schemaType(field)}`);
        return `{ ${fields.join('; ')} }`;
      }
      if (isSchema(schema.additionalProperties)) {
        return `Record<string, ${schemaType(schema.additionalProperties)}>`;
      }
      return 'object';
    }
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return schema.type;
    default:
      return 'unknown';
  }
}

/** The bounds of a number option, e.g. `≥ 1` or `> 0, ≤ 1`. */
function bounds(schema: JsonSchema): string {
  const marks: Array<[string, string]> = [
    ['minimum', '≥'],
    ['exclusiveMinimum', '>'],
    ['maximum', '≤'],
    ['exclusiveMaximum', '<'],
  ];
  return marks
    .filter(([key]) => typeof schema[key] === 'number')
    .map(([key, mark]) => `${mark} ${schema[key] as number}`)
    .join(', ');
}

/** The Type cell: the type as inline code, then any bounds. */
function typeCell(schema: JsonSchema): string {
  const limits = bounds(schema);
  return cell(limits === '' ? code(schemaType(schema)) : `${code(schemaType(schema))} ${limits}`);
}

/**
 * Compact JSON (`{"a": [1, 2]}`). Collections deeper than `keepDepth` show their first member
 * only, then `…`.
 */
function json(value: unknown, keepDepth = Infinity, depth = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const shown = depth >= keepDepth ? value.slice(0, 1) : value;
    const items = shown.map((item) => json(item, keepDepth, depth + 1));
    if (shown.length < value.length) items.push('…');
    return `[${items.join(', ')}]`;
  }
  if (isSchema(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const shown = depth >= keepDepth ? entries.slice(0, 1) : entries;
    const items = shown.map(
      ([key, item]) => `${JSON.stringify(key)}: ${json(item, keepDepth, depth + 1)}`,
    );
    if (shown.length < entries.length) items.push('…');
    return `{${items.join(', ')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

/** The leading members of a collection that fit the width, then `…` and how many there are. */
function truncated(value: unknown[] | JsonSchema, keepDepth: number): string {
  const isArray = Array.isArray(value);
  const members = isArray
    ? value.map((item) => json(item, keepDepth, 1))
    : Object.entries(value).map(
        ([key, item]) => `${JSON.stringify(key)}: ${json(item, keepDepth, 1)}`,
      );
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  let shown = 1;
  while (
    shown < members.length &&
    `${open}${members.slice(0, shown + 1).join(', ')}, …${close}`.length <= DEFAULT_WIDTH
  ) {
    shown += 1;
  }
  const text = `${open}${[...members.slice(0, shown), '…'].join(', ')}${close}`;
  const count = `${members.length} ${isArray ? 'items' : 'entries'}`;
  return `${code(text)} (${count})`;
}

/**
 * The Default cell: the default as JSON in inline code, and whether it had to be shortened. A long
 * one is: nested lists and objects first show only their first member, then the top level only its
 * first members.
 */
function defaultOf(value: unknown): { text: string; shortened: boolean } {
  if (value === undefined) return { text: '—', shortened: false };
  const full = json(value);
  if (full.length <= DEFAULT_WIDTH) return { text: cell(code(full)), shortened: false };
  const nested = json(value, 1);
  if (nested.length <= DEFAULT_WIDTH) return { text: cell(code(nested)), shortened: true };
  if (Array.isArray(value) || isSchema(value)) {
    return { text: cell(truncated(value, 1)), shortened: true };
  }
  return { text: cell(code(full)), shortened: false };
}

/** The Default cell of an option whose default is `value`. */
export function defaultCell(value: unknown): string {
  return defaultOf(value).text;
}

/** The options table, or "No options." */
function optionsBlock(rule: DocumentedRule): string {
  const { meta } = rule;
  const properties = isSchema(meta.optionsSchema.properties) ? meta.optionsSchema.properties : {};
  const names = Object.keys(properties);
  if (names.length === 0) return 'No options.';
  const defaults = isSchema(meta.defaultOptions) ? meta.defaultOptions : {};
  const described = (name: string): Record<string, unknown> & { description: string } => {
    const schema = properties[name];
    if (!isSchema(schema) || typeof schema.description !== 'string' || schema.description === '') {
      throw new Error(`${meta.id}: option "${name}" has no description in meta.optionsSchema`);
    }
    return schema as Record<string, unknown> & { description: string };
  };
  // `readOnly` options are the run's (config/schema.ts runFilledOptions): not settings.
  const settable = names.filter((name) => described(name).readOnly !== true);
  const runFilled = names.filter((name) => described(name).readOnly === true);
  let shortened = false;
  const rows = settable.map((name) => {
    const schema = described(name);
    const preset = defaultOf(name in defaults ? defaults[name] : schema.default);
    shortened ||= preset.shortened;
    const cells = [cell(code(name)), typeCell(schema), preset.text, cell(schema.description)];
    return `| ${cells.join(' | ')} |`;
  });
  const blocks: string[] = [];
  if (settable.length > 0) {
    blocks.push(
      wrap(
        `Options (under \`rules.${meta.id}\` in the [configuration](../../README.md#configuration); an object option merges over its default, any other replaces it):`,
      ),
      '',
      '| Option | Type | Default | Description |',
      '| --- | --- | --- | --- |',
      ...rows,
      ...(shortened
        ? [
            '',
            'Shortened defaults are in full in [`schemas/config.schema.json`](../../schemas/config.schema.json).',
          ]
        : []),
    );
  } else blocks.push('No options to configure.');
  if (runFilled.length > 0) {
    blocks.push(
      '',
      wrap(
        'Filled in by the run, not by a configuration (a value for one in the configuration is refused):',
      ),
      '',
      '| Option | Type | Description |',
      '| --- | --- | --- |',
      ...runFilled.map((name) => {
        const schema = described(name);
        return `| ${[cell(code(name)), typeCell(schema), cell(schema.description)].join(' | ')} |`;
      }),
    );
  }
  return blocks.join('\n');
}

/** The generated header of the rule's page, ending with the blank line before its first `## `. */
export function ruleDocHeader(rule: DocumentedRule): string {
  const { meta } = rule;
  const note = meta.severityNote ? ` (${meta.severityNote})` : '';
  return [
    `# ${meta.id}`,
    '',
    '<!-- Down to the first "##" heading, generated from the rule\'s meta by "npm run rule-docs". -->',
    '',
    wrap(meta.description),
    '',
    `- Default severity: ${code(meta.defaultSeverity)}${note}`,
    `- Scope: ${SCOPES[rule.scope]}`,
    '',
    optionsBlock(rule),
    '',
    '',
  ].join('\n');
}

/** Where the hand-written part of a page starts: its first `## ` heading. */
function firstSection(page: string): number {
  const index = page.search(/^## /m);
  if (index === -1) throw new Error('the page has no "## " heading below its header');
  return index;
}

/** The page's current header (everything before its first `## ` heading). */
export function headerOf(page: string): string {
  return page.slice(0, firstSection(page));
}

/** The page with its header replaced; everything from the first `## ` heading on is kept as is. */
export function withHeader(page: string, header: string): string {
  return header + page.slice(firstSection(page));
}
