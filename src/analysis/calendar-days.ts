/**
 * Calendar days (自然日) against working days, always on the working-day calendar (calendar.ts) and from
 * a stated start date, never by a 5/7 factor: 30 calendar days from 2024-09-27 hold 17 working days
 * (国庆), from 2024-06-03 22. Every figure converted here says from which date it was counted.
 */
import { isWorkingDay } from './calendar.js';
import type { LimitFigure } from './types.js';
import type { Limit } from '../model/types.js';

const DAY_MS = 86_400_000;

/** The date `days` calendar days after `date` (YYYY-MM-DD, UTC). */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The working days from `start` (not counted, as the law counts from the next day) up to and including
 * the date `calendarDays` later: what a limit of that many calendar days allows, in working days.
 * @example workingDaysWithin('2024-09-27', 30) // 17: 9-29 (调休), 9-30, 10-8 … 10-12 (调休) … 10-25, 10-27 is a Sunday
 */
export function workingDaysWithin(start: string, calendarDays: number): number {
  let count = 0;
  for (let d = 1; d <= Math.floor(calendarDays); d++) if (isWorkingDay(addCalendarDays(start, d))) count++;
  return count;
}

/**
 * A limit as the reports give it: as written, with its working days. A limit in calendar days is
 * counted on the calendar from `from` (the application date, or the file's version date); without a
 * date it is given as written with no working days (never 5/7), and the caller says so.
 */
export function limitFigure(limit: Limit | undefined, from?: string): LimitFigure | undefined {
  if (!limit) return undefined;
  const base = { days: limit.days, unit: limit.unit, instant: limit.instant };
  if (limit.unit !== 'calendar-day') return { ...base, workdays: limit.days };
  if (!from) return base;
  return { ...base, workdays: workingDaysWithin(from, limit.days), from };
}
