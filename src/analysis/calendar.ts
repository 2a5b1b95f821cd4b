/**
 * The working-day calendar of mainland China: weekends and public holidays are off, and the make-up
 * working days (调休) set each year by the State Council are on. Statutory time limits (行政许可法
 * Art. 42–45) are counted in these working days.
 *
 * A year's days come from, in order of preference:
 * 1. the calendar files the user gives (schemas/calendar.schema.json), which add years or change days;
 * 2. the State Council arrangements published by the npm package chinese-days (model/calendar/official.ts);
 * 3. for a year neither covers, an assumption: weekends and the statutory holidays of the current law
 *    (model/calendar/statutory.ts), without make-up working days. Such a year is never refused: every
 *    date computed on it says so (FinishDate.assumed), and the outputs carry a warning.
 * A file's days for a year chinese-days knows change those days only; for a year it does not know, the
 * file's days are the whole arrangement (the days it does not list are ordinary days).
 *
 * Why the package's isWorkday() is not used: chinese-days 1.5.7 builds its tables at import time by
 * parsing "YYYY-M-D" as UTC midnight and formatting it in local time, so west of UTC every entry moves a
 * day earlier (with TZ=America/New_York, isWorkday('2024-09-29') is false and isWorkday('2024-09-28')
 * true). Its JSON holds the same data; the tests check that both agree where the package is reliable.
 * Dates are plain "YYYY-MM-DD" strings and all arithmetic is done in UTC, so no time zone can shift a day.
 */
import { firstDayOfYear, isIsoDate, isWeekend, LAST_DATE, LAST_DAY, toDateString, toDayNumber, yearOf } from '../model/calendar/dates.js';
import { OFFICIAL_RANGE, OFFICIAL_YEARS } from '../model/calendar/official.js';
import { getStatutoryDays } from '../model/calendar/statutory.js';
import type { CalendarFile } from '../model/calendar/types.js';
import type { YearSource } from '../vocabulary/index.js';

export { isIsoDate };

/** Where a year's working days come from: official, official+file, file or assumed (src/vocabulary/calendar.ts). */
export type { YearSource };

/** The dates (YYYY-MM-DD) the bundled official data covers, always whole calendar years. */
export interface CalendarRange {
  /** 1 January of the first covered year, e.g. "2004-01-01". */
  first: string;
  /** 31 December of the last covered year. */
  last: string;
}

/**
 * Thrown when working days counted from a start date would end after LAST_DATE: durations that add up
 * to thousands of years. It is a problem of the input (the start date and the durations), which the
 * commands report as such (cli/input-error.ts), never a bug; it keeps its name and figures across threads.
 */
export class DateBeyondCalendarError extends Error {
  override readonly name = 'DateBeyondCalendarError';
  constructor(
    readonly start: string,
    readonly days: number,
  ) {
    super(`${days} working days from ${start} end after ${LAST_DATE}`);
  }
}

/** When a case taking some working days from a start date finishes. */
export interface FinishDate {
  /** The finishing date (YYYY-MM-DD). */
  date: string;
  /** Calendar days from the start to that date. */
  calendarDays: number;
  /** The first date counted on assumed days (a year no arrangement covers); absent when none was. */
  assumed?: string;
}

/** One year's flags, 1 = working day, from 1 January. */
interface YearTable {
  source: YearSource;
  /** The calendar files that changed or made the year. */
  files: string[];
  /** Day number of 1 January. */
  first: number;
  working: Uint8Array;
}

/**
 * A working-day calendar: the official arrangements, changed and extended by calendar files, with
 * assumed years beyond both. Years are built on first use.
 * @example new WorkCalendar([file2027]).addWorkingDays('2026-12-28', 5)
 */
export class WorkCalendar {
  /** By year, each day a file lists: date → working (true) or off (false), and the files that list days. */
  private readonly listed = new Map<number, { days: Map<string, boolean>; files: string[] }>();
  private readonly tables = new Map<number, YearTable>();

  /**
   * A calendar of `files` applied in order (a later file changes an earlier one) over the official data.
   * The files are kept (`files`), so another thread can build the same calendar from them.
   */
  constructor(readonly files: readonly CalendarFile[] = []) {
    for (const file of files) {
      for (const year of file.years) {
        let entry = this.listed.get(year.year);
        if (!entry) this.listed.set(year.year, (entry = { days: new Map(), files: [] }));
        if (!entry.files.includes(file.file)) entry.files.push(file.file);
        for (const day of year.entries) entry.days.set(day.date, !day.off);
      }
    }
  }

  /**
   * Whether `date` is a working day: weekends and holidays off, 调休 make-up days on.
   * @example DEFAULT_CALENDAR.isWorkingDay('2024-09-29') // true (a Sunday, 调休)
   */
  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /**
   * The date on which a case finishes when it takes `days` working days from `start`, counted as a
   * government service centre counts: the day of application does not count (次日起算, as 行政许可法
   * counts from the day after acceptance), so the result is the date of the `days`-th working day after
   * `start`; 0 days (即办) gives `start` itself, whatever day it is. Fractional days (e.g. 2.5 from 20
   * hours) round up to whole working days, since an unfinished working day still has to be waited out.
   * @example DEFAULT_CALENDAR.addWorkingDays('2024-09-27', 5) // "2024-10-10": 9-29 (调休), 9-30, 10-8, 10-9, 10-10
   */
  addWorkingDays(start: string, days: number): string {
    if (!Number.isFinite(days) || days < 0) {
      throw new Error(`Invalid number of working days ${days} from ${start}: expected a finite number ≥ 0.`);
    }
    let day = toDayNumber(start);
    // Each working day takes a calendar day at least: a count past the last date is refused before it is walked.
    if (day + Math.ceil(days) > LAST_DAY) throw new DateBeyondCalendarError(start, days);
    for (let left = Math.ceil(days); left > 0; ) {
      day += 1;
      if (day > LAST_DAY) throw new DateBeyondCalendarError(start, days);
      if (this.isWorkingDayNumber(day)) left -= 1;
    }
    return toDateString(day);
  }

