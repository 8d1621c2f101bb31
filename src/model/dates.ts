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

export function monthNumber(name: string): number | null {
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

const DATE_PATTERNS: Array<{
  pattern: RegExp;
  read(m: RegExpExecArray, fallbackYear: number | null): string | null;
}> = [
  // 2026-02-05, 2026/02/05
  { pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/, read: (m) => isoDate(+m[1], +m[2], +m[3]) },
  // February 5, 2026 / Feb 5 2026 / Feb 5th
  {
    pattern: new RegExp(
      `\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
      'i',
    ),
    read: (m, year) => {
      const y = m[3] ? +m[3] : year;
      const month = monthNumber(m[1]);
      return y === null || month === null ? null : isoDate(y, month, +m[2]);
    },
  },
  // 5 February 2026 / 5th Feb
  {
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?(?:,?\\s+(\\d{4}))?\\b`,
      'i',
    ),
    read: (m, year) => {
      const y = m[3] ? +m[3] : year;
      const month = monthNumber(m[2]);
      return y === null || month === null ? null : isoDate(y, month, +m[1]);
    },
  },
];

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first calendar date written in `text`; `fallbackYear` completes dates written without one. */
export function findDate(text: string, fallbackYear: number | null = null): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = read(match, fallbackYear);
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
