import { Document, isScalar, visit } from 'yaml';
import { RULES } from '../rules/index.js';
import type { JsonSchema, Rule } from '../rules/types.js';
import { buildConfigSchema, runFilledOptions } from '../config/schema.js';
import { ruleDocsUrl } from '../rules/docs-url.js';

/** Where an installed package's config schema is, relative to a repository that depends on it. */
const INSTALLED_CONFIG_SCHEMA = './node_modules/postmortem-lint/schemas/config.schema.json';

const WIDTH = 100;

/** `text` as `#` comment lines of at most WIDTH characters, indented by `indent`. */
function comment(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((text) => `${indent}# ${text}`).join('\n');
}

/** Lists of plain values that fit on a line are written `[a, b]`; longer ones one per line. */
const FLOW_WIDTH = 80;

/** `{ key: value }` as YAML, indented (no line folding). */
function yamlEntry(key: string, value: unknown, indent: string): string {
  const document = new Document({ [key]: value });
  visit(document, {
    Seq(_key, node) {
      const flat = `[${node.items.map((item) => String(item)).join(', ')}]`;
      node.flow = node.items.every(isScalar) && indent.length + flat.length <= FLOW_WIDTH;
    },
  });
  return document
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
}

function ruleBlock(rule: Rule): string {
  const { meta } = rule;
  const properties = (meta.optionsSchema.properties ?? {}) as Record<string, JsonSchema>;
  const parts = [
    comment(`${meta.description} ${ruleDocsUrl(meta.id)}`, '  '),
    `  ${meta.id}:`,
    comment('"off", "warning" or "error".', '    '),
    yamlEntry('severity', meta.defaultSeverity, '    '),
  ];
  const runFilled = runFilledOptions(rule);
  for (const [name, value] of Object.entries(meta.defaultOptions as Record<string, unknown>)) {
    if (runFilled.has(name)) continue; // Not a user's setting: refused in a config file.
    const description = properties[name]?.description;
    if (typeof description === 'string') parts.push(comment(description, '    '));
    parts.push(yamlEntry(name, value, '    '));
  }
  return parts.join('\n');
}

/**
 * The `.postmortemrc.yml` of the template repository: every option at its default, each with a
 * comment. Generated from the config schema and the rules' metadata (`npm run samples`), and a
 * test loads it and compares with the built-in defaults, so it cannot drift from them.
 */
export function renderDefaultConfig(rules: readonly Rule[] = RULES): string {
  const schema = buildConfigSchema(rules);
  const properties = schema.properties as Record<string, JsonSchema>;
  const top = [
    'files',
    'ignores',
    'maxFileSize',
    'incidentIdPattern',
    'severityAliases',
    'actionItemColumns',
  ];
  const sections = top.map((key) => {
    const property = properties[key];
    const columns = property.properties as Record<string, JsonSchema> | undefined;
    const value =
      key === 'actionItemColumns' && columns
        ? Object.fromEntries(
            Object.entries(columns).map(([column, spec]) => [column, spec.default]),
          )
        : (property.default ?? {});
    return `${comment(String(property.description), '')}\n${yamlEntry(key, value, '')}`;
  });
  return [
    `# yaml-language-server: $schema=${INSTALLED_CONFIG_SCHEMA}`,
    comment(
      'postmortem-lint configuration. Every option below is at its default value, so this file changes nothing until you edit it. Delete the lines you do not change: you then get improved defaults when you upgrade.',
      '',
    ),
    '',
    sections.join('\n\n'),
    '',
    comment('Per rule: "off", "warning", "error", or the severity and the rule\'s options.', ''),
    'rules:',
    rules.map(ruleBlock).join('\n\n'),
    '',
  ].join('\n');
}
