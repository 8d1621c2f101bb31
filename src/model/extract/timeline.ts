import type {
  Code,
  Heading,
  List,
  Paragraph,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type {
  Located,
  Span,
  Timeline,
  TimelineEntry,
  TimelineMarker,
  Timestamp,
} from '../types.js';
import type { ExtractContext } from './context.js';
import { nodeText } from './context.js';
import { spanOf, type PointAt } from '../../parse/positions.js';
import { findSectionIndex, SECTION_NAMES } from '../sections.js';
import { addDays, findDate } from '../dates.js';
import {
  dayFirstIn,
  findZoneStatement,
  findZoneToken,
  instantMs,
  isUsZone,
  readLeadingStamp,
  type FoundZone,
  type StampRead,
} from '../timestamps.js';
import type { DateReading } from '../dates.js';

/** A roll-over to the next day is assumed when a time goes back by more than this. */
const ROLL_OVER_SECONDS = 12 * 3600;

/** Markers written out as labels (`INCIDENT START`, `OUTAGE ENDS`): case-sensitive capitals. */
const EXPLICIT_MARKERS: Record<TimelineMarker, RegExp> = {
  start: /\b(?:INCIDENT|OUTAGE|IMPACT|ISSUE)\s+(?:STARTS?|STARTED|BEGINS?|BEGAN)\b/,
  detected: /\b(?:INCIDENT\s+|ISSUE\s+)?DETECTED\b/,
  mitigated: /\bMITIGATED\b|\bMITIGATION\s+(?:APPLIED|COMPLETE)\b/,
  resolved:
    /\b(?:INCIDENT|OUTAGE|IMPACT|ISSUE)\s+(?:RESOLVED|ENDS?|ENDED|CLOSED|OVER)\b|\bRESOLVED\b/,
};

/** Phrases that mark an entry when no entry of the timeline carries the explicit label. */
const KEYWORD_MARKERS: Record<TimelineMarker, RegExp> = {
  start:
    /\b(?:incident|outage|impact|issue|degradation)\s+(?:begins|began|starts|started)\b|\bstart of (?:the )?(?:incident|outage|impact)\b/i,
  detected:
    /\balerts?\s+(?:fires|fired|firing|triggered|went off)\b|\balerted\b|\bpaged\b|\bpager\b|\bdetected\b(?<!\b(?:no|not|never)\b[^.]*detected)/i,
  mitigated:
    /\bmitigated\b|\bmitigation\s+(?:applied|complete|completed|deployed|in place)\b|\brollback\s+(?:complete|completed|succeeded|finished)\b|\brolled back\b/i,
  resolved:
    /\b(?:fully|completely|service|services)\s+(?:restored|recovered)\b|\b(?:incident|outage|issue)\s+(?:is\s+|was\s+)?(?:resolved|closed|ended|over)\b|\bmarked (?:as )?resolved\b|\ball systems (?:green|operational|nominal|normal)\b|\b(?:back|returns?|returned) to normal\b/i,
};

const MARKER_ORDER: TimelineMarker[] = ['start', 'detected', 'mitigated', 'resolved'];

/** Time-column and event-column headers of a timeline table. */
const TIME_HEADER = /\b(?:time|when|timestamp)\b/i;
const DATE_HEADER = /\b(?:date|day)\b/i;
const EVENT_HEADER = /\b(?:event|events|description|what|details|change|update|action|summary)\b/i;

interface DraftEntry {
  entry: TimelineEntry;
  explicit: Set<TimelineMarker>;
  keyword: Set<TimelineMarker>;
}

/** Reads one Timeline section in document order, carrying the date context from entry to entry. */
class TimelineReader {
  private readonly drafts: DraftEntry[] = [];
  private readonly reading: DateReading;
  private readonly zone: string | null;
  /** Date of the current group (date line, dated entry or the incident date). */
  private groupDate: string | null;
  private rollOverDays = 0;
  private previousSeconds: number | null = null;
  /** A heading-form entry whose text is the paragraph under it. */
  private untextedHeadingEntry: DraftEntry | null = null;
  format: Timeline['format'] | null = null;

  constructor(
    private readonly source: string,
    private readonly pointAt: PointAt,
    baseDate: string | null,
    zone: string | null,
    dayFirst: boolean,
  ) {
    this.groupDate = baseDate;
    this.zone = zone;
    this.reading = { year: baseDate ? Number(baseDate.slice(0, 4)) : null, dayFirst };
  }

  read(nodes: readonly RootContent[]): DraftEntry[] {
    for (const node of nodes) {
      if (node.type === 'table') this.readTable(node);
      else if (node.type === 'list') this.readList(node);
      else if (node.type === 'paragraph') this.readParagraph(node);
      else if (node.type === 'heading') this.readHeading(node);
    }
    // A timeline kept in a code block (log style) is read only when nothing else was found, so
    // log excerpts beside a real timeline are not taken for entries.
    if (this.drafts.length === 0) {
      for (const node of nodes) if (node.type === 'code') this.readCode(node);
    }
    return this.drafts;
  }

  private stampAt(start: number, end: number): StampRead | null {
    return readLeadingStamp(this.source.slice(start, end), this.reading);
  }

  /** The stamp at the start of a table cell (its own span includes the pipe: read from its content). */
  private cellStamp(
    cell: TableCell | undefined,
  ): { stamp: StampRead | null; offset: number } | null {
    const first = cell?.children[0];
    if (!cell || !first) return null;
    const start = spanOf(first).start.offset;
    return { stamp: this.stampAt(start, spanOf(cell).end.offset), offset: start };
  }

  /** A row's timestamp: the time cell, dated by a separate date cell when the table has one. */
  private rowStamp(
    row: TableRow,
    timeColumn: number,
    dateColumn: number,
  ): { stamp: StampRead | null; offset: number } | null {
    const time = this.cellStamp(row.children[timeColumn]);
    if (dateColumn === -1 || time?.stamp?.date) return time;
    const date = this.cellStamp(row.children[dateColumn]);
    if (!date?.stamp?.date) return time;
    if (!time?.stamp) return date;
    return { stamp: { ...time.stamp, date: date.stamp.date }, offset: time.offset };
  }

  private readTable(table: Table): void {
    const [header, ...rows] = table.children;
    if (!header) return;
    const headers = header.children.map((cell) => nodeText(cell).trim());
    const timeHeader = headers.findIndex((text) => TIME_HEADER.test(text));
    const dateHeader = headers.findIndex((text, i) => i !== timeHeader && DATE_HEADER.test(text));
    const timeColumn = timeHeader !== -1 ? timeHeader : Math.max(dateHeader, 0);
    const dateColumn = timeHeader !== -1 ? dateHeader : -1;
    const eventColumn = headers.findIndex(
      (text, i) => i !== timeColumn && i !== dateColumn && EVENT_HEADER.test(text),
    );
    const columnZone = findZoneToken(headers[timeColumn] ?? '')?.zone ?? null;
    const stamps = rows.map((row) => this.rowStamp(row, timeColumn, dateColumn));
    if (timeHeader === -1 && dateHeader === -1 && !stamps.some((read) => read?.stamp)) return;
    this.format ??= 'table';
    rows.forEach((row, i) => {
      const cells = row.children.map((cell) => nodeText(cell).trim());
      const rowText = cells.filter((_, j) => j !== timeColumn && j !== dateColumn).join(' | ');
      const text = eventColumn !== -1 ? (cells[eventColumn] ?? '') : rowText;
      const read = stamps[i];
      const draft = this.addEntry(
        read?.stamp ?? null,
        read?.offset ?? 0,
        text,
        spanOf(row),
        columnZone,
      );
      // A label may stand in another column ("| 14:00 | INCIDENT START | Errors spike |").
      if (text !== rowText) this.rememberKeywords(draft, rowText);
    });
  }

  private readList(list: List): void {
    const firstParagraphs = list.children.map(
      (item) =>
        item.children.find((child): child is Paragraph => child.type === 'paragraph') ?? null,
    );
    const stamps = firstParagraphs.map((paragraph) => {
      if (!paragraph) return null;
      const span = spanOf(paragraph);
      return this.stampAt(span.start.offset, span.end.offset);
    });
    if (!stamps.some((stamp) => stamp !== null)) {
      // "- Day 1" items whose nested lists hold the timed entries.
      for (const item of list.children) {
        for (const child of item.children) if (child.type === 'list') this.readList(child);
      }
      return;
    }
    this.format ??= 'list';
    list.children.forEach((item, i) => {
      const paragraph = firstParagraphs[i];
      const stamp = stamps[i];
      const nested = item.children.find((child): child is List => child.type === 'list');
      if (paragraph && stamp && this.isDateLine(stamp, nodeText(paragraph)) && nested) {
        this.startGroup(stamp.date);
        this.readList(nested);
        return;
      }
      if (!stamp && nested && this.readsEntries(nested)) return;
      const text = paragraph ? this.textAfterStamp(nodeText(paragraph)) : nodeText(item).trim();
      this.addEntry(
        stamp,
        paragraph ? spanOf(paragraph).start.offset : 0,
        text,
        spanOf(item),
        null,
      );
    });
  }

  /** Reads a nested list under an untimed item ("- Day two"); true when it held entries. */
  private readsEntries(list: List): boolean {
    const before = this.drafts.length;
    this.readList(list);
    return this.drafts.length > before;
  }

  private readParagraph(paragraph: Paragraph): void {
    const span = spanOf(paragraph);
    const source = this.source.slice(span.start.offset, span.end.offset);
    const plainLines = nodeText(paragraph).split('\n');
    const consumed = this.readLines(span.start.offset, source, plainLines);
    if (!consumed && this.untextedHeadingEntry) {
      this.untextedHeadingEntry.entry.text = nodeText(paragraph).replace(/\s+/g, ' ').trim();
      this.rememberKeywords(this.untextedHeadingEntry);
    }
    this.untextedHeadingEntry = null;
  }

  /** A fenced code block whose lines are exactly the file's (so positions hold). */
  private readCode(code: Code): void {
    const start = codeContentStart(this.source, code);
    const source = this.source.slice(start, start + code.value.length);
    if (source === code.value) this.readLines(start, source);
  }

  /**
   * Reads lines starting at `start` in the file: date lines open a group, lines starting with a
   * timestamp are entries. `plainLines` is the text without markup, when it lines up. Returns
   * whether any line held a timestamp.
   */
  private readLines(start: number, source: string, plainLines: string[] = []): boolean {
    const lines = source.split('\n');
    let offset = start;
    let consumed = false;
    lines.forEach((line, i) => {
      const lineStart = offset;
      offset += line.length + 1;
      const stamp = readLeadingStamp(line, this.reading);
      if (!stamp) return;
      consumed = true;
      const plain = plainLines.length === lines.length ? plainLines[i] : line;
      if (this.isDateLine(stamp, plain)) {
        this.startGroup(stamp.date);
        return;
      }
      this.format ??= 'paragraphs';
      const lineSpan: Span = {
        start: this.pointAt(lineStart),
        end: this.pointAt(lineStart + line.length),
      };
      this.addEntry(stamp, lineStart, this.textAfterStamp(plain), lineSpan, null);
    });
    return consumed;
  }

  private readHeading(heading: Heading): void {
    this.untextedHeadingEntry = null;
    const first = heading.children[0];
    if (!first) return;
    const start = spanOf(first).start.offset;
    const stamp = this.stampAt(start, spanOf(heading).end.offset);
    if (!stamp) return;
    const plain = nodeText(heading);
    if (this.isDateLine(stamp, plain)) {
      this.startGroup(stamp.date);
      return;
    }
    this.format ??= 'paragraphs';
    const draft = this.addEntry(stamp, start, this.textAfterStamp(plain), spanOf(heading), null);
    if (draft.entry.text === '') this.untextedHeadingEntry = draft;
  }

  /** A date with nothing after it but markup or a zone remark: it heads the entries below it. */
  private isDateLine(stamp: StampRead, plain: string): boolean {
    if (stamp.date === null || stamp.secondsOfDay !== null) return false;
    const rest = this.textAfterStamp(plain)
      .replace(/\(?\b(?:all\s+)?times?\b[^)]{0,80}\)?/gi, '')
      .replace(/[\s*_.,:;()-]+/g, '');
    return rest === '';
  }

  private textAfterStamp(plain: string): string {
    const stamp = readLeadingStamp(plain, this.reading);
    return (stamp ? plain.slice(stamp.rest) : plain).replace(/\s+/g, ' ').trim();
  }

  private startGroup(date: string | null): void {
    this.groupDate = date;
    this.rollOverDays = 0;
    this.previousSeconds = null;
  }

  private addEntry(
    stamp: StampRead | null,
    base: number,
    text: string,
    span: Span,
    columnZone: string | null,
  ): DraftEntry {
    const time = stamp ? this.timestamp(stamp, base, columnZone) : null;
    const timeSpan = stamp
      ? { start: this.pointAt(base + stamp.start), end: this.pointAt(base + stamp.end) }
      : span;
    const entry: TimelineEntry = { time, text, markers: [], span, timeSpan };
    const draft: DraftEntry = { entry, explicit: new Set(), keyword: new Set() };
    this.rememberKeywords(draft);
    this.drafts.push(draft);
    return draft;
  }

  /** Notes the markers `text` (by default the entry's) states. */
  private rememberKeywords(draft: DraftEntry, text = draft.entry.text): void {
    for (const marker of MARKER_ORDER) {
      if (EXPLICIT_MARKERS[marker].test(text)) draft.explicit.add(marker);
      if (KEYWORD_MARKERS[marker].test(text)) draft.keyword.add(marker);
    }
  }

  /**
   * Seconds of day of a stamp. `1:05` right after `12:40` is read as 13:05 (a 12-hour clock
   * without AM/PM), not as a step back in time: only for one-digit hours, so `01:05` and 24-hour
   * timelines keep their reading.
   */
  private clockSeconds(stamp: StampRead): number | null {
    const seconds = stamp.secondsOfDay;
    const previous = this.previousSeconds;
    if (seconds === null || stamp.date !== null || !stamp.maybeAfternoon || previous === null) {
      return seconds;
    }
    const afternoon = seconds + 12 * 3600;
    // Only once the timeline has reached noon: `9:30` after `10:00` stays a step back.
    return previous >= 12 * 3600 && seconds < previous && afternoon >= previous
      ? afternoon
      : seconds;
  }

  /** Date, roll-over and zone of one stamp, in the context of the entries before it. */
  private timestamp(stamp: StampRead, base: number, columnZone: string | null): Timestamp {
    const seconds = this.clockSeconds(stamp);
    if (stamp.date !== null) {
      this.startGroup(stamp.date);
    } else if (
      seconds !== null &&
      this.previousSeconds !== null &&
      this.previousSeconds - seconds > ROLL_OVER_SECONDS
    ) {
      this.rollOverDays++;
    }
    if (seconds !== null) this.previousSeconds = seconds;
    const date = this.groupDate === null ? null : addDays(this.groupDate, this.rollOverDays);
    const zone = stamp.zone ?? columnZone ?? this.zone;
    const epochMs = date === null ? null : instantMs(date, seconds, zone);
    return {
      raw: this.source.slice(base + stamp.start, base + stamp.end),
      precision: stamp.precision,
      date,
      secondsOfDay: seconds,
      zone,
      epochMs,
      timelineMs: epochMs ?? instantMs(addDays('1970-01-01', this.rollOverDays), seconds, zone),
    };
  }
}

