import type { ResolvedConfig } from '../config/types.js';
import type { Postmortem, Span } from '../model/types.js';
import { buildPostmortem } from '../model/build.js';
import { isIsoDate } from '../model/dates.js';
import { severityLevel } from '../model/severity.js';
import { followUpDeadline } from '../practice/follow-up.js';
import { practiceOptions } from '../config/resolve.js';
import { applyEdits, type TextEdit } from '../text/edits.js';
import { allMatches } from '../text/matches.js';

/** A request the user made with `postmortem-lint new`. */
export interface ScaffoldRequest {
  /** The template text, LF line endings (the repository's TEMPLATE.md, or the built-in one). */
  template: string;
  title: string;
  /** Severity as typed (`SEV-2`, `sev2`, `P2`, or a configured alias). */
  severity: string;
  /** Incident date, ISO `YYYY-MM-DD`. */
  date: string;
  /** Texts of the postmortems already in the folder (their incident ids are taken). */
  existing: readonly string[];
  config: ResolvedConfig;
}

export interface Scaffolded {
  /** `YYYY-MM-DD-slug.md`. */
  fileName: string;
  text: string;
  /** The incident id written, or null when the configured id pattern is not INC-YYYY-MMDD-NNN. */
  id: string | null;
  severity: string;
  /** The last day the follow-up meeting may be held (the follow-up-meeting rule's window). */
  followUpDeadline: string;
}

/** A request that cannot be scaffolded (bad title, date or severity): the CLI exits 2. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

const MAX_SLUG_LENGTH = 60;

/** `Checkout errors: TLS expiry!` → `checkout-errors-tls-expiry`. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut =
    slug.length > MAX_SLUG_LENGTH ? slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') : slug;
  return cut === '' ? 'incident' : cut;
}

/** The next free `INC-YYYY-MMDD-NNN` for `date`, given every id already written in `texts`. */
export function nextIncidentId(date: string, texts: readonly string[]): string {
  const day = `INC-${date.slice(0, 4)}-${date.slice(5, 7)}${date.slice(8, 10)}-`;
  const taken = new RegExp(`(?<![\\w-])${day}(\\d{3})(?!\\d)`, 'g');
  let highest = 0;
  for (const text of texts) {
    for (const match of allMatches(taken, text)) highest = Math.max(highest, Number(match[1]));
  }
  return `${day}${String(highest + 1).padStart(3, '0')}`;
}

/** The follow-up meeting deadline for an incident: the date plus the configured window for the severity. */
export function configuredFollowUpDeadline(
  date: string,
  level: number,
  config: ResolvedConfig,
): string {
  return followUpDeadline(date, level, practiceOptions(config).followUp);
}

function yamlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function replaceSpan(span: Span, text: string): TextEdit {
  return { start: span.start.offset, end: span.end.offset, text };
}

/** A field's new value; with `quote`, YAML-quoted when the field sits in the frontmatter. */
function fieldEdit(model: Postmortem, key: string, value: string, quote: boolean): TextEdit | null {
  const field = model.metadata.fields[key];
  if (!field) return null;
  const inFrontmatter =
    model.metadata.source === 'frontmatter' &&
    field.span.start.offset < (model.metadata.span?.end.offset ?? 0);
  return replaceSpan(field.span, inFrontmatter && quote ? yamlString(value) : value);
}

