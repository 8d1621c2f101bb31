/**
 * Reading the timestamps of a timeline: times of day (`14:00`, `7:32 PM`, `~15:23`, `12:50:07`),
 * dates (`2021-12-10`, `01-10-2024`, `Feb 5`, `5 February 2026`) and time zones (`UTC`, `PT`,
 * `UTC+2`, `US/Pacific`), and turning them into UTC instants.
 */
import type { Precision } from './types.js';
import { readDateAt, type DateReading } from './dates.js';

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
  london: 'GMT',
};

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
  const word = cleaned.toLowerCase().split('/').pop() ?? '';
  return ZONE_WORDS[word] ?? null;
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
  if (!offset) return null;
  const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
  return offset[1] === '-' ? -minutes : minutes;
}

/** True for the US zones, whose writers put the month first in numeric dates. */
export function isUsZone(zone: string | null): boolean {
  return zone !== null && /^(?:P|M|C|E)[SD]?T$/.test(zone);
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
  for (const match of text.matchAll(ZONE_STATEMENT)) {
    const zone = resolveZone(match[1]);
    if (zone)
      return {
        zone,
        token: match[1],
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
  for (const match of text.matchAll(pattern)) {
    const zone = resolveZone(match[0]);
    if (zone) return { zone, token: match[0], index: match.index ?? 0 };
  }
  return null;
}

/**
 * Whether numeric dates in `text` are written day first: the first date with a part over 12
 * decides; `fallback` when none does.
 */
export function dayFirstIn(text: string, fallback: boolean): boolean {
  for (const match of text.matchAll(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g)) {
    if (Number(match[1]) > 12) return true;
    if (Number(match[2]) > 12) return false;
  }
  return fallback;
}

const TIME = /(\d{1,2}):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:\s?([ap])\.?m\b\.?)?/iy;
const HOUR_ONLY = /(\d{1,2})\s?([ap])\.?m\b\.?/iy;
const APPROXIMATE = /(?:~|≈|approx\.?\s*|ca\.\s*)/iy;

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
}

function readTime(text: string, index: number): ClockRead | null {
  const at = matchAt(APPROXIMATE, text, index);
  const from = at ? index + at[0].length : index;
  const full = matchAt(TIME, text, from);
  if (full) {
    const hour = clockHour(Number(full[1]), full[4]);
    if (hour === null) return null;
    const seconds = hour * 3600 + Number(full[2]) * 60 + Number(full[3] ?? 0);
    return {
      seconds,
      precision: full[3] ? 'second' : 'minute',
      end: from + full[0].length,
      maybeAfternoon: full[4] === undefined && full[1].length === 1 && hour >= 1,
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
  if (!match) return null;
  const zone = match[2] ? offsetZoneName(match[2], match[3], match[4]) : match[1].toUpperCase();
  return zone ? { zone, end: from + match[0].length } : null;
}

const OPENING = /[\s*_[(]*/y;
const CLOSING = /[\s*_\])]*(?:[-–—:|,.](?!\d)[\s*_]*)?/y;
const DATE_TIME_GAP = /(?:T|[\s,]+|\s*[:@]\s*)(?:(?:at|around)\s+)?/iy;

/**
 * The timestamp at the start of `text` (after opening markup such as `**` or `[`): a date, a time
 * or both, with an optional zone. Null when the text does not start with one.
 */
export function readLeadingStamp(text: string, reading: DateReading): StampRead | null {
  const opening = matchAt(OPENING, text, 0);
  const start = opening ? opening[0].length : 0;
  const date = readDateAt(text, start, reading);
  let end = date ? date.end : start;
  let time = date ? null : readTime(text, end);
  if (date) {
    // `2026-02-05 14:00`, `2026-02-05T14:00Z`, `2021-08-27: At 12:50:07 UTC`.
    const gap = matchAt(DATE_TIME_GAP, text, end);
    time = gap ? readTime(text, end + gap[0].length) : null;
  }
  if (!date && !time) return null;
  if (time) end = time.end;
  const zone = time ? readZone(text, end) : null;
  if (zone) end = zone.end;
  const closing = matchAt(CLOSING, text, end);
  return {
    start,
    end,
    date: date?.iso ?? null,
    secondsOfDay: time?.seconds ?? null,
    precision: time?.precision ?? 'day',
    maybeAfternoon: time?.maybeAfternoon ?? false,
    zone: zone?.zone ?? null,
    rest: end + (closing ? closing[0].length : 0),
  };
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
