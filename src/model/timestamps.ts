/**
 * Reading the timestamps of a timeline: times of day (`14:00`, `7:32 PM`, `~15:23`, `12:50:07`),
 * dates (`2021-12-10`, `01-10-2024`, `Feb 5`, `5 February 2026`) and time zones (`UTC`, `PT`,
 * `UTC+2`, `US/Pacific`), and turning them into UTC instants.
 */
import type { Precision } from './types.js';
import { readDateAt, type DateReading } from './dates.js';
import { allMatches } from '../text/matches.js';

/** Fixed offsets (minutes east of UTC) of the zone abbreviations postmortems use. */
const FIXED_ZONES: Record<string, number> = {
  UTC: 0,
  UT: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  WEST: 60,
  CEST: 120,
  EET: 120,
  SAST: 120,
  EEST: 180,
  IST: 330,
  SGT: 480,
  HKT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
};

/** US zones written without S/D: standard offset, daylight saving applied by date. */
const US_ZONES: Record<string, number> = { PT: -480, MT: -420, CT: -360, ET: -300 };

/** Region names (`US/Pacific`, `America/New_York`, `Pacific`) mapped to a zone above. */
const ZONE_WORDS: Record<string, string> = {
  pacific: 'PT',
  los_angeles: 'PT',
  mountain: 'MT',
  denver: 'MT',
  central: 'CT',
  chicago: 'CT',
  eastern: 'ET',
  new_york: 'ET',
  utc: 'UTC',
  london: 'Europe/London',
};

/** Standard/daylight pairs written together ("PST/PDT", "GMT/BST"): the zone that switches. */
const ZONE_PAIRS: Record<string, string> = {
  'PST/PDT': 'PT',
  'MST/MDT': 'MT',
  'CST/CDT': 'CT',
  'EST/EDT': 'ET',
  'GMT/BST': 'Europe/London',
  'CET/CEST': 'Europe/Paris',
  'EET/EEST': 'Europe/Helsinki',
  'AEST/AEDT': 'Australia/Sydney',
  'NZST/NZDT': 'Pacific/Auckland',
};

/** Formatters by IANA zone name; null for a name `Intl` does not know. Bounded: names come from files. */
const ianaFormatters = new Map<string, Intl.DateTimeFormat | null>();

function ianaFormatter(name: string): Intl.DateTimeFormat | null {
  let formatter = ianaFormatters.get(name);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    if (ianaFormatters.size >= 1000) ianaFormatters.clear();
    ianaFormatters.set(name, formatter);
  }
  return formatter;
}

/** The canonical IANA name (`europe/berlin` → `Europe/Berlin`) of an `Area/City` token, if real. */
function ianaZone(token: string): string | null {
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(token)) return null;
  return ianaFormatter(token)?.resolvedOptions().timeZone ?? null;
}

/** Minutes east of UTC of an IANA zone at an instant. */
function ianaOffsetAt(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const local = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** Offset of an IANA zone for a wall-clock time there (daylight saving included). */
function ianaOffsetMinutes(
  formatter: Intl.DateTimeFormat,
  date: string,
  secondsOfDay: number,
): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + secondsOfDay * 1000;
  // The offset at the wall time read as UTC, then at the instant that gives: right but for the
  // hour a clock change skips or repeats.
  const first = ianaOffsetAt(formatter, wall);
  return ianaOffsetAt(formatter, wall - first * 60_000);
}

const ZONE_ABBREVIATIONS = [...Object.keys(FIXED_ZONES), ...Object.keys(US_ZONES)]
  .filter((zone) => zone !== 'Z')
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A zone as written after a time or in a heading: `UTC`, `(PDT)`, `UTC+5:30`, `GMT-7`. */
const ZONE_TOKEN = new RegExp(
  `\\(?\\b(${ZONE_ABBREVIATIONS})(?:\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?)?(?![\\w])\\)?`,
  'y',
);

