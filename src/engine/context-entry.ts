/**
 * Files read only as corpus context (the rest of the repository in a pull-request check) are
 * indexed, not rule-checked, and mostly without parsing them whole: what the corpus rules read of
 * another postmortem (its id, date, title, categories) sits in its header, headings and the
 * first lines of its sections, so the model is built from those alone (`contextSlice`) whenever
 * that gives the same entry, and from the whole file otherwise. The same `buildPostmortem` and
 * `buildIndexEntry` run either way: nothing is extracted twice.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { ParseProblem } from '../model/types.js';
import { buildPostmortem } from '../model/build.js';
import { HEADER_LABELS, INCIDENT_KEYS, namesSection } from '../model/metadata.js';
import { DEFAULT_PARSE_OPTIONS } from '../model/parse-options.js';
import { buildIndexEntry, type IndexEntry } from '../corpus/index-entry.js';
import { decodePostmortem } from '../parse/decode.js';
import { modelBytes } from './pipeline.js';

export type Indexed = { ok: true; entry: IndexEntry } | { ok: false; problem: ParseProblem };

/**
 * What the corpus rules read of an entry other than the one they check: pattern-analysis groups
 * by `rootCauseCategory` / `services` / `tags` within a `date` window and names incidents by `id`,
 * `date` and `path`; duplicate-incident-id needs `id`, `path`, `title` and their lines. The header
 * gives all of them. A corpus rule that reads another field of context entries must add it here
 * (and the header must give it too, else `needsBody` must say so; the equality test tells).
 */
const CONTEXT_FIELDS: ReadonlySet<string> = new Set([
  'path',
  'id',
  'title',
  'date',
  'services',
  'tags',
  'rootCauseCategory',
]);
const CONTEXT_LINES: ReadonlySet<string> = new Set(['title', 'id']);
/** With `needsBody`: the texts pattern-analysis compares for similarity. */
const SIMILARITY_FIELDS: ReadonlySet<string> = new Set([
  'problemStatement',
  'rootCause',
  'contributingFactors',
]);

let emptyEntry: IndexEntry | null = null;
/** What an entry says of a document that says nothing: the value of every blanked field. */
function empty(): IndexEntry {
  return (emptyEntry ??= buildIndexEntry(buildPostmortem('', '', DEFAULT_PARSE_OPTIONS)));
}

/** `entry` with every field but `kept` (and every line but CONTEXT_LINES) as in an empty document's. */
function blankedBut(entry: IndexEntry, kept: (field: string) => boolean): IndexEntry {
  const blank = empty();
  const projected: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(entry))
    projected[field] = kept(field) ? value : blank[field as keyof IndexEntry];
  projected.lines = Object.fromEntries(
    Object.entries(entry.lines).map(([field, line]) => [
      field,
      CONTEXT_LINES.has(field) ? line : blank.lines[field as keyof IndexEntry['lines']],
    ]),
  );
  return projected as unknown as IndexEntry;
}

/** A context file's entry as the corpus rules see it (see CONTEXT_FIELDS). */
export function contextProjection(entry: IndexEntry): IndexEntry {
  return blankedBut(entry, (field) => CONTEXT_FIELDS.has(field));
}

/**
 * pattern-analysis with `similarity.enabled` compares the root-cause texts of every postmortem:
 * those come from the body, so context files are then modelled whole (still without rules).
 */
function needsBody(config: ResolvedConfig): boolean {
  const rule = config.rules.find((candidate) => candidate.id === 'pattern-analysis');
  const similarity = rule?.options.similarity as { enabled?: unknown } | undefined;
  return rule !== undefined && rule.severity !== 'off' && similarity?.enabled === true;
}

/** The similarity texts kept too, when `needsBody`: the entry as the rule reads it. */
function bodyProjection(entry: IndexEntry): IndexEntry {
  return blankedBut(entry, (field) => CONTEXT_FIELDS.has(field) || SIMILARITY_FIELDS.has(field));
}

const ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;
/** An ATX heading indented 1–3 spaces: a section, or a list item's heading; which needs context. */
const INDENTED_HEADING = /^ {1,3}#{1,6}(?:[ \t]|$)/;
/** Could underline the line before it into a (setext) heading. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** Inline markup that could make a heading's text differ from its line. */
const INLINE_MARKUP = /[*_`[\]<&\\!]/;

/** A heading line's text, without its marks. */
function headingTitle(line: string): string {
  return line
    .replace(/^#{1,6}/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .trim();
}

/**
 * Whether a heading right under the `#` title surely opens the first section: it names one
 * (`## Summary`), so it is no subtitle, and has no markup this line-level look cannot see through.
 */
function surelyOpensSection(line: string, depth: number, previousDepth: number): boolean {
  const title = headingTitle(line);
  return previousDepth === 1 && depth === 2 && !INLINE_MARKUP.test(title) && namesSection(title);
}

/**
 * The metadata keys a context entry depends on: those of CONTEXT_FIELDS, and the ones the
 * incident date is completed from (a start time; the incident fields that tell an incident's
 * date from a blog post's, INCIDENT_KEYS). A section named for another field (`## Impact`) gives
 * only that field's value, which no context entry reads.
 */
const ENTRY_METADATA_KEYS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'date',
  'services',
  'tags',
  'root_cause_category',
  ...INCIDENT_KEYS,
]);

/**
 * Whether the first block under this heading line may hold a field a context entry depends on
 * (`## Status` / `Complete`): its text names such a header label, or has markup this line-level
 * look cannot see through.
 */
function mayNameField(line: string): boolean {
  const title = headingTitle(line);
  if (INLINE_MARKUP.test(title)) return true;
  const key = HEADER_LABELS[title.replace(/[\s:]+$/, '').toLowerCase()];
  return key !== undefined && ENTRY_METADATA_KEYS.has(key);
}
/**
 * Whether a heading after the header can change the entry: a `#` heading may be the title, a
 * heading may be a field (`## Date: …`) or name one (`## Status`). Any other only ends the section
 * before it, and every line up to the next kept heading is emptied anyway: it is emptied too, so
 * that the parser reads less.
 */
function mattersAfterHeader(line: string, depth: number): boolean {
  return depth === 1 || line.includes(':') || mayNameField(line);
}
const HTML_START = /^ {0,3}</;
/** YAML frontmatter as remark-frontmatter reads it: `---` lines at the very start and after. */
const FRONTMATTER_OPEN = /^---[ \t]*\n/;
const FRONTMATTER_CLOSE = /^---[ \t]*$/m;

/**
 * A block that may hold lines looking like headings: fenced code, or HTML. `certain`: it surely
 * is root-level code (a fence at column 1), so such lines in it are code; otherwise they could be
 * headings (an indented fence may belong to a list item that the heading would close), and the
 * slicer gives up.
 */
interface Region {
  closes(line: string): boolean;
  certain: boolean;
}

function regionAt(line: string): Region | null {
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const [, indent, marks, info] = fence;
    if (marks[0] === '`' && info.includes('`')) return null; // inline code, not a fence
    const close = new RegExp(`^ {0,3}${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`);
    return { closes: (candidate) => close.test(candidate), certain: indent === '' };
  }
  if (!HTML_START.test(line)) return null;
  const html = line.trimStart();
  const until = (end: string): Region => ({
    closes: (candidate) => candidate.includes(end),
    certain: false,
  });
  if (html.startsWith('<!--')) return until('-->');
  const raw = /^<(script|pre|style|textarea)(?:[\s>]|$)/i.exec(html);
  if (raw) return until(`</${raw[1].toLowerCase()}>`);
  if (html.startsWith('<?')) return until('?>');
  if (html.startsWith('<![CDATA[')) return until(']]>');
  if (html.startsWith('<!')) return until('>');
  // Block-level or lone tags: the block lasts to a blank line (and may be no block at all).
  return { closes: (candidate) => candidate.trim() === '', certain: false };
}

