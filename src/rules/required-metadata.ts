import { metadataFixes } from './fixes/metadata.js';
import { defineRule } from './types.js';
import type { MetadataField, Postmortem, Span } from '../model/types.js';
import { findDate, isIsoDate } from '../model/dates.js';
import { excerpt, fileSpan } from './helpers/model.js';

export type MetadataFieldName = 'id' | 'title' | 'date' | 'severity' | 'status' | 'author';

export type RequiredMetadataOptions = {
  /** Fields that must be present (and valid). */
  required: MetadataFieldName[];
  /** Accepted statuses (compared case-insensitively, emoji and markup stripped). */
  statuses: string[];
  /** Other words for an accepted status, each mapped to the status it means (`Resolved: Closed`). */
  statusAliases: Record<string, string>;
};

const FIELD_NAMES: MetadataFieldName[] = ['id', 'title', 'date', 'severity', 'status', 'author'];

/** How each field is written in the header form, for messages. */
const HEADER_LABEL: Record<MetadataFieldName, string> = {
  id: 'Incident ID',
  title: 'Title',
  date: 'Date',
  severity: 'Severity',
  status: 'Status',
  author: 'Author',
};

/** A status as compared: no emoji or markup, hyphens as spaces (`in-review`), lower case. */
function normaliseStatus(value: string): string {
  return value
    .replace(/[^\p{L}\p{N}\s/]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The value without a closing remark (`Reviewed (pending sign-off)` → `Reviewed`). Found with
 * index searches: `/\([^)]*\)\s*$/` retries from every `(` and is quadratic on a run of them.
 */
function stripRemark(value: string): string {
  const text = value.trimEnd();
  if (!text.endsWith(')')) return value.trim();
  const open = text.indexOf('(', text.lastIndexOf(')', text.length - 2) + 1);
  return open === -1 ? value.trim() : text.slice(0, open).trim();
}

/**
 * The value before a remark that follows a comma or semicolon (`Complete, action items in
 * progress` → `Complete`), found by index search.
 */
function leadingWord(value: string): string {
  const cut = value.search(/[,;]/);
  return (cut === -1 ? value : value.slice(0, cut)).trim();
}

/** Whether a status, as written, is accepted: itself, without its remark, or through an alias. */
function isAcceptedStatus(status: string, options: RequiredMetadataOptions): boolean {
  const accepted = new Set(options.statuses.map(normaliseStatus));
  const aliases = new Map(
    Object.entries(options.statusAliases).map(([alias, target]) => [
      normaliseStatus(alias),
      normaliseStatus(target),
    ]),
  );
  return [status, stripRemark(status), leadingWord(stripRemark(status))]
    .map(normaliseStatus)
    .some((written) => accepted.has(written) || accepted.has(aliases.get(written) ?? ''));
}

function textOf(field: MetadataField | undefined): string | null {
  if (!field || field.value === null) return null;
  const text = Array.isArray(field.value) ? field.value.join(', ') : String(field.value);
  return text.replace(/[*_`]/g, '').trim() === '' ? null : text.trim();
}

function isPresent(model: Postmortem, name: MetadataFieldName): boolean {
  if (name === 'title') return model.title !== null && model.title.text.trim() !== '';
  return textOf(model.metadata.fields[name]) !== null;
}

/** Where a missing field is reported: the header lines or frontmatter block, else the title. */
function blockSpan(model: Postmortem): Span {
  return model.metadata.span ?? fileSpan(model);
}

export const requiredMetadata = defineRule<RequiredMetadataOptions>({
  scope: 'file',
  fixes: metadataFixes,
  meta: {
    id: 'required-metadata',
    description:
      'Requires the incident metadata (id, title, date, severity, status, author) in the header lines or frontmatter, each with a valid value.',
    defaultSeverity: 'error',
    tags: ['metadata'],
    optionsSchema: {
      type: 'object',
      properties: {
        required: {
          type: 'array',
          items: { enum: FIELD_NAMES },
          uniqueItems: true,
          description: 'Fields that must be present (and valid); fields left out are not checked.',
        },
        statuses: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
          uniqueItems: true,
          description:
            'Accepted statuses (compared case-insensitively, emoji and markup stripped).',
        },
        statusAliases: {
          type: 'object',
          additionalProperties: { type: 'string', minLength: 1 },
          description:
            'Other words for an accepted status, each mapped to the status it means (`{"Resolved": "Closed"}`); an alias counts only when its status is in `statuses`.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      required: FIELD_NAMES,
      statuses: ['Draft', 'In Review', 'Reviewed', 'Completed', 'Closed'],
      // Words real postmortems use for a finished review.
      statusAliases: {
        Complete: 'Completed',
        Done: 'Completed',
        Final: 'Completed',
        Published: 'Completed',
        Resolved: 'Closed',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const fields = model.metadata.fields;
    const missing = options.required.filter((name) => !isPresent(model, name));
    if (missing.length > 0) {
      const labels = missing.map((name) => HEADER_LABEL[name]);
      const where =
        model.metadata.source === 'frontmatter'
          ? `add ${missing.map((name) => `"${name}:"`).join(', ')} to the frontmatter`
          : `add ${labels.map((label) => `"**${label}:**"`).join(', ')} ${missing.length === 1 ? 'header line' : 'header lines'} below the title`;
      context.report({
        message: `Missing metadata: ${labels.join(', ')}. ${where[0].toUpperCase()}${where.slice(1)}.`,
        span: blockSpan(model),
      });
    }
    const required = new Set(options.required);

    const id = textOf(fields.id);
    if (
      required.has('id') &&
      id !== null &&
      !new RegExp(context.parse.incidentIdPattern).test(id)
    ) {
      context.report({
        message: `Incident ID "${excerpt(id)}" does not match the incident id pattern /${context.parse.incidentIdPattern}/ (e.g. INC-2026-0205-001).`,
        span: fields.id.span,
      });
    }

    const date = textOf(fields.date);
    if (required.has('date') && date !== null && !isIsoDate(date)) {
      const readable = findDate(date);
      context.report({
        message: `Date "${excerpt(date)}" is not a calendar date written as YYYY-MM-DD.`,
        span: fields.date.span,
        ...(readable ? { suggestion: `Write ${readable.iso}.` } : {}),
      });
    }

    const severity = textOf(fields.severity);
    if (required.has('severity') && severity !== null && model.severity === null) {
      context.report({
        message: `Severity "${excerpt(severity)}" is not recognised; map it in severityAliases.`,
        span: fields.severity.span,
        suggestion:
          'SEV-1 to SEV-5, S1, P0 to P4, Priority 1, Level 1 and the words Critical, High, Major, Medium, Moderate, Minor, Low, Cosmetic and Trivial are known; map a team\'s own spelling with severityAliases in .postmortemrc.yml (e.g. severityAliases: { "Medium-ish": 3 }).',
      });
    }

    const status = textOf(fields.status);
    if (required.has('status') && status !== null) {
      if (!isAcceptedStatus(status, options)) {
        context.report({
          message: `Status "${excerpt(status)}" is not one of: ${options.statuses.join(', ')}.`,
          span: fields.status.span,
        });
      }
    }
  },
});