/** Canonical name of a zone token: `pdt` → `PDT`, `US/Pacific` → `PT`, `UTC+02:00` → `UTC+2`. */
export function resolveZone(token: string): string | null {
  const cleaned = token.replace(/^[(+]+|[).,;:]+$/g, '');
  const upper = cleaned.toUpperCase();
  if (upper in FIXED_ZONES || upper in US_ZONES) return upper;
  const offset = /^(UTC|GMT)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?$/i.exec(cleaned);
  if (offset) return offsetZoneName(offset[2], offset[3], offset[4]);
  if (upper in ZONE_PAIRS) return ZONE_PAIRS[upper];
  const word = cleaned.toLowerCase().split('/').pop() ?? '';
  return ZONE_WORDS[word] ?? ianaZone(cleaned);
}

/**
 * True for a token written where a zone goes that reads as one but is none we know: an
 * `Area/City` name or a run of capitals ("Europe/Berlinn", "XYZT"), not a word such as "approximate".
 */
export function looksLikeZone(token: string): boolean {
  const cleaned = token.replace(/^[(+]+|[).,;:]+$/g, '');
  return /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(cleaned) || /^[A-Z]{2,5}$/.test(cleaned);
}

function offsetZoneName(sign: string, hours: string, minutes: string | undefined): string | null {
  if (Number(hours) > 14 || (minutes !== undefined && Number(minutes) > 59)) return null;
  const tail = minutes && minutes !== '00' ? `:${minutes}` : '';
  return `UTC${sign}${Number(hours)}${tail}`;
}

/** nth Sunday (1-based) of a month, as a day of the month. */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

/** US daylight saving (since 2007): 2nd Sunday of March 02:00 to 1st Sunday of November 02:00. */
function usDaylightSaving(date: string, secondsOfDay: number): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const start = nthSunday(year, 3, 2);
  const end = nthSunday(year, 11, 1);
  const afterStart =
    month > 3 || (month === 3 && (day > start || (day === start && secondsOfDay >= 7200)));
  const beforeEnd =
    month < 11 || (month === 11 && (day < end || (day === end && secondsOfDay < 3600)));
  return afterStart && beforeEnd;
}

/** Minutes east of UTC for a canonical zone name on a date (null for an unknown zone). */
export function zoneOffsetMinutes(
  zone: string,
  date: string | null,
  secondsOfDay: number | null,
): number | null {
  if (zone in FIXED_ZONES) return FIXED_ZONES[zone];
  if (zone in US_ZONES) {
    const standard = US_ZONES[zone];
    return date !== null && usDaylightSaving(date, secondsOfDay ?? 43_200)
      ? standard + 60
      : standard;
  }
  const offset = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/.exec(zone);
  if (!offset) {
    const formatter = zone.includes('/') ? ianaFormatter(zone) : null;
    if (!formatter) return null;
    // Without a date, the offset on a day in January: standard time north of the equator.
    return ianaOffsetMinutes(formatter, date ?? '2001-01-15', secondsOfDay ?? 43_200);
  }
  const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
  return offset[1] === '-' ? -minutes : minutes;
}

/** True for the US zones, whose writers put the month first in numeric dates. */
export function isUsZone(zone: string | null): boolean {
  return zone !== null && (/^(?:P|M|C|E)[SD]?T$/.test(zone) || /^(?:US|America)\//.test(zone));
}

/** A zone stated for a whole timeline: "All times in UTC", "all times PST", "Times are in PT". */
const ZONE_STATEMENT =
  /\b(?:all\s+times?|times?\s+(?:are\s+)?(?:(?:given|shown|listed)\s+)?in)\s+(?:are\s+)?(?:in\s+)?(?:the\s+)?([A-Za-z][\w/]*(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?)/gi;

export interface FoundZone {
  zone: string;
  /** The zone as written, and its index in the searched text. */
  token: string;
  index: number;
}

/** The first "all times in X" statement naming a zone we know. */
export function findZoneStatement(text: string): FoundZone | null {
  return zoneStatement(text, true);
}

/**
 * The first "all times in X" statement whose X reads as a zone name but is none we know
 * ("All times in Europe/Berlinn"); its `zone` is the name as written.
 */
export function findUnknownZoneStatement(text: string): FoundZone | null {
  return zoneStatement(text, false);
}

function zoneStatement(text: string, known: boolean): FoundZone | null {
  for (const match of allMatches(ZONE_STATEMENT, text)) {
    const zone = resolveZone(match[1]);
    if (known ? zone === null : zone !== null || !looksLikeZone(match[1])) continue;
    const token = match[1].replace(/[).,;:]+$/, '');
    return {
      zone: zone ?? token,
      token,
      index: (match.index ?? 0) + match[0].length - match[1].length,
    };
  }
  return null;
}

/** The first zone abbreviation anywhere in `text` (used for headings such as "Timeline (UTC)"). */
export function findZoneToken(text: string): FoundZone | null {
  const pattern = new RegExp(
    `\\b(${ZONE_ABBREVIATIONS})(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?(?![\\w])`,
    'g',
  );
  for (const match of allMatches(pattern, text)) {
    const zone = resolveZone(match[0]);
    if (zone) return { zone, token: match[0], index: match.index ?? 0 };
  }
  // "Timeline (Europe/Berlin)"
  for (const match of allMatches(/\b[A-Z][a-z]+(?:\/[A-Za-z_]+)+/g, text)) {
    const zone = ianaZone(match[0]);
    if (zone) return { zone, token: match[0], index: match.index ?? 0 };
  }
  return null;
}

/**
 * Whether numeric dates in `text` are written day first: the first date with a part over 12
 * decides; `fallback` when none does.
 */
export function dayFirstIn(text: string, fallback: boolean): boolean {
  for (const match of allMatches(/\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})\b/g, text)) {
    // A two-digit year only with slashes (`3/1/24`), as the dates read it.
    if (match[4].length === 2 && match[2] !== '/') continue;
    if (Number(match[1]) > 12) return true;
    if (Number(match[3]) > 12) return false;
  }
  return fallback;
}