/** A slice's text, and the line in the file (1-based) of each of its lines (1-based). */
export interface ContextSlice {
  text: string;
  lineOf: readonly number[];
}

/**
 * The lines a slice keeps. A run of emptied lines is cut to one blank line: blank lines between
 * blocks mean the same however many there are, and the parser reads each one.
 */
class SliceLines {
  readonly lines: string[] = [];
  /** `lineOf[i]`: the file's line of the slice's line `i + 1`, so `lineOf[0]` is unused. */
  readonly lineOf: number[] = [0];

  keep(line: string, index: number): void {
    this.lines.push(line);
    this.lineOf.push(index + 1);
  }

  empty(index: number): void {
    const last = this.lines[this.lines.length - 1];
    if (last !== undefined && last.trim() === '') return;
    this.lines.push('');
    this.lineOf.push(index + 1);
  }
}

/**
 * What a context entry is built from: the file with only its header and its sections' headings
 * and first blocks left, every other line emptied (and runs of them cut to one), or null when the file
 * has something that could make that read differently from the whole file.
 *
 * Where the metadata can come from (model/metadata.ts): frontmatter, header lines and tables up to
 * the first section after the title and subtitle, the first block of that section, headings
 * written as fields (`## Date: …`), and the first block of sections named like a field
 * (`## Status` / `Complete`); the title is the first `#` heading anywhere. So the header is kept
 * whole up to the first `##` heading that follows text (a heading right after a heading may be a
 * subtitle), with that section's first block; after it, the headings that may be the title or a
 * field, and the first block under the headings that name a header label. Markdown blocks are read line by line and a heading at column 1 closes every open block, so
 * each kept run parses as in the whole file, provided that every line taken for a heading is one
 * and none is missed: the slicer gives up on headings indented 1–3 spaces, on possible setext
 * underlines (a `---` or `===` right under text), on heading-like lines inside HTML or a fence
 * that might belong to a list, and, when the kept text has a `[`, on a `]:` in the emptied text
 * (a link definition a kept link could use).
 */
