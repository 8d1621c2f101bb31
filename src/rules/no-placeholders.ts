import { defineRule, type FileRuleContext } from './types.js';
import type { Located, Postmortem, Section, Span } from '../model/types.js';
import { advance } from '../parse/positions.js';
import { excerpt } from './helpers/model.js';
import {
  DEFAULT_TODO_PATTERNS,
  findPlaceholders,
  type PlaceholderMatch,
} from '../model/placeholders.js';

// A type alias, not an interface, so it is assignable to the registry's Record<string, unknown>.
export type NoPlaceholdersOptions = {
  /** Regular expressions (JavaScript syntax, case-sensitive) for the to-do words of a draft. */
  patterns: string[];
  /** Exact matches that are real content, never placeholders (e.g. `[Draft Notes]`). */
  allow: string[];
};

/** The to-do words (`TBD`, `TODO`): the default of the `patterns` option. */
export const DEFAULT_PLACEHOLDER_PATTERNS = [...DEFAULT_TODO_PATTERNS];

function placeholdersIn(
  text: string,
  patterns: readonly RegExp[],
  allow: ReadonlySet<string>,
): PlaceholderMatch[] {
  return findPlaceholders(text, patterns).filter((match) => !allow.has(match.text));
}

function contains(outer: Span, offset: number): boolean {
  return outer.start.offset <= offset && offset < outer.end.offset;
}

/**
 * The word of a status label that opens a line: `**TODO**: add an alert` or `**TODO:** add an
 * alert`, emphasised alone and followed by what is to do. That marks work to do, as a `DONE:` beside
 * it marks work done, not a field left unfilled. `**TODO** add an alert` (no colon) is such a
 * label too, for TODO only: `**TBD** by the team` still leaves the field open. Null for any other
 * text.
 */
function labelWord(texts: Postmortem['prose'], index: number): string | null {
  const label = /^\s*([A-Za-z]+)(:?)\s*$/.exec(texts[index].text);
  const next = texts[index + 1];
  if (label === null || next === undefined || next.start.line !== texts[index].start.line)
    return null;
  if (label[2] === '' && /^todo$/i.test(label[1]) && /^\s+\p{L}/u.test(next.text)) return label[1];
  const rest = label[2] === ':' ? /^\s*\S/ : /^\s*:\s*\S/;
  return rest.test(next.text) ? label[1] : null;
}

function compile(patterns: readonly string[]): RegExp[] {
  return patterns.map((source) => new RegExp(source, 'g'));
}

function checkFrontmatter(
  context: FileRuleContext<NoPlaceholdersOptions>,
  patterns: RegExp[],
  allow: Set<string>,
): void {
  const { metadata } = context.model;
  if (metadata.source !== 'frontmatter' || metadata.span === null) return;
  const block = metadata.span;
  for (const field of Object.values(metadata.fields)) {
    // Header lines after the frontmatter are prose and are checked there.
    if (!contains(block, field.span.start.offset)) continue;
    const values = Array.isArray(field.value)
      ? field.value
      : typeof field.value === 'string'
        ? [field.value]
        : [];
    for (const value of values) {
      for (const match of placeholdersIn(value, patterns, allow)) {
        context.report({
          message: `Frontmatter field "${excerpt(field.label)}" still holds the placeholder "${excerpt(match.text)}": write the real value.`,
          span: field.span,
        });
      }
    }
  }
}

