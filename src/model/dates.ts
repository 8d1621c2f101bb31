/** Loose calendar-date reading shared by the model extractors. Returns ISO `YYYY-MM-DD` or null. */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number | null {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written exactly as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(+match[1], +match[2], +match[3]) !== null;
}

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/**
 * A year after a day and month's name, 19xx or 20xx: after a comma always ("March 5, 2025:"),
 * else unless a zone follows (`Feb 7 1936 UTC` is a time); never a time's digits (`1506`).
 * Two groups: the year after a comma, the year after a blank.
 */
const YEAR_DIGITS = '(?:19|20)\\d\\d';
const YEAR = `(${YEAR_DIGITS})(?!\\d|:\\d)`;
const YEAR_IN_TEXT = new RegExp(`\\b${YEAR_DIGITS}\\b`);

/** The first year (19xx or 20xx, as a whole word) written in `text`, or null. */
export function findYear(text: string): number | null {
  const found = YEAR_IN_TEXT.exec(text);
  return found ? Number(found[0]) : null;
}
const YEAR_AFTER_DAY = `(?:,[\\s-]*${YEAR}|[\\s-]+${YEAR}(?![ \\t]*(?:UTC|GMT|Z|[A-Z]{2,4}T)\\b))`;

/** How to read a date written without its year or with a two-number order (`01-10-2024`). */
export interface DateReading {
  year: number | null;
  /** True when `01-10-2024` means 1 October (day first), false for 10 January. */
  dayFirst: boolean;
  /** The document's date (ISO): a day and month written without a year are read nearest to it. */
  near?: string | null;
}

/** Of the two readings of `a-b` without a year, the valid one nearest `reading.near`. */
function monthDayNear(a: number, b: number, reading: DateReading): string | null {
  const [first, second] = reading.dayFirst
    ? [
        [b, a],
        [a, b],
      ]
    : [
        [a, b],
        [b, a],
      ];
  const preferred = dateWithYear(undefined, reading, first[0], first[1]);
  const other = dateWithYear(undefined, reading, second[0], second[1]);
  if (preferred === null || other === null || !reading.near) return preferred ?? other;
  const distance = (date: string): number => Math.abs(daysBetween(reading.near as string, date));
  return distance(other) < distance(preferred) ? other : preferred;
}

function dateWithYear(
  year: string | undefined,
  reading: DateReading,
  month: number | null,
  day: number,
): string | null {
  const y = year ? Number(year) : reading.year;
  return y === null || month === null ? null : isoDate(y, month, day);
}

/**
 * The date forms postmortems write, the one table every date reading uses: `2026-02-05`
 * (`/` and `.` too), `05-02-2026` (day or month first, as the document writes them), `3/1/24`,
 * `Feb 5, 2026`
 * / `February 5th` and `5 February 2026` / `5th Feb` (the year may be left out).
 */
const DATE_FORMS: ReadonlyArray<{
  source: string;
  read(match: RegExpExecArray, reading: DateReading): string | null;
  /** Read only where a timestamp starts, never found inside a text. */
  stampOnly?: true;
}> = [
  {
    source: '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)',
    read: (m) => isoDate(+m[1], +m[2], +m[3]),
  },
  {
    source: '(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)',
    read: (m, reading) =>
      reading.dayFirst ? isoDate(+m[3], +m[2], +m[1]) : isoDate(+m[3], +m[1], +m[2]),
  },
  // `3/1/24`, `9/25/20`: a two-digit year, with slashes only (`1.2.24` is more often a version).
  {
    source: '(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])',
    read: (m, reading) =>
      reading.dayFirst ? isoDate(2000 + +m[3], +m[2], +m[1]) : isoDate(2000 + +m[3], +m[1], +m[2]),
  },
  // `10-01 09:45` in a timeline cell: month and day, or day and month, whichever is nearer the
  // document's date, in its year; only with a time after it, where nothing else reads so.
  {
    source: '(\\d{1,2})[-/.](\\d{1,2})(?=[ \\t]+~?\\d{1,2}:[0-5]\\d)',
    read: (m, reading) => monthDayNear(+m[1], +m[2], reading),
    stampOnly: true,
  },
  {
    source: `${MONTH_NAME}\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])${YEAR_AFTER_DAY}?`,
    read: (m, reading) => dateWithYear(m[3] ?? m[4], reading, monthNumber(m[1]), +m[2]),
  },
  {
    source: `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\b\\.?${YEAR_AFTER_DAY}?`,
    read: (m, reading) => dateWithYear(m[3] ?? m[4], reading, monthNumber(m[2]), +m[1]),
  },
];

/** The forms anchored where a timestamp starts (sticky). */
const DATES_AT = DATE_FORMS.map(({ source, read }) => ({
  pattern: new RegExp(source, 'iy'),
  read,
}));
/** The forms anywhere in a text, as whole words. */
const DATES_IN = DATE_FORMS.filter((form) => form.stampOnly !== true).map(({ source, read }) => ({
  pattern: new RegExp(`\\b${source}`, 'i'),
  read,
}));

/** The date written exactly at `index` of `text`, and where it ends; null when none is. */
export function readDateAt(
  text: string,
  index: number,
  reading: DateReading,
): { iso: string; end: number } | null {
  for (const { pattern, read } of DATES_AT) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = read(match, reading);
    if (iso) return { iso, end: index + match[0].length };
  }
  return null;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first calendar date written in `text`; `fallbackYear` completes dates written without one. */
export function findDate(text: string, fallbackYear: number | null = null): FoundDate | null {
  let best: FoundDate | null = null;
  const reading = { year: fallbackYear, dayFirst: false };
  for (const { pattern, read } of DATES_IN) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = read(match, reading);
    if (iso && (best === null || match.index < best.index))
      best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

/** Days from ISO date `a` to ISO date `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The ISO calendar date (UTC) of an instant. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** The ISO date `days` days after `date`, counting only weekdays when `businessDays`. */
export function addDays(date: string, days: number, businessDays = false): string {
  let time = Date.parse(`${date}T00:00:00Z`);
  if (!businessDays) return isoDay(new Date(time + days * DAY_MS));
  for (let left = days; left > 0;) {
    time += DAY_MS;
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return isoDay(new Date(time));
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The one reading of a reference instant (`--now`, the Action's `now` input, the remark plugin's
 * option, a report's `--since` / `--until`): an ISO date-time with its zone, or an ISO date that
 * stands for `at` of that UTC day — noon for "now" (the same calendar day in every time zone), its
 * start, or its end (the next day's start: an inclusive upper bound). Null when unreadable.
 */
export function readInstant(text: string, at: 'noon' | 'start' | 'end' = 'noon'): Date | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) {
    const start = Date.parse(`${trimmed}T00:00:00Z`);
    return new Date(start + (at === 'noon' ? DAY_MS / 2 : at === 'end' ? DAY_MS : 0));
  }
  if (!ISO_DATE_TIME.test(trimmed)) return null;
  const instant = new Date(trimmed);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