/** Offset of the first content line of a fenced code block (an indented one starts at once). */
function codeContentStart(source: string, node: Code): number {
  const start = spanOf(node).start.offset;
  if (!/^[`~]{3}/.test(source.slice(start, start + 3))) return start;
  return source.indexOf('\n', start) + 1;
}

/** Applies explicit markers, or keyword markers for a marker no entry states explicitly. */
function applyMarkers(drafts: DraftEntry[]): void {
  for (const marker of MARKER_ORDER) {
    const explicit = drafts.some((draft) => draft.explicit.has(marker));
    for (const draft of drafts) {
      if (explicit ? draft.explicit.has(marker) : draft.keyword.has(marker))
        draft.entry.markers.push(marker);
    }
  }
}

/**
 * The date of times written without one: a date in the Timeline heading ("Timeline (all times UTC,
 * September 5, 2026)"), else the incident date of the metadata, else a date in the title.
 */
function baseDateOf(context: ExtractContext, heading: string): string | null {
  const year = context.incidentDate ? Number(context.incidentDate.slice(0, 4)) : null;
  const inHeading = findDate(heading, year)?.iso;
  if (inHeading) return inHeading;
  if (context.incidentDate) return context.incidentDate;
  const titleField = context.metadata.fields.title?.value;
  const title =
    typeof titleField === 'string'
      ? titleField
      : context.sections.find((content) => content.section.depth === 1)?.section.title;
  return title ? (findDate(title)?.iso ?? null) : null;
}

function locatedZone(
  context: ExtractContext,
  found: FoundZone | null,
  base: number,
): Located | null {
  if (!found) return null;
  const start = base + found.index;
  return {
    text: found.token,
    span: { start: context.pointAt(start), end: context.pointAt(start + found.token.length) },
  };
}

/** The zone stated for the whole timeline: in its heading, its section, else anywhere in the file. */
function timelineZone(
  context: ExtractContext,
  headingStart: number,
  headingEnd: number,
  sectionEnd: number,
): { zone: string; located: Located } | null {
  const heading = context.source.slice(headingStart, headingEnd);
  const section = context.source.slice(headingEnd, sectionEnd);
  const candidates: Array<[FoundZone | null, number]> = [
    [findZoneStatement(heading) ?? findZoneToken(heading), headingStart],
    [findZoneStatement(section), headingEnd],
    [findZoneStatement(context.source), 0],
  ];
  for (const [found, base] of candidates) {
    const located = locatedZone(context, found, base);
    if (found && located) return { zone: found.zone, located };
  }
  return null;
}

export function extractTimeline(context: ExtractContext): Timeline | null {
  const index = findSectionIndex(
    context.sections.map((content) => content.section),
    SECTION_NAMES.timeline,
  );
  if (index === -1) return null;
  const { section, nodes } = context.sections[index];
  const zone = timelineZone(
    context,
    section.span.start.offset,
    section.span.end.offset,
    section.bodySpan.end.offset,
  );
  const sectionText = context.source.slice(section.span.start.offset, section.bodySpan.end.offset);
  const dayFirst = dayFirstIn(sectionText, !isUsZone(zone?.zone ?? null));
  const reader = new TimelineReader(
    context.source,
    context.pointAt,
    baseDateOf(context, section.title),
    zone?.zone ?? null,
    dayFirst,
  );
  const drafts = reader.read(nodes);
  applyMarkers(drafts);
  return {
    span: section.span,
    format: reader.format ?? 'paragraphs',
    zone: zone?.located ?? null,
    entries: drafts.map((draft) => draft.entry),
  };
}