export const noPlaceholders = defineRule<NoPlaceholdersOptions>({
  scope: 'file',
  meta: {
    id: 'no-placeholders',
    description:
      'A committed postmortem keeps no template placeholders such as [Incident Title], [e.g. …], TBD, YYYY-MM-DD, HH:MM or <Month>.',
    defaultSeverity: 'error',
    tags: ['template', 'completeness'],
    optionsSchema: {
      type: 'object',
      properties: {
        patterns: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Regular expressions (JavaScript syntax, case-sensitive) for the to-do words that mark a draft (`TBD`, `TODO`). Replaces the default list when set; the template shapes (bracketed labels, date and time masks, angle-bracket labels) are always found.',
        },
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Exact matches that are real content, never placeholders (e.g. `[Draft Notes]`).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { patterns: DEFAULT_PLACEHOLDER_PATTERNS, allow: [] },
  },
  settle: withoutPlaceholderEchoes,
  check(context) {
    const patterns = compile(context.options.patterns);
    const allow = new Set(context.options.allow);
    checkFrontmatter(context, patterns, allow);
    // An action-item status of "TODO" is a status, not an unfilled field.
    const statusCells = (context.model.actionItems?.items ?? []).flatMap((item) =>
      item.status ? [item.status.span] : [],
    );
    const { prose: texts } = context.model;
    for (const [index, prose] of texts.entries()) {
      const label = labelWord(texts, index);
      for (const match of placeholdersIn(prose.text, patterns, allow)) {
        if (match.text === label) continue;
        const start = advance(prose.start, prose.text, match.index);
        if (statusCells.some((cell) => contains(cell, start.offset))) continue;
        // Escapes or entities make the node text differ from the source: point at the node then.
        const span: Span = prose.exact
          ? { start, end: advance(start, match.text, match.text.length) }
          : { start: prose.start, end: advance(prose.start, prose.text, prose.text.length) };
        context.report({
          message: `Unfilled placeholder "${excerpt(match.text)}": replace it with the real content or remove it.`,
          span,
        });
      }
    }
    for (const literal of context.model.placeholderLiterals) {
      if (allow.has(literal.text)) continue;
      context.report({
        message: `Unfilled placeholder "${excerpt(literal.text)}": replace it with the real content or remove it.`,
        span: literal.span,
      });
    }
  },
});

interface Ranged {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function before(line: number, column: number, otherLine: number, otherColumn: number): boolean {
  return line < otherLine || (line === otherLine && column < otherColumn);
}

/** Whether `inner` lies inside `outer`: a finding about the placeholder's own text. */
function covers(outer: Ranged, inner: Ranged): boolean {
  return (
    !before(inner.line, inner.column, outer.line, outer.column) &&
    !before(outer.endLine, outer.endColumn, inner.endLine, inner.endColumn)
  );
}

/** File-level findings (a missing section, missing metadata) stand on the title: always kept. */
function isFileLevel(d: Ranged, title: Located | null): boolean {
  const span = title?.span;
  return (
    span !== undefined &&
    d.line === span.start.line &&
    d.column === span.start.column &&
    d.endLine === span.end.line &&
    d.endColumn === span.end.column
  );
}

function within(section: Section, d: Ranged): boolean {
  const { start, end } = section.bodySpan;
  return (
    !before(d.line, d.column, start.line, start.column) &&
    before(d.line, d.column, end.line, end.column)
  );
}

/**
 * Drops other rules' findings about text that is still a placeholder: `YYYY-MM-DD` in a deadline
 * cell is one problem (fill it in), reported once by no-placeholders, not again as "not a valid
 * date". Dropped: findings that lie within a placeholder (its cell, its value), and findings on the
 * heading of a section that still holds placeholders ("the Timeline has no timestamped entries").
 * Kept: file-level findings, and findings that reach beyond the placeholder (a table row, another
 * field of the same line), which are about something else. Once the placeholders are filled, the
 * other rules judge the real content.
 */
function withoutPlaceholderEchoes<D extends Ranged>(
  diagnostics: D[],
  model: Pick<Postmortem, 'sections' | 'title'>,
): D[] {
  const placeholders = diagnostics.filter((d) => d.ruleId === noPlaceholders.meta.id);
  if (placeholders.length === 0) return diagnostics;
  // Depth 2 and deeper: the title section spans the whole file, and file-level findings sit on it.
  const unfinished = model.sections.filter(
    (section) => section.depth >= 2 && placeholders.some((p) => within(section, p)),
  );
  return diagnostics.filter(
    (d) =>
      d.ruleId === noPlaceholders.meta.id ||
      isFileLevel(d, model.title) ||
      !(
        placeholders.some((p) => covers(p, d)) ||
        unfinished.some((section) => section.span.start.line === d.line)
      ),
  );
}
