/**
 * Calendar days (自然日) against working days, always on the working-day calendar (calendar.ts, the
 * user's calendar files included) and from a stated start date, never by a 5/7 factor: 30 calendar
 * days from 2024-09-27 hold 17 working days (国庆), from 2024-06-03 21. Every figure converted here
 * says from which date it was counted, and from which date on it rests on assumed days.
 */
import { toDateString, toDayNumber } from '../model/calendar/dates.js';
import type { Limit } from '../model/types.js';
import { DEFAULT_CALENDAR, type WorkCalendar } from './calendar.js';
import type { LimitFigure } from './types.js';

/** The date `days` calendar days after `date` (YYYY-MM-DD, UTC). */
export function addCalendarDays(date: string, days: number): string {
  return toDateString(toDayNumber(date) + Math.floor(days));
}

/**
 * The working days from `start` (not counted, as the law counts from the next day) up to and including
 * the date `calendarDays` later: what a limit of that many calendar days allows, in working days.
 * @example workingDaysWithin('2024-09-27', 30) // 17: 9-29 (调休), 9-30, 10-8 … 10-12 (调休) … 10-25, 10-27 is a Sunday
 */
export function workingDaysWithin(start: string, calendarDays: number, calendar: WorkCalendar = DEFAULT_CALENDAR): number {
  return calendar.countWorkingDays(start, addCalendarDays(start, calendarDays));
}

/**
 * A limit as the reports give it: as written, with its working days. A limit in calendar days is
 * counted on `calendar` from `from` (the application date, or the file's version date); without a
 * date it is given as written with no working days (never 5/7), and the caller says so.
 */
export function limitFigure(limit: Limit | undefined, from?: string, calendar: WorkCalendar = DEFAULT_CALENDAR): LimitFigure | undefined {
  if (!limit) return undefined;
  const base = { days: limit.days, unit: limit.unit, instant: limit.instant };
  if (limit.unit !== 'calendar-day') return { ...base, workdays: limit.days };
  if (!from) return base;
  const assumed = calendar.firstAssumedDate(from, addCalendarDays(from, limit.days));
  return { ...base, workdays: workingDaysWithin(from, limit.days, calendar), from, ...(assumed ? { assumed } : {}) };
}