// `11:21a`, `12:28p`: a bare a/p right after the minutes is AM/PM too.
const TIME =
  /(\d{1,2}):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:\s?([ap])\.?m\b\.?|([ap])(?![a-z0-9]))?/iy;
const HOUR_ONLY = /(\d{1,2})\s?([ap])\.?m\b\.?/iy;
/** `4.52pm`: a dot between hour and minutes, only with AM/PM (else it is a number or a version). */
const DOTTED_TIME = /(\d{1,2})\.([0-5]\d)\s?([ap])\.?m\b\.?/iy;
const APPROXIMATE = /(?:~|≈|±\s?|approx\.?\s*|ca\.\s*)/iy;

/** A timestamp read at the start of a line or cell. Indexes are into the text that was read. */
export interface StampRead {
  start: number;
  end: number;
  date: string | null;
  secondsOfDay: number | null;
  precision: Precision;
  zone: string | null;
  /** Where the event text starts (after the stamp, its closing markup and a separator). */
  rest: number;
  /** A one-digit hour without AM/PM (`1:05`): on a 12-hour clock it may be 13:05. */
  maybeAfternoon: boolean;
  /** The end of a range (`11:57-12:08`), as written: the clock has reached it. */
  untilSeconds: number | null;
  /** `10:44` without AM/PM or a leading zero: 22:44 too, once a timeline is read on a 12-hour clock. */
  bareHour: boolean;
}

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

interface ClockRead {
  seconds: number;
  precision: Precision;
  end: number;
  /** `1:05` (one-digit hour, no AM/PM): a 12-hour clock may mean 13:05. */
  maybeAfternoon: boolean;
  bareHour: boolean;
}

function readTime(text: string, index: number): ClockRead | null {
  const at = matchAt(APPROXIMATE, text, index);
  const from = at ? index + at[0].length : index;
  const full = matchAt(TIME, text, from);
  if (full) {
    const meridiem = full[4] ?? full[5];
    const hour = clockHour(Number(full[1]), meridiem);
    if (hour === null) return null;
    const seconds = hour * 3600 + Number(full[2]) * 60 + Number(full[3] ?? 0);
    return {
      seconds,
      precision: full[3] ? 'second' : 'minute',
      end: from + full[0].length,
      maybeAfternoon: meridiem === undefined && full[1].length === 1 && hour >= 1,
      bareHour: meridiem === undefined && full[1][0] !== '0' && hour >= 1 && hour <= 11,
    };
  }
  const dotted = matchAt(DOTTED_TIME, text, from);
  if (dotted) {
    const hour = clockHour(Number(dotted[1]), dotted[3]);
    if (hour === null) return null;
    return {
      seconds: hour * 3600 + Number(dotted[2]) * 60,
      precision: 'minute',
      end: from + dotted[0].length,
      maybeAfternoon: false,
      bareHour: false,
    };
  }
  const hourOnly = matchAt(HOUR_ONLY, text, from);
  if (!hourOnly) return null;
  const hour = clockHour(Number(hourOnly[1]), hourOnly[2]);
  if (hour === null) return null;
  return {
    seconds: hour * 3600,
    precision: 'hour',
    end: from + hourOnly[0].length,
    maybeAfternoon: false,
    bareHour: false,
  };
}

