import { parseDocument, isMap, isScalar, type Pair, type Node as YamlNode } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { MetadataField, MetadataValue, ParseProblem, Span } from './types.js';
import type { PointAt } from '../parse/positions.js';
import { validateFrontmatter } from './frontmatter-schema.js';

/** YAML aliases allowed in one frontmatter block: enough for real use, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedFrontmatter {
  fields: MetadataField[];
  problems: ParseProblem[];
}

/** Canonical key for a frontmatter key: snake_case, with a few common synonyms folded. */
function canonicalKey(key: string): string {
  const snake = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return KEY_SYNONYMS[snake] ?? snake;
}

const KEY_SYNONYMS: Record<string, string> = {
  incident_id: 'id',
  incident: 'id',
  incident_date: 'date',
  priority: 'severity',
  sev: 'severity',
  severity_level: 'severity',
  incident_severity: 'severity',
  impact_level: 'severity',
  priority_level: 'severity',
  authors: 'author',
  owner: 'author',
  created_by: 'author',
  written_by: 'author',
  prepared_by: 'author',
  authored_by: 'author',
  reviewed_by: 'reviewers',
  reviewer: 'reviewers',
  service: 'services',
  affected_services: 'services',
  category: 'root_cause_category',
  cause_category: 'root_cause_category',
  follow_up: 'follow_up_meeting',
  followup_meeting: 'follow_up_meeting',
  review_meeting: 'follow_up_meeting',
  started: 'started_at',
  start: 'started_at',
  // Incident catalogues (one file per public postmortem) give the window as start/end times.
  start_time: 'started_at',
  end_time: 'resolved_at',
  incident_start: 'started_at',
  incident_end: 'resolved_at',
  detected: 'detected_at',
  mitigated: 'mitigated_at',
  resolved: 'resolved_at',
};

/** Fields whose value is a list (a header line `a, b` becomes `['a', 'b']`). */
const LIST_FIELDS = new Set(['reviewers', 'services', 'tags', 'distribution']);

/** A date field written with its time (`2014-12-09T09:58:37+00:00`, as blogs publish): the date. */
const DATE_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

