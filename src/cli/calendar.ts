/**
 * The calendar a command counts dates on: the files given with --calendar, else those wujian.yaml
 * names (found by walking up from the working folder), else none, so the official arrangements alone
 * (with assumed years beyond them). Problems in any of these files are located diagnostics.
 */
import { resolve } from 'node:path';
import { DEFAULT_CALENDAR, WorkCalendar } from '../analysis/calendar.js';
import { checkCalendarFiles } from '../model/calendar/check.js';
import { loadCalendarFile } from '../model/calendar/file.js';
import type { CalendarFile } from '../model/calendar/types.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { findSettingsFile, loadSettingsFile } from '../model/settings.js';
import type { Lang } from '../model/types.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { sourceReader } from './commands/validate.js';
import { displayPath, type IO } from './io.js';

/** The calendar to count on, or the problems that prevent it (warnings come with a calendar too). */
export interface CommandCalendar {
  /** The calendar; absent when a file has errors. */
  calendar?: WorkCalendar;
  /** Problems in the settings and calendar files, named as the commands show files. */
  diagnostics: Diagnostic[];
}

/**
 * Loads the calendar: `files` (from --calendar, relative to io.cwd) when given, else the calendar files
 * of the nearest wujian.yaml.
 * @example loadCommandCalendar(['节假日/2027.yaml'], io).calendar?.isWorkingDay('2027-02-14')
 */
export function loadCommandCalendar(files: readonly string[] | undefined, io: IO): CommandCalendar {
  const diagnostics: Diagnostic[] = [];
  let paths: string[];
  if (files && files.length > 0) {
    paths = files.map((f) => resolve(io.cwd, f));
  } else {
    const settingsFile = findSettingsFile(io.cwd);
    const loaded = settingsFile ? loadSettingsFile(settingsFile) : undefined;
    diagnostics.push(...(loaded?.diagnostics ?? []));
    paths = loaded?.settings?.calendar.map((c) => c.file) ?? [];
  }
  const calendars: CalendarFile[] = [];
  for (const path of paths) {
    const loaded = loadCalendarFile(path);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.calendar) calendars.push(loaded.calendar);
  }
  if (!hasErrors(diagnostics)) diagnostics.push(...checkCalendarFiles(calendars));
  const shown = sortDiagnostics(diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) })));
  if (hasErrors(shown)) return { diagnostics: shown };
  const named = calendars.map((c) => ({ ...c, file: displayPath(io, c.file) }));
  return { calendar: new WorkCalendar(named), diagnostics: shown };
}

/** What a command asked for dates: a start date, and --calendar files. */
export interface DateOptions {
  /** Date of application. */
  startDate?: string;
  /** Calendar files given with --calendar (else wujian.yaml's). */
  calendarFiles?: readonly string[];
}

/**
 * The calendar a command counts on, its problems printed to standard error like `validate` prints
 * them; undefined when a file has errors (the command then stops with Exit.INVALID). Files are read only
 * when dates are asked for (a start date or --calendar): otherwise the official calendar serves.
 */
export function prepareCalendar(options: DateOptions, lang: Lang, io: IO): WorkCalendar | undefined {
  if (options.startDate === undefined && !options.calendarFiles) return DEFAULT_CALENDAR;
  const { calendar, diagnostics } = loadCommandCalendar(options.calendarFiles, io);
  const sourceOf = sourceReader(io);
  for (const d of diagnostics) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
  return calendar;
}
