import { defineRule, type FileRuleContext } from './types.js';
import type { Located, Postmortem, Section, Span } from '../model/types.js';
import { advance } from '../parse/positions.js';
import { excerpt } from './helpers/model.js';

// A type alias, not an interface, so it is assignable to the registry's Record<string, unknown>.
export type NoPlaceholdersOptions = {
  /** Regular expressions (JavaScript syntax, case-sensitive) that mark unfilled template text. */
  patterns: string[];
  /** Exact matches that are real content, never placeholders (e.g. `[Redacted]`). */
  allow: string[];
};

/**
 * The template's placeholder shapes: a bracketed label starting with a capital or `@`
 * (`[Incident Title]`, `[@owner]`), the usual to-do words, and date or id masks
 * (`YYYY-MM-DD`, `HH:MM`, `INC-YYYY-MMDD-NNN`). Links, task boxes (`[ ]`, `[x]`) and footnotes
 * never reach these patterns: the parser has already turned them into other nodes.
 */
export const DEFAULT_PLACEHOLDER_PATTERNS = [
  '\\[[A-Z@][^\\[\\]\\n]{1,120}\\]',
  '\\b(?:TODO|TBD|TBC|FIXME)\\b',
  '\\b[YMDHNS]{2,4}(?:[-:/][YMDHNS]{2,4})+\\b',
];

interface Match {
  text: string;
  index: number;
}

/** Every match of the patterns in `text`, earliest first, overlaps dropped (longest wins). */
function findPlaceholders(
  text: string,
  patterns: readonly RegExp[],
  allow: ReadonlySet<string>,
): Match[] {
  const all: Match[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (match[0] !== '' && !allow.has(match[0])) all.push({ text: match[0], index: match.index });
    }
  }
  all.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: Match[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (!last || match.index >= last.index + last.text.length) kept.push(match);
  }
  return kept;
}

function contains(outer: Span, offset: number): boolean {
  return outer.start.offset <= offset && offset < outer.end.offset;
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
      for (const match of findPlaceholders(value, patterns, allow)) {
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
      'A committed postmortem keeps no template placeholders such as [Incident Title], TBD, TODO or YYYY-MM-DD.',
    defaultSeverity: 'error',
    tags: ['template', 'completeness'],
    optionsSchema: {
      type: 'object',
      properties: {
        patterns: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Regular expressions (JavaScript syntax, case-sensitive) that mark unfilled template text. Replaces the default list when set.',
        },
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Exact matches that are real content, never placeholders (e.g. `[Redacted]`).',
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
    // A plain test per pattern rules out most text nodes before matching them one by one.
    const screens = context.options.patterns.map((source) => new RegExp(source));
    for (const prose of context.model.prose) {
      if (!screens.some((screen) => screen.test(prose.text))) continue;
      for (const match of findPlaceholders(prose.text, patterns, allow)) {
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

function overlaps(a: Ranged, b: Ranged): boolean {
  return (
    before(a.line, a.column, b.endLine, b.endColumn) &&
    before(b.line, b.column, a.endLine, a.endColumn)
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
 * date". Dropped: one-line findings overlapping a placeholder (a cell, a value, a table row) and
 * findings on the heading of a section that still holds placeholders ("the Timeline has no
 * timestamped entries"). Kept: file-level findings and findings on larger blocks. Once the
 * placeholders are filled, the other rules judge the real content.
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
        (d.line === d.endLine && placeholders.some((p) => overlaps(d, p))) ||
        unfinished.some((section) => section.span.start.line === d.line)
      ),
  );
}
