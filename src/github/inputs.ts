// Every input the Action reads (action.yml), read and validated here and nowhere else.
import * as core from '@actions/core';
import { isAbsolute, posix, sep } from 'node:path';
import { readInstant } from '../model/dates.js';

export const MODES = ['lint', 'report', 'auto'] as const;
export type Mode = (typeof MODES)[number];

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The action's inputs (see action.yml), validated. */
export interface ActionInputs {
  /**
   * Globs relative to the workspace; empty (the input empty or its default): the configuration's
   * `files`, discovered as the CLI does without a path (every `.md` and `.markdown` file under
   * postmortems/, in any case, by default).
   */
  paths: string[];
  /** Config file relative to the workspace, or undefined to search for `.postmortemrc.*`. */
  config: string | undefined;
  mode: Mode;
  changedOnly: boolean;
  failOn: FailOn;
  comment: boolean;
  /** Where to write SARIF (relative to the workspace), or null for none. */
  sarifFile: string | null;
  githubToken: string;
  now: Date;
  cache: boolean;
}

/** An input with a value the action cannot use; the message names the input and the value. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Events `mode: auto` answers with a trend report; every other event gets the lint check. */
const REPORT_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

export function resolveMode(mode: Mode, eventName: string): 'lint' | 'report' {
  if (mode !== 'auto') return mode;
  return REPORT_EVENTS.has(eventName) ? 'report' : 'lint';
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (found "${value}")`);
}

export function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input "${name}" must be true or false (found "${value}")`);
}

/**
 * Globs from a newline- or comma-separated list (YAML block scalars and one-liners both work). A
 * comma inside braces belongs to the glob (`postmortems/{2025,2026}/*.md`), as does one escaped
 * with a backslash.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split('\n')) {
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === '\\') i++;
      else if (char === '{') depth++;
      else if (char === '}' && depth > 0) depth--;
      else if (char === ',' && depth === 0) {
        items.push(line.slice(start, i));
        start = i + 1;
      }
    }
    items.push(line.slice(start));
  }
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** `now`: a date (noon UTC that day) or a date-time with its zone; empty: the clock. */
function referenceInstant(): Date {
  const value = core.getInput('now').trim();
  if (value === '') return new Date();
  const instant = readInstant(value);
  if (instant === null)
    throw new InputError(
      `input "now" must be an ISO date such as 2026-02-06 or 2026-02-06T14:00:00Z (found "${value}")`,
    );
  return instant;
}

/**
 * The `paths` default of action.yml. The runner passes it when the workflow sets none, so it
 * stands for "no globs": the configuration's `files`, which find `.markdown` and `.MD` postmortems
 * this literal glob would miss.
 */
export const DEFAULT_PATHS = 'postmortems/**/*.md';

/** Reads `INPUT_*` (through @actions/core) and validates every value; throws InputError. */
export function readInputs(): ActionInputs {
  const listed = splitList(core.getInput('paths'));
  const paths = listed.length === 1 && listed[0] === DEFAULT_PATHS ? [] : listed;
  const config = core.getInput('config').trim();
  const sarifFile = core.getInput('sarif-file').trim();
  return {
    paths,
    config: config === '' ? undefined : config,
    mode: choice('mode', MODES, 'auto'),
    changedOnly: flag('changed-only', true),
    failOn: choice('fail-on', FAIL_ON, 'error'),
    comment: flag('comment', true),
    sarifFile: sarifFile === '' ? null : sarifFile,
    githubToken: core.getInput('github-token'),
    now: referenceInstant(),
    cache: flag('cache', false),
  };
}

/** The inputs only `mode: report` reads (see action.yml). */
export interface ReportInputs {
  /** Where the Markdown report goes, relative to the workspace; null: not written. */
  reportPath: string | null;
  issue: boolean;
  issueLabel: string;
  mentionOwners: boolean;
  /** Open an issue for each untracked open action item (on the default branch only). */
  createIssues: boolean;
  /** Items due within this many days are listed as "due soon" in the tracking issue. */
  remindDays: number;
}

/** `remind-days`: a whole number of days, 0 to 365 (empty: 2). */
function remindDays(): number {
  const value = core.getInput('remind-days').trim();
  if (value === '') return 2;
  if (!/^\d{1,3}$/.test(value) || Number(value) > 365)
    throw new InputError(
      `input "remind-days" must be a whole number of days from 0 to 365 (found "${value}")`,
    );
  return Number(value);
}

/** Reads the report mode's inputs; throws InputError for a `report-path` outside the workspace. */
export function readReportInputs(): ReportInputs {
  const reportPath = core.getInput('report-path').trim();
  const normalised = posix.normalize(reportPath.split(sep).join('/'));
  if (isAbsolute(reportPath) || normalised === '..' || normalised.startsWith('../')) {
    throw new InputError(
      `input "report-path" must be a path inside the repository (found "${reportPath}")`,
    );
  }
  return {
    reportPath: reportPath === '' ? null : reportPath,
    issue: flag('issue', false),
    issueLabel: core.getInput('issue-label').trim() || 'postmortem-trends',
    mentionOwners: flag('mention-owners', false),
    createIssues: flag('create-issues', false),
    remindDays: remindDays(),
  };
}