/**
 * `0616` right after a date and before a separator or a zone (`2024-03-12 0616: …`): hours and
 * minutes without a colon. Anywhere else four digits are a number ("2024-03-12 1500 users").
 */
const COMPACT_TIME = /([01]\d|2[0-3])([0-5]\d)(?=[ \t]*(?:[:|–—-]|UTC\b|GMT\b|Z\b|[A-Z]{2,4}T\b))/y;

/** `1936 UTC:` with no date before it: four digits are a time only when a zone follows. */
const ZONED_COMPACT_TIME = /([01]\d|2[0-3])([0-5]\d)(?=[ \t]*(?:UTC|GMT|Z|[A-Z]{2,4}T)\b)/y;

function readCompactTime(text: string, index: number, pattern = COMPACT_TIME): ClockRead | null {
  const compact = matchAt(pattern, text, index);
  if (!compact) return null;
  return {
    seconds: Number(compact[1]) * 3600 + Number(compact[2]) * 60,
    precision: 'minute',
    end: index + compact[0].length,
    maybeAfternoon: false,
    bareHour: false,
  };
}

/** 24-hour hour of a clock reading; `meridiem` is `a`/`p` for 12-hour times. */
function clockHour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
}

function readZone(text: string, index: number): { zone: string; end: number } | null {
  if (text[index] === 'Z' && !/\w/.test(text[index + 1] ?? ''))
    return { zone: 'UTC', end: index + 1 };
  const spaced = /[ \t]?/y;
  const gap = matchAt(spaced, text, index);
  const from = index + (gap ? gap[0].length : 0);
  const match = matchAt(ZONE_TOKEN, text, from);
  if (!match) {
    // "7:09 AM Eastern"
    const word = matchAt(US_ZONE_WORD, text, from);
    return word ? { zone: ZONE_WORDS[word[1].toLowerCase()], end: from + word[0].length } : null;
  }
  const zone = match[2] ? offsetZoneName(match[2], match[3], match[4]) : match[1].toUpperCase();
  return zone ? { zone, end: from + match[0].length } : null;
}