export function normaliseValue(key: string, value: unknown): MetadataValue {
  if (value === null || value === undefined) return null;
  if (key === 'date') {
    const dated = DATE_WITH_TIME.exec(scalarText(value));
    if (dated) return dated[1];
  }
  if (Array.isArray(value)) return value.map((item) => scalarText(item));
  if (typeof value === 'object') return JSON.stringify(value);
  if (LIST_FIELDS.has(key) && typeof value === 'string') {
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  if (typeof value === 'boolean') return value;
  return scalarText(value);
}

function scalarText(value: unknown): string {
  // A TOML date keeps the form it was written in (`2025-10-10`, `2025-10-10T10:00:00Z`).
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function rangeSpan(
  pointAt: PointAt,
  base: number,
  node: YamlNode | null | undefined,
  fallback: Span,
): Span {
  const range = node?.range;
  if (!range) return fallback;
  return { start: pointAt(base + range[0]), end: pointAt(base + range[1]) };
}

/**
 * Parses the YAML of a frontmatter block. `base` is the offset of the YAML text in the file, so
 * every field and problem carries its true file position. Dates stay strings (YAML core schema).
 */
export function parseFrontmatter(
  yamlText: string,
  base: number,
  pointAt: PointAt,
  blockSpan: Span,
): ParsedFrontmatter {
  const problems: ParseProblem[] = [];
  const problem = (message: string, span: Span): void => {
    problems.push({ ruleId: 'invalid-frontmatter', message, span, fatal: false });
  };
  const document = parseDocument(yamlText, {
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });
  for (const error of document.errors) {
    const [start, end] = error.pos;
    problem(`Frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, {
      start: pointAt(base + start),
      end: pointAt(base + Math.max(end, start + 1)),
    });
  }
  if (document.errors.length > 0) return { fields: [], problems };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problem(`Frontmatter could not be read: ${(error as Error).message}.`, blockSpan);
    return { fields: [], problems };
  }
  if (data === null || data === undefined) return { fields: [], problems };
  if (!isMap(document.contents) || typeof data !== 'object' || Array.isArray(data)) {
    problem('Frontmatter must be a YAML mapping of fields (key: value).', blockSpan);
    return { fields: [], problems };
  }

  const record = data as Record<string, unknown>;
  const spans = new Map<string, { key: Span; value: Span | null }>();
  for (const pair of document.contents.items as Pair<YamlNode, YamlNode>[]) {
    const label = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keySpan = rangeSpan(pointAt, base, pair.key, blockSpan);
    spans.set(label, {
      key: keySpan,
      value: pair.value ? rangeSpan(pointAt, base, pair.value, keySpan) : null,
    });
  }
  return { fields: fieldsOf(record, spans, blockSpan, problem), problems };
}

/** Fields of a frontmatter mapping, under canonical keys, then its schema problems. */
function fieldsOf(
  record: Record<string, unknown>,
  spans: ReadonlyMap<string, { key: Span; value: Span | null }>,
  blockSpan: Span,
  problem: (message: string, span: Span) => void,
): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const [label, value] of Object.entries(record)) {
    const span = spans.get(label) ?? { key: blockSpan, value: null };
    const key = canonicalKey(label);
    fields.push({ key, label, value: normaliseValue(key, value), span: span.value ?? span.key });
  }
  for (const issue of validateFrontmatter(record)) {
    const span = issue.key === null ? undefined : spans.get(issue.key);
    problem(
      issue.message,
      span ? { start: span.key.start, end: (span.value ?? span.key).end } : blockSpan,
    );
  }
  return fields;
}

/** Tables whose fields count as the page's own: Zola's `[taxonomies]` and `[extra]`, Hugo's `[params]`. */
const TOML_FIELD_TABLES = new Set(['taxonomies', 'extra', 'params']);

const TOML_TABLE = /^[ \t]*\[[ \t]*([A-Za-z0-9_.-]+)[ \t]*\][ \t]*(?:#.*)?$/;
const TOML_KEY = /^[ \t]*(["']?)([A-Za-z0-9_-]+)\1[ \t]*=[ \t]*/;

/** Where each `key =` line of a TOML text is, by `table.key` (top-level keys by their name). */
function tomlKeySpans(
  tomlText: string,
  base: number,
  pointAt: PointAt,
): Map<string, { key: Span; value: Span | null }> {
  const spans = new Map<string, { key: Span; value: Span | null }>();
  let table = '';
  let offset = 0;
  for (const line of tomlText.split('\n')) {
    const header = TOML_TABLE.exec(line);
    if (header) table = `${header[1]}.`;
    const key = header ? null : TOML_KEY.exec(line);
    if (key) {
      const keyStart = base + offset + key[0].indexOf(key[2]);
      const valueStart = base + offset + key[0].length;
      const valueEnd = base + offset + line.trimEnd().length;
      spans.set(`${table}${key[2]}`, {
        key: { start: pointAt(keyStart), end: pointAt(keyStart + key[2].length) },
        value:
          valueEnd > valueStart ? { start: pointAt(valueStart), end: pointAt(valueEnd) } : null,
      });
    }
    offset += line.length + 1;
  }
  return spans;
}

/** TOML values as the YAML core schema gives them: dates as the text they were written as. */
function plainToml(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainToml);
  if (typeof value === 'object' && value !== null) {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) plain[key] = plainToml(item);
    return plain;
  }
  return value;
}

/**
 * Parses the TOML of a `+++` frontmatter block (Hugo, Zola) with smol-toml, which only reads
 * data: nothing in it is evaluated. A key of `[taxonomies]`, `[extra]` or `[params]` counts
 * when the top level lacks it (Zola keeps `author` in `[taxonomies]`).
 */
export function parseTomlFrontmatter(
  tomlText: string,
  base: number,
  pointAt: PointAt,
  blockSpan: Span,
): ParsedFrontmatter {
  const problems: ParseProblem[] = [];
  const problem = (message: string, span: Span): void => {
    problems.push({ ruleId: 'invalid-frontmatter', message, span, fatal: false });
  };
  let data: Record<string, unknown>;
  try {
    data = plainToml(parseToml(tomlText)) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    // The first line of the message only: the rest quotes the source.
    const reason = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    const lineStart = tomlText
      .split('\n')
      .slice(0, error.line - 1)
      .join('\n').length;
    const at = base + (error.line > 1 ? lineStart + 1 : 0) + Math.max(error.column - 1, 0);
    problem(`Frontmatter is not valid TOML: ${reason}.`, {
      start: pointAt(at),
      end: pointAt(at + 1),
    });
    return { fields: [], problems };
  }
  const keySpans = tomlKeySpans(tomlText, base, pointAt);
  const record: Record<string, unknown> = {};
  const spans = new Map<string, { key: Span; value: Span | null }>();
  for (const [label, value] of Object.entries(data)) {
    if (TOML_FIELD_TABLES.has(label) && typeof value === 'object' && !Array.isArray(value))
      continue;
    record[label] = value;
    const span = keySpans.get(label);
    if (span) spans.set(label, span);
  }
  for (const table of TOML_FIELD_TABLES) {
    const nested = data[table];
    if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) continue;
    for (const [label, value] of Object.entries(nested as Record<string, unknown>)) {
      if (label in record) continue;
      record[label] = value;
      const span = keySpans.get(`${table}.${label}`);
      if (span) spans.set(label, span);
    }
  }
  return { fields: fieldsOf(record, spans, blockSpan, problem), problems };
}
