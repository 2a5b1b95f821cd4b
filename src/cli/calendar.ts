/** What the commands that count working days share: checking --start-date, and the calendar running out. */
import { calendarRange, isIsoDate, type CalendarRangeError } from '../analysis/calendar.js';
import type { Lang } from '../model/types.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { say } from './messages.js';

/** Checks a --start-date value: a real date, YYYY-MM-DD, inside the calendar data. Returns a usage message or undefined. */
export function checkStartDate(value: string, lang: Lang): string | undefined {
  if (!isIsoDate(value)) return say(lang, 'badStartDate', { found: value });
  const { first, last } = calendarRange();
  if (value < first || value > last) return say(lang, 'startDateOutside', { date: value, first, last });
  return undefined;
}

/** Reports that counting working days from `startDate` ran past the official holiday data on some path or case. */
export function reportCalendarOverflow(error: CalendarRangeError, startDate: string | undefined, subject: 'path' | 'case', lang: Lang, io: IO): ExitCode {
  io.err(say(lang, 'calendarOverflow', { start: startDate, subject, ...error.range }));
  return Exit.INVALID;
}
