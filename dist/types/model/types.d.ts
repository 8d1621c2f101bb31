/**
 * The typed Postmortem model: everything a rule reads, with source positions.
 *
 * The model is plain, JSON-serialisable data (no AST, no class instances) so that it can cross a
 * worker-thread boundary and be stored in the incremental cache as it is.
 */
import type { ParseProblem, Point, Span } from '../parse/types.js';
export type { ParseProblem, Point, Span };
/** A piece of text taken from the file, with where it stands. */
export interface Located {
    text: string;
    span: Span;
}
export type MetadataSource = 'frontmatter' | 'header' | 'none';
export type MetadataValue = string | string[] | number | boolean | null;
/** One metadata field, under its canonical key (`id`, `date`, `severity`, `root_cause_category`, …). */
export interface MetadataField {
    key: string;
    /** The label as written (`Incident ID`, or the YAML key). */
    label: string;
    /** Normalised value: strings, or string lists for list fields (reviewers, services, tags, …). */
    value: MetadataValue;
    span: Span;
}
export interface Metadata {
    source: MetadataSource;
    /** The frontmatter block or the run of header lines; null when there is none. */
    span: Span | null;
    fields: Record<string, MetadataField>;
}
/** Severity normalised to a level: 1 is SEV-1 (the most severe). */
export interface Severity {
    level: number;
    /** Canonical spelling, e.g. `SEV-1`. */
    label: string;
    raw: string;
    span: Span;
}
export interface Section {
    /** Heading text as written, without emphasis markers. */
    title: string;
    depth: number;
    /** The heading itself. */
    span: Span;
    /** From the heading to the next heading of the same or a higher level (or the end of file). */
    bodySpan: Span;
}
/** How precise a timestamp is. */
export type Precision = 'second' | 'minute' | 'hour' | 'day';
export interface Timestamp {
    raw: string;
    precision: Precision;
    /** Calendar date of the entry (ISO `YYYY-MM-DD`), stated or inherited, roll-over applied. */
    date: string | null;
    /** Seconds since midnight as written (null for day precision). */
    secondsOfDay: number | null;
    /** Zone name stated on the entry or for the whole timeline (`UTC`, `PT`, …). */
    zone: string | null;
    /** Milliseconds since the epoch, UTC, when date and zone offset are known (UTC assumed when no zone). */
    epochMs: number | null;
    /**
     * Milliseconds on the timeline's own clock, for ordering entries and measuring gaps: `epochMs`
     * when the date is known, else counted from an unknown first day (roll-over applied).
     */
    timelineMs: number;
}
export type TimelineMarker = 'start' | 'detected' | 'mitigated' | 'resolved';
export interface TimelineEntry {
    time: Timestamp | null;
    /** The event text (without the timestamp). */
    text: string;
    markers: TimelineMarker[];
    span: Span;
    /** Where the timestamp stands (the entry span when none). */
    timeSpan: Span;
    /**
     * A time the authors could not know more finely, as written (`[???]`, `2023-MM-DD`, a span of
     * days, `Jul 2024`, `[+2 business days]`); `time` is null and no time of day is asked of it.
     */
    roughTime?: string;
}
export interface Timeline {
    /** The Timeline section heading. */
    span: Span;
    format: 'table' | 'list' | 'paragraphs';
    /** The zone stated for the whole timeline ("All times in UTC"), if any. */
    zone: Located | null;
    /** A zone the timeline states that is not one we know ("All times in Europe/Berlinn"). */
    unknownZone: Located | null;
    entries: TimelineEntry[];
    /** Markers an entry carries as a label (`INCIDENT START`), not read from its words. */
    labelledMarkers: TimelineMarker[];
    /**
     * Markers no entry carries but whose event the entries tell in looser words ("the deploy
     * failed", "successfully set"): the timeline has them in prose, at no entry in particular.
     */
    impliedMarkers: TimelineMarker[];
}
export interface WhyStep {
    question: Located;
    answer: Located | null;
}
export interface FiveWhys {
    /** The section (or sub-section) that holds the analysis. */
    span: Span;
    problemStatement: Located | null;
    whys: WhyStep[];
    rootCause: Located | null;
    /** No analysis section: only a root cause stated elsewhere (a `**Root Cause:**` line, a sentence). */
    statedOnly?: boolean;
}
/** A table cell or list field with its position. */
export type Cell = Located;
export interface ActionItem {
    span: Span;
    id: Cell | null;
    action: Cell | null;
    owner: Cell | null;
    deadline: Cell | null;
    status: Cell | null;
    /** `P0`–`P3` (or the team's own levels) from a Priority column or field. */
    priority: Cell | null;
    /** prevent / detect / mitigate / process, from a Type column or field. */
    type: Cell | null;
}
export interface ActionItems {
    /** The Action Items section heading. */
    span: Span;
    format: 'table' | 'list' | 'none';
    /** Header cells of the action-items table, when there is one. */
    columns: Cell[];
    items: ActionItem[];
}
export interface FollowUpMeeting {
    text: string;
    /** ISO date when one could be read; null when `pending` (a date there is a deadline). */
    date: string | null;
    /** The line says the meeting is still to be held (`not yet held — due by 2026-11-05`). */
    pending: boolean;
    /** Known only from who attended it (`## Attendees`): the meeting was held, its date is unwritten. */
    fromAttendees?: boolean;
    span: Span;
}
export interface Distribution extends Located {
    /** The line says the postmortem is not shared yet (`not yet shared — …`): the names are a plan. */
    pending: boolean;
}
export interface PatternAnalysis {
    span: Span;
    /** Incident ids cited anywhere in the section. */
    citedIds: string[];
}
/** A run of prose (a Markdown text node) outside code, HTML and block quotes. */
export interface ProseText {
    text: string;
    start: Point;
    /** True when `text` is exactly the source slice, so offsets inside it map 1:1 to the file. */
    exact: boolean;
}
export type ControlKind = 'disable' | 'enable' | 'disable-next-line';
/** An inline `<!-- postmortem-lint-disable rule-id -->` comment. */
export interface InlineControl {
    kind: ControlKind;
    /** Rule ids; empty means every rule. */
    rules: string[];
    line: number;
}
export interface Postmortem {
    /** Path as given to the linter (relative to the working directory when possible). */
    path: string;
    /** First line of the document body (after frontmatter), for file-level findings. */
    bodyStart: Point;
    title: Located | null;
    metadata: Metadata;
    severity: Severity | null;
    sections: Section[];
    timeline: Timeline | null;
    /** Every timeline of the file (one per incident, `**Timeline:**` labels); `timeline` is the first. */
    timelines: Timeline[];
    fiveWhys: FiveWhys | null;
    actionItems: ActionItems | null;
    distribution: Distribution | null;
    followUpMeeting: FollowUpMeeting | null;
    signOff: Located | null;
    /** Items of the Contributing Factors section. */
    contributingFactors: Located[];
    patternAnalysis: PatternAnalysis | null;
    /** Paragraphs ending in a colon that lead directly into a list ("The lessons we take are:"). */
    leadIns: Located[];
    /**
     * The paragraphs between the title and the next heading, header field lines left out (blog-style
     * postmortems open with their summary there); null when there are none.
     */
    opening: Located | null;
    prose: ProseText[];
    /**
     * Short labels that open a paragraph or a list item, in document order: the paragraph alone
     * (`**What went well**`, `_Lessons learned_`, `- 👍 What went well:` over a nested list) or a
     * field's name before its colon (`**Impact**: …`, `User Impact:`). Never a table cell, a link's
     * text or a word inside a sentence.
     */
    labels: ProseText[];
    /**
     * Template blanks outside prose: inline code that is only a mask (`` `YYYY-MM-DD` ``) and inline
     * HTML that names no element (`<Month>`), outside code blocks and block quotes.
     */
    placeholderLiterals: Located[];
    controls: InlineControl[];
    problems: ParseProblem[];
}
