import { parseDocument, isMap, isScalar, type Pair, type Node as YamlNode } from 'yaml';
import type { MetadataField, MetadataValue, ParseProblem, Span } from './types.js';
import type { PointAt } from '../parse/positions.js';
import { validateFrontmatter } from './frontmatter-schema.js';

/** Opening fence of frontmatter in another language than YAML (`---js`, `--- JavaScript`, …). */
const FOREIGN_FENCE = /^---[ \t]*([A-Za-z][\w+-]*)[ \t]*\n/;
const CLOSING_FENCE = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g;

/** YAML aliases allowed in one frontmatter block: enough for real use, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ForeignFrontmatter {
  language: string;
  /** Offset just after the closing fence. */
  end: number;
}

/**
 * Finds frontmatter written in a language other than YAML. It is never evaluated (gray-matter would
 * `eval` JavaScript frontmatter: a code-execution hole for any pull request).
 */
export function findForeignFrontmatter(text: string): ForeignFrontmatter | null {
  const open = FOREIGN_FENCE.exec(text);
  if (!open) return null;
  CLOSING_FENCE.lastIndex = open[0].length - 1;
  const close = CLOSING_FENCE.exec(text);
  if (!close) return null;
  return { language: open[1], end: close.index + close[0].length };
}

/** Blanks `[0, end)` of `text` keeping every newline, so positions after it are unchanged. */
export function blankOut(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

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
  authors: 'author',
  owner: 'author',
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
  detected: 'detected_at',
  mitigated: 'mitigated_at',
  resolved: 'resolved_at',
};

/** Fields whose value is a list (a header line `a, b` becomes `['a', 'b']`). */
const LIST_FIELDS = new Set(['reviewers', 'services', 'tags', 'distribution']);

export function normaliseValue(key: string, value: unknown): MetadataValue {
  if (value === null || value === undefined) return null;
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
  const fields: MetadataField[] = [];
  const spans = new Map<string, Span>();
  for (const pair of document.contents.items as Pair<YamlNode, YamlNode>[]) {
    const label = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keySpan = rangeSpan(pointAt, base, pair.key, blockSpan);
    const valueSpan = rangeSpan(pointAt, base, pair.value, keySpan);
    spans.set(label, { start: keySpan.start, end: valueSpan.end });
    const key = canonicalKey(label);
    fields.push({
      key,
      label,
      value: normaliseValue(key, record[label]),
      span: pair.value ? valueSpan : keySpan,
    });
  }
  for (const issue of validateFrontmatter(record)) {
    problem(issue.message, (issue.key && spans.get(issue.key)) || blockSpan);
  }
  return { fields, problems };
}
