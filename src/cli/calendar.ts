/**
 * What the commands that count dates share: checking --start-date, and the calendar the dates are
 * counted on: the files --calendar names, which default to those wujian.yaml names (read once by
 * main.ts, settings.ts), over the official arrangements, with assumed years beyond them. Calendar files
 * are read when dates are counted: from a start date, and for limits in calendar days (自然日) from a
 * file's version date; their problems are located diagnostics, printed by the one printer.
 */
import { resolve } from 'node:path';
import { DEFAULT_CALENDAR, isIsoDate, WorkCalendar } from '../analysis/calendar.js';
import { DATE_YEARS } from '../analysis/defaults.js';
import { checkCalendarFiles } from '../model/calendar/check.js';
import { loadCalendarFile } from '../model/calendar/file.js';
import type { CalendarFile } from '../model/calendar/types.js';
import { dateSlip, hasLunarHolidays } from '../model/calendar/dates.js';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { displayPath } from '../model/files.js';
import type { Lang } from '../model/types.js';
import { printDiagnostics } from './diagnostics.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { say } from './messages.js';
import type { CommandContext } from './table/types.js';

/** The dates a command counts: from the date of application, on a calendar (no start date, no dates). */
export interface Dating {
  /** Date of application (YYYY-MM-DD), when given. */
  startDate?: string;
  /** The calendar the dates are counted on. */
  calendar: WorkCalendar;
  /** The calendar files read (absolute), which an output must never replace. */
  inputs: string[];
}

/** The option values of a command that counts dates (table/common.ts DATE_OPTIONS). */
interface DateValues {
  'start-date'?: string;
  calendar: readonly string[];
}

/**
 * Reads --start-date and --calendar: a usage error for a malformed start date, the calendar files'
 * problems printed (the command then stops with Exit.INVALID), or what to count dates with.
 * @example const dating = prepareDating(context); if (typeof dating === 'number') return dating;
 */
export function prepareDating({ values, lang, io, usage }: Pick<CommandContext<any>, 'lang' | 'io' | 'usage'> & { values: DateValues }): Dating | ExitCode {
  const startDate = values['start-date'];
  if (startDate === undefined && values.calendar.length === 0) return { calendar: DEFAULT_CALENDAR, inputs: [] };
  const problem = startDate === undefined ? undefined : checkStartDate(startDate, lang);
  if (problem) return usage(problem);
  // Without a start date the files still count limits in calendar days from each file's version date.
  const { calendar, diagnostics } = loadCalendar(values.calendar, io);
  printDiagnostics(io, diagnostics, lang);
  return calendar ? { ...(startDate !== undefined ? { startDate } : {}), calendar, inputs: values.calendar.map((file) => resolve(io.cwd, file)) } : Exit.INVALID;
}

/** Checks a --start-date value: a real date, YYYY-MM-DD, in a year whose holidays can be assumed. Returns a usage message or undefined. */
export function checkStartDate(value: string, lang: Lang): string | undefined {
  if (!isIsoDate(value)) return say(lang, 'badStartDate', { found: value, ...dateSlip(value) });
  if (!hasLunarHolidays(Number(value.slice(0, 4)))) return say(lang, 'startDateOutside', { date: value, ...DATE_YEARS });
  return undefined;
}

/**
 * The calendar of `files` (relative to io.cwd, in order: a later one changes an earlier one), or the
 * problems that prevent it; warnings come with a calendar too. Files are named as the commands show them.
 * @example loadCalendar(['节假日/2027.yaml'], io).calendar?.isWorkingDay('2027-02-14')
 */
export function loadCalendar(files: readonly string[], io: Pick<IO, 'cwd'>): { calendar?: WorkCalendar; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const calendars: CalendarFile[] = [];
  for (const file of files) {
    const loaded = loadCalendarFile(resolve(io.cwd, file));
    diagnostics.push(...loaded.diagnostics);
    if (loaded.calendar) calendars.push(loaded.calendar);
  }
  if (!hasErrors(diagnostics)) diagnostics.push(...checkCalendarFiles(calendars));
  const shown = diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) }));
  if (hasErrors(shown)) return { diagnostics: shown };
  return { calendar: new WorkCalendar(calendars.map((c) => ({ ...c, file: displayPath(io, c.file) }))), diagnostics: shown };
}
