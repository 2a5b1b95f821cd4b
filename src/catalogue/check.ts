/**
 * One file of a catalogue: loaded on its own, analysed when it is a valid procedure, and summarised in
 * the line validate prints after ✓. The catalogue folder sits above model, analysis and report, whose
 * work it runs in worker threads for validate and analyze (cli/threaded.ts).
 */
import type { CalendarFile } from '../model/calendar/types.js';
import { hasErrors } from '../model/diagnostic.js';
import { loadFile } from '../model/load.js';
import { summariseDocument, summariseOther } from '../report/summary.js';
import { WorkCalendar } from '../analysis/calendar.js';
import { analyzeProcedure } from '../analysis/measures.js';
import type { CatalogueEntry, CatalogueOptions } from './types.js';

/** Loads `file` (without the cross-file checks of bundles) and, as `options` ask, analyses it. */
export function checkCatalogueFile(file: string, options: Omit<CatalogueOptions, 'threads'>): CatalogueEntry {
  const { document, diagnostics, other } = loadFile(file);
  const entry: CatalogueEntry = { file, diagnostics };
  if (other) entry.other = other.kind;
  if (options.summaries && !hasErrors(diagnostics)) {
    if (document) entry.summary = summariseDocument(document, options.summaries);
    else if (other) entry.summary = summariseOther(other, options.summaries);
  }
  if (!document) return entry;
  entry.kind = document.kind;
  entry.id = document.id;
  if (options.documents) entry.document = document;
  if (options.analyze && document.kind === 'procedure') {
    const calendar = options.calendar && calendarOf(options.calendar);
    entry.analysis = analyzeProcedure(document, { startDate: options.startDate, stepCounting: options.stepCounting, calendar });
  }
  return entry;
}

/** The calendar of each list of calendar files a task brought, built once for its files. */
const calendars = new WeakMap<readonly CalendarFile[], WorkCalendar>();

function calendarOf(files: readonly CalendarFile[]): WorkCalendar {
  let calendar = calendars.get(files);
  if (!calendar) calendars.set(files, (calendar = new WorkCalendar(files)));
  return calendar;
}