/** The template's own "how to start" comment at the top of the frontmatter: not for the new file. */
function leadingYamlComment(template: string): TextEdit | null {
  const match = /^---\n((?:[ \t]*#[^\n]*\n)+)/.exec(template);
  return match ? { start: 4, end: 4 + match[1].length, text: '' } : null;
}

/** The first-level heading, when it is still a placeholder such as `# [Incident Title]`. */
function headingEdit(model: Postmortem, template: string, title: string): TextEdit | null {
  const heading = model.sections.find((section) => section.depth === 1);
  if (!heading || !/^\[.*\]$/.test(heading.title)) return null;
  const source = template.slice(heading.span.start.offset, heading.span.end.offset);
  const textStart = /^#+[ \t]*/.exec(source)?.[0].length ?? 0;
  return {
    start: heading.span.start.offset + textStart,
    end: heading.span.end.offset,
    text: title,
  };
}

/** How a new postmortem states the meeting: still to be held, with the deadline (never a date held). */
export function pendingMeeting(deadline: string): string {
  return `not yet held — due by ${deadline}`;
}

/**
 * The follow-up meeting line says the meeting is not yet held and when it is due: the mask of a
 * template's `not yet held — due by YYYY-MM-DD` is filled, any other value (an older template's bare
 * `YYYY-MM-DD`, `TBD`) is replaced, so that no new file reads as a meeting already held.
 */
function followUpEdit(model: Postmortem, template: string, deadline: string): TextEdit | null {
  const meeting = model.followUpMeeting;
  if (!meeting) return null;
  const source = template.slice(meeting.span.start.offset, meeting.span.end.offset);
  const mask = /YYYY-MM-DD/.exec(source);
  if (!meeting.pending || !mask) return replaceSpan(meeting.span, pendingMeeting(deadline));
  const start = meeting.span.start.offset + mask.index;
  return { start, end: start + mask[0].length, text: deadline };
}

/**
 * A template's prefilled distribution line (`Engineering, Product, Executive Leadership`) would read
 * as already shared: it is marked as the plan it is. Only a one-line value outside the frontmatter.
 */
function distributionEdit(model: Postmortem): TextEdit | null {
  const list = model.distribution;
  if (!list || list.pending || list.span.start.line !== list.span.end.line) return null;
  const inFrontmatter =
    model.metadata.source === 'frontmatter' &&
    list.span.start.offset < (model.metadata.span?.end.offset ?? 0);
  if (inFrontmatter) return null;
  if (list.text.trim() === '') return null;
  return {
    start: list.span.start.offset,
    end: list.span.start.offset,
    text: 'not yet shared — send to ',
  };
}

/**
 * Fills a template for a new incident: id, title, date, severity and the follow-up meeting
 * deadline. Pure (no clock, no files): the CLI reads the folder and writes the result.
 */
export function scaffoldPostmortem(request: ScaffoldRequest): Scaffolded {
  const title = request.title.trim();
  if (title === '' || /[\r\n]/.test(title)) {
    throw new ScaffoldError('--title must be one non-empty line.');
  }
  if (!isIsoDate(request.date)) {
    throw new ScaffoldError(
      `--date must be a calendar date as YYYY-MM-DD (got "${request.date}").`,
    );
  }
  const level = severityLevel(request.severity.trim(), request.config.parse.severityAliases);
  if (level === null) {
    throw new ScaffoldError(
      `--severity "${request.severity}" is not recognised: use SEV-1 to SEV-5; S1, P0 to P4 (P0 is SEV-1), Priority 1, Level 1 and the words Critical, High, Major, Medium, Moderate, Minor, Low, Cosmetic and Trivial also work, as does a configured severity alias.`,
    );
  }
  const severity = `SEV-${level}`;
  const id = nextIncidentId(request.date, request.existing);
  const deadline = configuredFollowUpDeadline(request.date, level, request.config);

  const { template } = request;
  const model = buildPostmortem('TEMPLATE.md', template, request.config.parse);
  const idFits = new RegExp(request.config.parse.incidentIdPattern).test(id);
  const edits = [
    leadingYamlComment(template),
    idFits ? fieldEdit(model, 'id', id, false) : null,
    fieldEdit(model, 'title', title, true),
    fieldEdit(model, 'date', request.date, false),
    fieldEdit(model, 'severity', severity, false),
    headingEdit(model, template, title),
    followUpEdit(model, template, deadline),
    distributionEdit(model),
  ].filter((edit): edit is TextEdit => edit !== null);

  return {
    fileName: `${request.date}-${slugOf(title)}.md`,
    text: applyEdits(template, edits),
    id: idFits ? id : null,
    severity,
    followUpDeadline: deadline,
  };
}