  /**
   * The finishing date of a case taking `workingDays` working days from `start` (see addWorkingDays),
   * the calendar days the applicant waits, and the first assumed date counted, if any.
   * @example DEFAULT_CALENDAR.finishDate('2026-12-28', 5) // { date: "2027-01-05", calendarDays: 8, assumed: "2027-01-01" }
   */
  finishDate(start: string, workingDays: number): FinishDate {
    const date = this.addWorkingDays(start, workingDays);
    const assumed = this.firstAssumedDate(start, date);
    return { date, calendarDays: calendarDaysBetween(start, date), ...(assumed ? { assumed } : {}) };
  }

  /**
   * Working days after `start` up to `end` included (0 when `end` is not after `start`): how many
   * working days a wait of calendar days holds, e.g. a limit of 30 自然日.
   * @example DEFAULT_CALENDAR.countWorkingDays('2024-09-27', '2024-10-10') // 5
   */
  countWorkingDays(start: string, end: string): number {
    let count = 0;
    for (let day = toDayNumber(start) + 1, last = toDayNumber(end); day <= last; day++) if (this.isWorkingDayNumber(day)) count++;
    return count;
  }

  /**
   * The first date after `start`, up to `end` included, that lies in an assumed year; undefined when
   * every day counted from `start` to `end` comes from an arrangement.
   * @example DEFAULT_CALENDAR.firstAssumedDate('2026-12-10', '2027-02-01') // "2027-01-01" with chinese-days 1.5.7
   */
  firstAssumedDate(start: string, end: string): string | undefined {
    const from = toDayNumber(start) + 1;
    const to = toDayNumber(end);
    for (let year = yearOf(from); from <= to && year <= yearOf(to); year++) {
      if (this.getYearSource(year).source === 'assumed') return toDateString(Math.max(from, firstDayOfYear(year)));
    }
    return undefined;
  }

  /** Where the working days of `year` come from, with the calendar files involved. */
  getYearSource(year: number): { source: YearSource; files: string[] } {
    const { source, files } = this.table(year);
    return { source, files };
  }

  private isWorkingDayNumber(day: number): boolean {
    const table = this.table(yearOf(day));
    return table.working[day - table.first] === 1;
  }

  private table(year: number): YearTable {
    let table = this.tables.get(year);
    if (!table) this.tables.set(year, (table = this.createTable(year)));
    return table;
  }

  private createTable(year: number): YearTable {
    const official = OFFICIAL_YEARS.get(year);
    const listed = this.listed.get(year);
    const state = new Map<string, boolean>();
    if (official) {
      for (const date of official.holidays.keys()) state.set(date, false);
      for (const date of official.workdays.keys()) state.set(date, true);
    } else if (!listed) {
      for (const day of getStatutoryDays(year)) state.set(day.date, false);
    }
    for (const [date, working] of listed?.days ?? []) state.set(date, working);
    const first = firstDayOfYear(year);
    const working = new Uint8Array(firstDayOfYear(year + 1) - first);
    for (let i = 0; i < working.length; i++) {
      const flag = state.get(toDateString(first + i));
      working[i] = (flag ?? !isWeekend(first + i)) ? 1 : 0;
    }
    const source: YearSource = official ? (listed ? 'official+file' : 'official') : listed ? 'file' : 'assumed';
    return { source, files: listed?.files ?? [], first, working };
  }
}

/** The calendar of the official arrangements alone (assumed beyond them), for callers given no files. */
export const DEFAULT_CALENDAR = new WorkCalendar();

/** The dates the bundled official data covers, e.g. { first: "2004-01-01", last: "2026-12-31" } for chinese-days 1.5.7. */
export function calendarRange(): CalendarRange {
  return { first: `${OFFICIAL_RANGE.first}-01-01`, last: `${OFFICIAL_RANGE.last}-12-31` };
}

/**
 * Whether `date` is a working day on `calendar` (the official arrangements by default).
 * @example isWorkingDay('2024-10-01') // false (国庆); isWorkingDay('2024-09-29') // true (a Sunday, 调休)
 */
export function isWorkingDay(date: string, calendar: WorkCalendar = DEFAULT_CALENDAR): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * The date of the `days`-th working day after `start` on `calendar` (see WorkCalendar.addWorkingDays).
 * @example addWorkingDays('2024-09-27', 5) // "2024-10-10"
 */
export function addWorkingDays(start: string, days: number, calendar: WorkCalendar = DEFAULT_CALENDAR): string {
  return calendar.addWorkingDays(start, days);
}

/**
 * The finishing date and calendar days of a case taking `workingDays` from `start` on `calendar`.
 * @example finishDate('2024-09-27', 5) // { date: "2024-10-10", calendarDays: 13 }
 */
export function finishDate(start: string, workingDays: number, calendar: WorkCalendar = DEFAULT_CALENDAR): FinishDate {
  return calendar.finishDate(start, workingDays);
}

/**
 * Calendar days from `start` to `end` (negative when `end` is earlier); any dates.
 * @example calendarDaysBetween('2024-09-27', '2024-10-10') // 13
 */
export function calendarDaysBetween(start: string, end: string): number {
  return toDayNumber(end) - toDayNumber(start);
}