export function contextSlice(text: string): ContextSlice | null {
  const lines = text.split('\n');
  const kept = new SliceLines();
  let index = 0;
  if (text.startsWith('---')) {
    const open = FRONTMATTER_OPEN.exec(text);
    if (open === null) return null;
    const close = FRONTMATTER_CLOSE.exec(text.slice(open[0].length));
    if (close === null) return null;
    const closeLine = text.slice(0, open[0].length + close.index).split('\n').length - 1;
    for (; index <= closeLine; index++) kept.keep(lines[index], index);
  }
  /** `header`: kept whole; `first`: keeping a section's first block; `body`: emptying. */
  let mode: 'header' | 'first' | 'body' = 'header';
  /** In the header: a block other than a heading or HTML since the last heading. */
  let afterText = false;
  /** In `first`: the block has begun. */
  let inBlock = false;
  /**
   * In `first`: whether the block is kept. Under a heading that names a field, always; the first
   * section's may hold header fields only as a table (`headerFieldLines`), so it is kept only when
   * it may be one.
   */
  let blockKept = true;
  let onlyTable = false;
  let headingDepth = 0;
  let region: Region | null = null;
  let regionKept = false;
  /** An emptied line could be a link definition. */
  let definition = false;
  let previous = '';
  for (; index < lines.length; index++) {
    const line = lines[index];
    const heading = ATX_HEADING.exec(line);
    if (region !== null) {
      if (heading && !region.certain) return null;
      if (regionKept) kept.keep(line, index);
      else kept.empty(index);
      if (!regionKept && line.includes(']:')) definition = true;
      if (region.closes(line)) {
        region = null;
        if (mode === 'first') mode = 'body';
      }
      previous = line;
      continue;
    }
    const blank = line.trim() === '';
    if (INDENTED_HEADING.test(line)) return null;
    if (SETEXT_UNDERLINE.test(line) && previous.trim() !== '' && !ATX_HEADING.test(previous))
      return null;
    previous = line;
    if (heading) {
      // A heading right after the title (no text between) may be its subtitle: still header.
      // The first section's first block may hold header fields (a table), others' only when
      // the heading names a field.
      const inHeader = mode === 'header';
      const depth = heading[1].length;
      if (inHeader && depth >= 2 && (afterText || surelyOpensSection(line, depth, headingDepth))) {
        mode = 'first';
        onlyTable = !mayNameField(line);
      } else if (!inHeader) {
        mode = mayNameField(line) ? 'first' : 'body';
        onlyTable = false;
      }
      if (inHeader || mattersAfterHeader(line, depth)) kept.keep(line, index);
      else kept.empty(index);
      headingDepth = depth;
      afterText = false;
      inBlock = false;
      continue;
    }
    if (mode === 'first' && !blank && !inBlock) {
      inBlock = true;
      // A table's first two lines (header and delimiter rows) have a `|` between them.
      blockKept = !onlyTable || line.includes('|') || (lines[index + 1] ?? '').includes('|');
    } else if (mode === 'first' && blank && inBlock) mode = 'body';
    const keep = mode === 'header' || (mode === 'first' && (!inBlock || blockKept));
    if (keep) kept.keep(line, index);
    else kept.empty(index);
    if (!keep && line.includes(']:')) definition = true;
    if (blank) continue;
    if (mode === 'header' && !HTML_START.test(line)) afterText = true;
    const opened = regionAt(line);
    // An HTML block may end on its first line (`<!-- a comment -->`); a fence never does.
    if (opened !== null && (FENCE_OPEN.test(line) || !opened.closes(line))) {
      region = opened;
      regionKept = keep;
    }
  }
  if (mode === 'header') return null;
  const slice = kept.lines.join('\n');
  return definition && slice.includes('[') ? null : { text: slice, lineOf: kept.lineOf };
}

/** The entry's lines (CONTEXT_LINES; the others are blank) as lines of the file, not the slice. */
function fileLines(lines: IndexEntry['lines'], slice: ContextSlice): IndexEntry['lines'] {
  const mapped = { ...lines };
  for (const field of CONTEXT_LINES) {
    const key = field as keyof IndexEntry['lines'];
    const line = mapped[key];
    if (line !== null) mapped[key] = slice.lineOf[line] ?? line;
  }
  return mapped;
}

/**
 * The index entry of a context file, projected to what corpus rules read of it: from
 * `contextSlice` when it gives one, else from the whole file. A file that cannot be decoded has no
 * entry, as when it is linted; one whose body the parser refuses (too deeply nested, over the time
 * budget) still has the entry of its header, where linting it would give none.
 */
export function indexContext(path: string, bytes: Uint8Array, config: ResolvedConfig): Indexed {
  const whole = needsBody(config);
  if (!whole) {
    const decoded = decodePostmortem(bytes);
    if (!decoded.ok) return decoded;
    const slice = contextSlice(decoded.text);
    if (slice !== null) {
      try {
        const model = buildPostmortem(path, slice.text, config.parse);
        const entry = contextProjection(buildIndexEntry(model));
        return { ok: true, entry: { ...entry, lines: fileLines(entry.lines, slice) } };
      } catch {
        // The whole file decides below, with the error it gives.
      }
    }
  }
  const modelled = modelBytes(path, bytes, config);
  if (!modelled.ok) return modelled;
  const entry = buildIndexEntry(modelled.model);
  return { ok: true, entry: whole ? bodyProjection(entry) : contextProjection(entry) };
}

/** The full model's entry as a context file's entry stands for it (for the equality proof). */
export function projectedEntry(entry: IndexEntry, config: ResolvedConfig): IndexEntry {
  return needsBody(config) ? bodyProjection(entry) : contextProjection(entry);
}
