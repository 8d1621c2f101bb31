/**
 * Reading the timestamps of a timeline: times of day (`14:00`, `7:32 PM`, `~15:23`, `12:50:07`),
 * dates (`2021-12-10`, `01-10-2024`, `Feb 5`, `5 February 2026`) and time zones (`UTC`, `PT`,
 * `UTC+2`, `US/Pacific`), and turning them into UTC instants.
 */
import type { Precision } from './types.js';
import { type DateReading } from './dates.js';
/** Canonical name of a zone token: `pdt` → `PDT`, `US/Pacific` → `PT`, `UTC+02:00` → `UTC+2`. */
export declare function resolveZone(token: string): string | null;
/**
 * True for a token written where a zone goes that reads as one but is none we know: an
 * `Area/City` name or a run of capitals ("Europe/Berlinn", "XYZT"), not a word such as "approximate".
 */
export declare function looksLikeZone(token: string): boolean;
/** Minutes east of UTC for a canonical zone name on a date (null for an unknown zone). */
export declare function zoneOffsetMinutes(zone: string, date: string | null, secondsOfDay: number | null): number | null;
/** True for the US zones, whose writers put the month first in numeric dates. */
export declare function isUsZone(zone: string | null): boolean;
export interface FoundZone {
    zone: string;
    /** The zone as written, and its index in the searched text. */
    token: string;
    index: number;
}
/** The first "all times in X" statement naming a zone we know. */
export declare function findZoneStatement(text: string): FoundZone | null;
/**
 * The first "all times in X" statement whose X reads as a zone name but is none we know
 * ("All times in Europe/Berlinn"); its `zone` is the name as written.
 */
export declare function findUnknownZoneStatement(text: string): FoundZone | null;
/** The first zone abbreviation anywhere in `text` (used for headings such as "Timeline (UTC)"). */
export declare function findZoneToken(text: string): FoundZone | null;
/**
 * Whether numeric dates in `text` are written day first: the first date with a part over 12
 * decides; `fallback` when none does.
 */
export declare function dayFirstIn(text: string, fallback: boolean): boolean;
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
/**
 * The timestamp at the start of `text` (after opening markup such as `**` or `[`): a date, a time
 * or both, with an optional zone. Null when the text does not start with one.
 */
export declare function readLeadingStamp(text: string, reading: DateReading): StampRead | null;
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
export declare function readRoughTime(text: string, reading: DateReading): RoughRead | null;
/**
 * The one time of day in the middle of a sentence ("DEPO reported the outage at 12:16 ET on June
 * 16"), read as the sentence's time; null when the text has no such time or more than one.
 */
export declare function readMidSentenceStamp(text: string, reading: DateReading): StampRead | null;
/** Epoch milliseconds of a date and time of day in a zone (UTC when the zone is unknown). */
export declare function instantMs(date: string, secondsOfDay: number | null, zone: string | null): number;
/** `14:05`, `14:05:30` or `2 PM`-style display of a time of day at its precision. */
export declare function formatClock(secondsOfDay: number, precision: Precision): string;
