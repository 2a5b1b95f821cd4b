/**
 * What a set of calendar files means beside the official arrangements, as warnings located in the
 * files: a day the official data lists one way and a file lists the other (the file wins), and a year
 * the official data does not know whose files leave out a statutory holiday (the days left out are
 * then ordinary days, which is rarely meant).
 */
import { createDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostic.js';
import { OFFICIAL_SOURCE, OFFICIAL_YEARS } from './official.js';
import { HOLIDAY_KEYS, type HolidayKey } from '../../vocabulary/index.js';
import { getStatutoryDays } from './statutory.js';
import type { CalendarFile } from './types.js';

/**
 * Warnings about `files` taken together, in the order they apply (a later file changes an earlier one).
 * @example checkCalendarFiles([county2026]) // a warning for each day it turns the other way from the State Council's
 */
export function checkCalendarFiles(files: readonly CalendarFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const source = `${OFFICIAL_SOURCE.name} ${OFFICIAL_SOURCE.version}`;
  for (const file of files) {
    for (const year of file.years) {
      const official = OFFICIAL_YEARS.get(year.year);
      if (!official) continue;
      for (const entry of year.entries) {
        const listed = entry.off ? official.workdays : official.holidays;
        if (!listed.has(entry.date)) continue;
        diagnostics.push(createDiagnostic('calendar-overrides-official', file.file, entry.span, {
          date: entry.date,
          off: entry.off,
          holiday: listed.get(entry.date) ?? '',
          source,
        }, 'warning'));
      }
    }
  }
  for (const [year, where] of unknownYears(files)) {
    const listed = new Set(files.flatMap((f) => f.years.filter((y) => y.year === year).flatMap((y) => [...y.holidays.keys()])));
    const missing = new Set<HolidayKey>();
    const present = new Set<HolidayKey>();
    // A holiday's made-up day counts too: one that shares its day with another holiday has no other.
    for (const day of getStatutoryDays(year)) (listed.has(day.date) ? present : missing).add(day.holiday);
    const left = HOLIDAY_KEYS.filter((h) => missing.has(h) && !present.has(h));
    if (left.length > 0) {
      diagnostics.push(createDiagnostic('calendar-missing-holidays', where.file, where.span, { year, holidays: left }, 'warning'));
    }
  }
  return sortDiagnostics(diagnostics);
}

/** Years no official arrangement covers, each with the first place a file lists it. */
function unknownYears(files: readonly CalendarFile[]): Map<number, { file: string; span: CalendarFile['years'][number]['span'] }> {
  const years = new Map<number, { file: string; span: CalendarFile['years'][number]['span'] }>();
  for (const file of files) {
    for (const year of file.years) {
      if (!OFFICIAL_YEARS.has(year.year) && !years.has(year.year)) years.set(year.year, { file: file.file, span: year.span });
    }
  }
  return years;
}
