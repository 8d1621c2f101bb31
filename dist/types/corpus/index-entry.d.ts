import type { Postmortem } from '../model/types.js';
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
/** Statuses that mean the postmortem itself is finished (the practice's Completed / Closed). */
export declare const COMPLETED_STATUS: RegExp;
export declare function buildIndexEntry(model: Postmortem): IndexEntry;
