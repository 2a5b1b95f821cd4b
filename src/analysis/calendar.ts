/**
 * The official working-day calendar of mainland China: weekends and public holidays are off, and the
 * make-up working days (调休) set each year by the State Council are on. Statutory time limits
 * (行政许可法 Art. 42–45) are counted in these working days.
 *
 * The data are the State Council arrangements published by the npm package chinese-days, read from its
 * documented JSON file (dist/chinese-days.json) with the package's own rule: a day is a working day when it
 * is listed as a working day, or falls Monday–Friday and is not listed as a holiday.
 * Why not call the package's isWorkday(): chinese-days 1.5.7 builds its tables at import time by parsing
 * "YYYY-M-D" as UTC midnight and formatting it in local time, so west of UTC every entry moves a day earlier
 * (with TZ=America/New_York, isWorkday('2024-09-29') is false and isWorkday('2024-09-28') true).
 * The JSON holds the same data, built once; the tests check that both agree where the package is reliable.
 * Dates are plain "YYYY-MM-DD" strings and all arithmetic is done in UTC, so no time zone can shift a day.
 */
import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/** The dates (YYYY-MM-DD) the official holiday data covers, always whole calendar years. */
export interface CalendarRange {
  /** 1 January of the first covered year, e.g. "2004-01-01". */
  first: string;
  /** 31 December of the last covered year. */
  last: string;
}

/** A date outside the covered years: whether it is a working day cannot be known. */
export class CalendarRangeError extends Error {
  /** The date that fell outside the range (YYYY-MM-DD). */
  readonly date: string;
  /** The range the official data covers. */
  readonly range: CalendarRange;

  constructor(date: string, range: CalendarRange) {
    super(
      `Date ${date} is outside the official holiday calendar, which covers ${range.first.slice(0, 4)}–` +
        `${range.last.slice(0, 4)} (${range.first} to ${range.last}). ` +
        'Use a date in those years, or update the chinese-days package once the State Council publishes a new year.',
    );
    this.name = 'CalendarRangeError';
    this.date = date;
    this.range = range;
  }
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a valid "YYYY-MM-DD" string; throws a programmer error otherwise. */
function toDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const time = new Date(0);
    time.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    const day = time.getTime() / DAY_MS;
    if (toDateString(day) === date) return day;
  }
  throw new Error(`Invalid date ${JSON.stringify(date)}: expected a real calendar date written YYYY-MM-DD, e.g. "2024-10-08".`);
}

/** Whether `date` is a real calendar date written YYYY-MM-DD (covered by the data or not). */
export function isIsoDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** The "YYYY-MM-DD" string of a day number. */
function toDateString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** One flag per covered day (1 = working day), built once from the package data. */
function createTable(): { range: CalendarRange; firstDay: number; working: Uint8Array } {
  const holidays: Readonly<Record<string, string>> = official.holidays;
  const workdays: Readonly<Record<string, string>> = official.workdays;
  const years = [...Object.keys(holidays), ...Object.keys(workdays)].map((date) => Number(date.slice(0, 4)));
  const range = { first: `${Math.min(...years)}-01-01`, last: `${Math.max(...years)}-12-31` };
  const firstDay = toDayNumber(range.first);
  const working = new Uint8Array(toDayNumber(range.last) - firstDay + 1);
  for (let i = 0; i < working.length; i++) {
    const date = toDateString(firstDay + i);
    const weekday = new Date((firstDay + i) * DAY_MS).getUTCDay();
    const isWorking = Object.hasOwn(workdays, date) || (weekday >= 1 && weekday <= 5 && !Object.hasOwn(holidays, date));
    working[i] = isWorking ? 1 : 0;
  }
  return { range, firstDay, working };
}

const TABLE = createTable();

/** Whether day number `day` is a working day; throws CalendarRangeError outside the covered years. */
function isWorkingDayNumber(day: number): boolean {
  const flag = TABLE.working[day - TABLE.firstDay];
  if (flag === undefined) throw new CalendarRangeError(toDateString(day), calendarRange());
  return flag === 1;
}

/** The dates the official data covers, e.g. { first: "2004-01-01", last: "2026-12-31" } for chinese-days 1.5.7. */
export function calendarRange(): CalendarRange {
  return { ...TABLE.range };
}

/**
 * Whether `date` is an official working day: weekends and public holidays off, 调休 make-up days on.
 * Throws CalendarRangeError outside calendarRange().
 * @example isWorkingDay('2024-10-01') // false (国庆); isWorkingDay('2024-09-29') // true (a Sunday, 调休)
 */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

/**
 * The date on which a case finishes when it takes `days` working days from `start`, counted as a government
 * service centre counts: the day of application does not count (次日起算, as 行政许可法 counts from the day after
 * acceptance), so the result is the date of the `days`-th working day after `start`; 0 days (即办) gives
 * `start` itself, whatever day it is. Fractional days (e.g. 2.5 from 20 hours) round up to whole working days
 * (Math.ceil), since an unfinished working day still has to be waited out. Throws CalendarRangeError when the
 * count runs outside the covered years.
 * @example addWorkingDays('2024-09-27', 5) // "2024-10-10": 9-29 (调休), 9-30, 10-8, 10-9, 10-10
 */
export function addWorkingDays(start: string, days: number): string {
  if (!Number.isFinite(days) || days < 0) {
    throw new Error(`Invalid number of working days ${days} from ${start}: expected a finite number ≥ 0.`);
  }
  let day = toDayNumber(start);
  isWorkingDayNumber(day); // a start outside the covered years is an error even for 0 days
  for (let left = Math.ceil(days); left > 0; ) {
    day += 1;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return toDateString(day);
}

/**
 * Calendar days from `start` to `end` (negative when `end` is earlier); any dates, not only covered ones.
 * @example calendarDaysBetween('2024-09-27', '2024-10-10') // 13
 */
export function calendarDaysBetween(start: string, end: string): number {
  return toDayNumber(end) - toDayNumber(start);
}

/**
 * The finishing date of a case taking `workingDays` working days from `start` (see addWorkingDays), with the
 * calendar days the applicant waits from `start` to that date.
 * @example finishDate('2024-09-27', 5) // { date: "2024-10-10", calendarDays: 13 }
 */
export function finishDate(start: string, workingDays: number): { date: string; calendarDays: number } {
  const date = addWorkingDays(start, workingDays);
  return { date, calendarDays: calendarDaysBetween(start, date) };
}
