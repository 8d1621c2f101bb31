import type { Postmortem, TimelineMarker } from '../model/types.js';
import { findDate, isIsoDate } from '../model/dates.js';
import { findSection, SECTION_NAMES } from '../model/sections.js';
import { parseDurationMinutes } from '../model/durations.js';
import { findPlaceholders, isPlaceholderValue } from '../model/placeholders.js';

/**
 * One postmortem in the corpus index: the compact, serialisable summary that cross-incident rules
 * and the analytics read. Built from the same model the per-file rules read.
 */
export interface IndexEntry {
  path: string;
  id: string | null;
  title: string | null;
  /** Incident date (ISO `YYYY-MM-DD`). */
  date: string | null;
  severity: number | null;
  status: string | null;
  services: string[];
  tags: string[];
  rootCauseCategory: string | null;
  /** Epoch milliseconds (UTC) of the incident milestones, from metadata or timeline markers. */
  startedAt: number | null;
  detectedAt: number | null;
  mitigatedAt: number | null;
  resolvedAt: number | null;
  /**
   * Epoch ms of the earliest dated timeline entry: places a postmortem in time when it states no
   * date or start (many real ones only date their timeline). Not used for durations.
   */
  firstEventAt: number | null;
  /** Stated or derived duration of the incident, in minutes. */
  durationMinutes: number | null;
  problemStatement: string | null;
  rootCause: string | null;
  contributingFactors: string[];
  actionItems: IndexedActionItem[];
  followUpMeetingDate: string | null;
  /**
   * Why the incident is kept out of the timing metrics (`exclude_from_metrics: <reason>`: a test,
   * a false alarm, a duplicate); null when it counts.
   */
  excludedFromMetrics: string | null;
  /** What set the incident off, as written (`trigger: deploy`), lower case; null when not stated. */
  trigger: string | null;
  /**
   * ISO date the postmortem was completed: a `completed_at` field, else (when the status says
   * Completed/Closed) the latest date written in the Sign-Off section; null when unknowable.
   */
  completedAt: string | null;
  /** Incident ids cited in the Pattern Analysis section; null when there is no such section. */
  patternAnalysisCites: string[] | null;
  /** Line anchors for links from reports. */
  lines: {
    title: number | null;
    /** The incident id's field (frontmatter key or header line). */
    id: number | null;
    rootCause: number | null;
    actionItems: number | null;
    patternAnalysis: number | null;
    followUpMeeting: number | null;
  };
}

export interface IndexedActionItem {
  id: string | null;
  action: string | null;
  owner: string | null;
  deadline: string | null;
  status: string | null;
  priority: string | null;
  type: string | null;
  line: number;
}

/**
 * A value as the index keeps it: null when it is empty or a template placeholder
 * (`[Affected Service]`, `YYYY-MM-DD`), which is not known, so never a service, a category, a
 * duration or a pattern.
 */
function known(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' || isPlaceholderValue(trimmed) ? null : trimmed;
}

function text(model: Postmortem, key: string): string | null {
  const value = model.metadata.fields[key]?.value;
  if (value === null || value === undefined) return null;
  return known(Array.isArray(value) ? value.join(', ') : String(value));
}

function list(model: Postmortem, key: string): string[] {
  const value = model.metadata.fields[key]?.value;
  if (value === null || value === undefined) return [];
  const values = Array.isArray(value) ? value : [String(value)];
  return values.flatMap((item) => known(item) ?? []);
}

/** An id with a mask left in it (`INC-YYYY-MMDD-NNN`, `INC-2026-MMDD-001`) identifies nothing. */
function incidentId(model: Postmortem): string | null {
  const id = text(model, 'id');
  return id === null || findPlaceholders(id).length > 0 ? null : id;
}

/** `exclude_from_metrics: <reason>`; `true` without a reason still excludes, `false` does not. */
function exclusion(model: Postmortem): string | null {
  const value = model.metadata.fields.exclude_from_metrics?.value;
  if (value === true) return 'no reason given';
  if (typeof value !== 'string' || /^(?:false|no)$/i.test(value.trim())) return null;
  return /^(?:true|yes)$/i.test(value.trim()) ? 'no reason given' : known(value);
}

/** Epoch ms of the first timeline entry carrying `marker`. */
function markerTime(model: Postmortem, marker: TimelineMarker): number | null {
  return (
    model.timeline?.entries.find((entry) => entry.markers.includes(marker))?.time?.epochMs ?? null
  );
}

function earliestTimelineEvent(model: Postmortem): number | null {
  let earliest: number | null = null;
  for (const entry of model.timeline?.entries ?? []) {
    const ms = entry.time?.epochMs ?? null;
    if (ms !== null && (earliest === null || ms < earliest)) earliest = ms;
  }
  return earliest;
}

