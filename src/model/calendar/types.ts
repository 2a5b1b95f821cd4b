/** The calendar's data: one year's arrangement of days off and make-up working days, wherever it comes from. */
import type { Span } from '../diagnostic.js';

/**
 * One year's arrangement (放假调休安排): the days off (放假) and the make-up working days (调休上班),
 * each with the name of the holiday it belongs to when known. Days listed in neither follow the
 * weekend rule (Monday–Friday work, Saturday and Sunday off).
 */
export interface YearArrangement {
  /** The calendar year. */
  year: number;
  /** Days off, date → holiday name (e.g. "春节"). */
  holidays: ReadonlyMap<string, string | undefined>;
  /** Make-up working days, date → holiday name. */
  workdays: ReadonlyMap<string, string | undefined>;
}

/** One day as a calendar file lists it, with its place in the file. */
export interface CalendarFileDay {
  /** The date (YYYY-MM-DD). */
  date: string;
  /** The holiday's name, when written. */
  name?: string;
  /** Where the entry stands in the file. */
  span: Span;
}

/** One year of a calendar file. */
export interface CalendarFileYear extends YearArrangement {
  /** Where the year's key stands. */
  span: Span;
  /** Where the arrangement comes from (e.g. the State Council notice), when written. */
  source?: string;
  /** Every listed day with its place, days off first. */
  entries: Array<CalendarFileDay & { off: boolean }>;
}

/** A calendar file users write (schemas/calendar.schema.json), checked. */
export interface CalendarFile {
  /** The file it was read from. */
  file: string;
  /** Its name, when written (e.g. "某县 2027 年工作日历"). */
  name?: string;
  /** Its years in the order written. */
  years: CalendarFileYear[];
}