/** Markup before a stamp (`**`, `` ` ``, `[`), "At" of a sentence, a weekday ("Monday 17 March"). */
const US_ZONE_WORD = /(Pacific|Mountain|Central|Eastern)(?![\w])/y;
// "After 02:10": a heading or line that times what follows from a moment on.
const OPENING =
  /[\s*_[(`]*(?:(?:at|around|after|from|since)\s+(?=~?\d))?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?=\d|[a-z]{3}))?/iy;
const CLOSING = /[\s*_\])`]*(?:[-–—:|,.](?!\d)[\s*_`]*)?/y;
/** A date after the time ("At 11:03 UTC on Sept 2nd 2025, …"). */
const ON_DATE = /,?\s+on\s+/iy;
// `2023-08-15 @ 08:02`: the spaced separators first, so a space alone does not end the gap.
const DATE_TIME_GAP = /(?:\s*[:@/]\s*|T|[\s,]+)(?:(?:at|around)\s+)?/iy;
/** The end of a range after its start (`12:43 - 12:49`, `17:45-18:45`): part of the stamp. */
const RANGE_TO = /\s*(?:[-–—]|to|until)\s*/iy;

/** Any leap year: it reads every month and day, 29 February included. */
const LEAP_YEAR = 2000;

/**
 * The timestamp at the start of `text` (after opening markup such as `**` or `[`): a date, a time
 * or both, with an optional zone. Null when the text does not start with one.
 */
export function readLeadingStamp(text: string, reading: DateReading): StampRead | null {
  const opening = matchAt(OPENING, text, 0);
  const start = opening ? opening[0].length : 0;
  const date = readDateAt(text, start, reading);
  // A day written without its year in a document that names none ("August 23rd, 11:59"): its
  // time is still read, undated (any leap year reads the day; the date itself is dropped).
  const yearless =
    date === null && reading.year === null
      ? readDateAt(text, start, { ...reading, year: LEAP_YEAR })
      : null;
  const day = date ?? yearless;
  let end = day ? day.end : start;
  let time = day ? null : (readTime(text, end) ?? readCompactTime(text, end, ZONED_COMPACT_TIME));
  if (day) {
    // `2026-02-05 14:00`, `2026-02-05T14:00Z`, `2021-08-27: At 12:50:07 UTC`, `2024-03-12 0616`,
    // `Feb 7 1506 UTC` (the date reading took "2025" in "March 5, 2025:" as the year already).
    const gap = matchAt(DATE_TIME_GAP, text, end);
    time = gap
      ? (readTime(text, end + gap[0].length) ?? readCompactTime(text, end + gap[0].length))
      : null;
  }
  if (yearless && !time) return null;
  if (!date && !time) return null;
  if (time) end = time.end;
  let zone = time ? readZone(text, end) : null;
  if (zone) end = zone.end;
  const to = time ? matchAt(RANGE_TO, text, end) : null;
  const until = to ? readTime(text, end + to[0].length) : null;
  if (until) {
    end = until.end;
    const endZone = readZone(text, end);
    if (endZone) end = endZone.end;
    zone ??= endZone;
  }
  let after = null;
  if (time && !date) {
    const on = matchAt(ON_DATE, text, end);
    after = on ? readDateAt(text, end + on[0].length, reading) : null;
    if (after) end = after.end;
  }
  const closing = matchAt(CLOSING, text, end);
  return {
    start,
    end,
    date: date?.iso ?? after?.iso ?? null,
    secondsOfDay: time?.seconds ?? null,
    precision: time?.precision ?? 'day',
    maybeAfternoon: time?.maybeAfternoon ?? false,
    untilSeconds: until?.seconds ?? null,
    bareHour: time?.bareHour ?? false,
    zone: zone?.zone ?? null,
    rest: end + (closing ? closing[0].length : 0),
  };
}

/** A time the authors mark as unknown: `[???]`, `??:??`, `--:--`, `2023-MM-DD`, `2023-07-XX`. */
const UNKNOWN_TIME =
  /(?:\?{2,}(?::\?{2})?|--:--|\d{4}-(?:MM|XX|\?\?|\d{2})-(?:DD|XX|\?\?))(?![\w?])(?:\[\^[^\]\s]{1,20}\])?\]?/y;
/** A month without a day: `Jul 2024`, `July 2024`, `2024-07`. */
const MONTH_ONLY =
  /(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+\d{4}|\d{4}-(?:0[1-9]|1[0-2]))(?![\d/.-])/iy;
/** Two dates of a span ("Between 2023-07-10 to 2023-07-16", "2023-07-10 – 2023-07-16"). */
const SPAN_OPENING = /(?:between|from)\s+/iy;
const SPAN_TO = /\s*(?:[-–—]|to|and|until|through)\s*/iy;
/** Days counted in business days ("[+2 Business Days Later]"): no calendar date follows from them. */
const BUSINESS_DAYS = /\+\s*\d{1,3}\s*(?:business|working)\s+days?\b(?:\s+later)?\]?/iy;

/** A part of the day before a date: "Early morning July 12th, 2018", "Evening of 2024-03-01". */
const PART_OF_DAY =
  /(?:(?:early|late|mid)[\s-]+)?(?:morning|afternoon|evening|night)(?:\s+of)?,?\s+(?=\d|[a-z]{3})/iy;
/**
 * A label for a time before the events that could not be known: "Before the incident:", "Days
 * earlier —". Only as a label, a separator after it.
 */
const BEFORE_EVENTS =
  /(?:(?:shortly|just|some\s+time|(?:hours|days|weeks|months)|long)\s+)?(?:(?:before|prior\s+to)\s+(?:the\s+)?(?:incident|outage|attack|breach|event|events|disclosure)|before(?:hand)?|earlier)(?=[\s*_]*(?:[:–—]|-\s|$))/iy;

/** A time given as coarser than a time of day, on purpose: where it stands in the text read. */
export interface RoughRead {
  start: number;
  end: number;
  /** Where the event text starts. */
  rest: number;
}

/**
 * A leading time the authors could not know more finely: an unknown (`[???]`, `2023-MM-DD`,
 * "Before the incident:"), a part of a day ("Early morning July 12th, 2018"), a span of days, a
 * month (`Jul 2024`) or an offset in business days. Null for any other text,
 * a plain date or time included (those are {@link readLeadingStamp}'s).
 */
export function readRoughTime(text: string, reading: DateReading): RoughRead | null {
  const opening = matchAt(OPENING, text, 0);
  const start = opening ? opening[0].length : 0;
  let end = -1;
  const unknown =
    matchAt(UNKNOWN_TIME, text, start) ??
    matchAt(BUSINESS_DAYS, text, start) ??
    matchAt(BEFORE_EVENTS, text, start);
  if (unknown) end = start + unknown[0].length;
  const part = end === -1 ? matchAt(PART_OF_DAY, text, start) : null;
  const partDate = part ? readDateAt(text, start + part[0].length, reading) : null;
  if (partDate) end = partDate.end;
  const month = end === -1 ? matchAt(MONTH_ONLY, text, start) : null;
  if (month) end = start + month[0].length;
  if (end === -1) {
    const between = matchAt(SPAN_OPENING, text, start);
    const from = start + (between ? between[0].length : 0);
    const first = readDateAt(text, from, reading);
    const to = first ? matchAt(SPAN_TO, text, first.end) : null;
    const last = to && first ? readDateAt(text, first.end + to[0].length, reading) : null;
    // A time after the second date ("2023-07-10 to 2023-07-16 14:00") is no longer a span of days.
    if (!last || /^[\sT@,]*\d{1,2}:\d{2}/.test(text.slice(last.end))) return null;
    end = last.end;
  }
  const closing = matchAt(CLOSING, text, end);
  return { start, end, rest: end + (closing ? closing[0].length : 0) };
}

/** A time of day anywhere in a sentence: `12:16`, `1:00 PM`, `4 pm`. */
const ANY_CLOCK = /\b\d{1,2}:[0-5]\d(?:\s?[ap]\.?m\b)?|\b\d{1,2}\s?[ap]\.?m\b/gi;
/** What puts a time of day in the middle of a sentence: "… at 12:16 ET", "at approximately 1:00 PM". */
const CLOCK_PREPOSITION =
  /\b(?:at|around|by)\s+(?:approximately\s+|approx\.\s*|about\s+|roughly\s+|~)?$/i;

/**
 * The one time of day in the middle of a sentence ("DEPO reported the outage at 12:16 ET on June
 * 16"), read as the sentence's time; null when the text has no such time or more than one.
 */
export function readMidSentenceStamp(text: string, reading: DateReading): StampRead | null {
  const clocks = allMatches(ANY_CLOCK, text);
  if (clocks.length !== 1) return null;
  const index = clocks[0].index ?? 0;
  if (!CLOCK_PREPOSITION.test(text.slice(Math.max(0, index - 40), index))) return null;
  const stamp = readLeadingStamp(text.slice(index), reading);
  if (!stamp || stamp.secondsOfDay === null) return null;
  // The sentence stays the event text: nothing of it is cut as a leading stamp.
  return { ...stamp, start: index + stamp.start, end: index + stamp.end, rest: 0 };
}

/** Epoch milliseconds of a date and time of day in a zone (UTC when the zone is unknown). */
export function instantMs(date: string, secondsOfDay: number | null, zone: string | null): number {
  const offset = zone === null ? 0 : (zoneOffsetMinutes(zone, date, secondsOfDay) ?? 0);
  return Date.parse(`${date}T00:00:00Z`) + ((secondsOfDay ?? 0) - offset * 60) * 1000;
}

/** `14:05`, `14:05:30` or `2 PM`-style display of a time of day at its precision. */
export function formatClock(secondsOfDay: number, precision: Precision): string {
  const hours = String(Math.floor(secondsOfDay / 3600)).padStart(2, '0');
  const minutes = String(Math.floor((secondsOfDay % 3600) / 60)).padStart(2, '0');
  if (precision === 'second')
    return `${hours}:${minutes}:${String(secondsOfDay % 60).padStart(2, '0')}`;
  return `${hours}:${minutes}`;
}