/** Epoch ms of a metadata time (`2026-02-05T14:00:00Z`, or `14:00` on the incident date, UTC). */
function metadataTime(model: Postmortem, key: string): number | null {
  const value = text(model, key);
  if (value === null) return null;
  const date = text(model, 'date');
  const candidate =
    /^\d{1,2}:\d{2}(:\d{2})?$/.test(value) && date ? `${date}T${value.padStart(5, '0')}Z` : value;
  const ms = Date.parse(candidate);
  return Number.isNaN(ms) ? null : ms;
}

/** Statuses that mean the postmortem itself is finished (the practice's Completed / Closed). */
export const COMPLETED_STATUS = /\b(completed?|closed|done|final(ised|ized)?|published)\b/i;

/** The `completed_at` field, else the latest date in the Sign-Off section of a completed postmortem. */
function completedDate(model: Postmortem): string | null {
  const stated = text(model, 'completed_at');
  if (stated !== null) {
    const iso = stated.trim().slice(0, 10);
    return isIsoDate(iso) ? iso : (findDate(stated)?.iso ?? null);
  }
  const status = text(model, 'status');
  const signOff = findSection(model.sections, SECTION_NAMES.signOff);
  if (status === null || !COMPLETED_STATUS.test(status) || signOff === null) return null;
  const { start, end } = signOff.bodySpan;
  // The follow-up meeting line often sits under Sign-Off; its date is not a sign-off date.
  const meetingLine = model.followUpMeeting?.span.start.line ?? null;
  let latest: string | null = null;
  for (const prose of model.prose) {
    if (prose.start.offset < start.offset || prose.start.offset >= end.offset) continue;
    if (prose.start.line === meetingLine) continue;
    const found = findDate(prose.text);
    if (found && (latest === null || found.iso > latest)) latest = found.iso;
  }
  return latest;
}

export function buildIndexEntry(model: Postmortem): IndexEntry {
  const startedAt = metadataTime(model, 'started_at') ?? markerTime(model, 'start');
  const resolvedAt = metadataTime(model, 'resolved_at') ?? markerTime(model, 'resolved');
  const stated = text(model, 'duration');
  const durationMinutes =
    (stated !== null ? parseDurationMinutes(stated) : null) ??
    (startedAt !== null && resolvedAt !== null && resolvedAt >= startedAt
      ? (resolvedAt - startedAt) / 60_000
      : null);
  return {
    path: model.path,
    id: incidentId(model),
    title: known(model.title?.text),
    date: text(model, 'date'),
    severity: model.severity?.level ?? null,
    status: text(model, 'status'),
    services: list(model, 'services'),
    tags: list(model, 'tags'),
    rootCauseCategory: text(model, 'root_cause_category'),
    startedAt,
    detectedAt: metadataTime(model, 'detected_at') ?? markerTime(model, 'detected'),
    mitigatedAt: metadataTime(model, 'mitigated_at') ?? markerTime(model, 'mitigated'),
    resolvedAt,
    firstEventAt: earliestTimelineEvent(model),
    durationMinutes,
    problemStatement: known(model.fiveWhys?.problemStatement?.text),
    rootCause: known(model.fiveWhys?.rootCause?.text),
    contributingFactors: model.contributingFactors.flatMap((factor) => known(factor.text) ?? []),
    // A template row whose action is still a placeholder is no action item yet.
    actionItems: (model.actionItems?.items ?? []).flatMap((item) =>
      item.action !== null && isPlaceholderValue(item.action.text.trim())
        ? []
        : [
            {
              id: known(item.id?.text),
              action: known(item.action?.text),
              owner: known(item.owner?.text),
              deadline: known(item.deadline?.text),
              status: known(item.status?.text),
              priority: known(item.priority?.text),
              type: known(item.type?.text),
              line: item.span.start.line,
            },
          ],
    ),
    followUpMeetingDate: model.followUpMeeting?.date ?? null,
    excludedFromMetrics: exclusion(model),
    trigger: text(model, 'trigger')?.toLowerCase() ?? null,
    completedAt: completedDate(model),
    patternAnalysisCites: model.patternAnalysis?.citedIds ?? null,
    lines: {
      title: model.title?.span.start.line ?? null,
      id: model.metadata.fields.id?.span.start.line ?? null,
      rootCause: model.fiveWhys?.rootCause?.span.start.line ?? null,
      actionItems: model.actionItems?.span.start.line ?? null,
      patternAnalysis: model.patternAnalysis?.span.start.line ?? null,
      followUpMeeting: model.followUpMeeting?.span.start.line ?? null,
    },
  };
}
