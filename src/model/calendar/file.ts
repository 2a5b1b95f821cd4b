/**
 * Calendar files users write (schemas/calendar.schema.json): read as text (source.ts refuses what is not
 * UTF-8), checked against the schema, then checked for what a schema cannot say: a real date, a date in
 * the year it is listed under, a run of days that runs forward, a day both off and on, a year with no
 * days. Every problem is located in the file. How the file's days combine with the official ones, and
 * the warnings that brings, is check.ts's part.
 */
import { createDiagnostic, hasErrors, type Diagnostic, type DiagnosticArgs } from '../diagnostic.js';
import { keySpanOf, spanOf } from '../locate.js';
import { readYaml, type ParsedYaml } from '../parse.js';
import { describeValue, validateSchema } from '../schema.js';
import { dateSlip, isIsoDate, toDateString, toDayNumber } from './dates.js';
import type { CalendarFile, CalendarFileDay, CalendarFileYear } from './types.js';

/** A calendar file's days as written: a date, or an object with a date or a run from–to. */
type RawDay = string | { date?: string; from?: string; to?: string; name?: string };
/** A year as written. */
type RawYear = null | { source?: string; holidays?: RawDay[]; workdays?: RawDay[] };

/** The result of loading a calendar file: the calendar when it has no errors, and every problem. */
export interface CalendarLoad {
  /** The checked calendar; absent when the file has errors. */
  calendar?: CalendarFile;
  /** Problems in the file, in file order. */
  diagnostics: Diagnostic[];
}

/** Whether parsed YAML is shaped as a calendar file (it has `years` and is not a procedure or bundle). */
export function isCalendarShape(value: Record<string, unknown>): boolean {
  return Object.hasOwn(value, 'years') && !Object.hasOwn(value, 'process') && !Object.hasOwn(value, 'items');
}

/** Loads and checks a calendar file from disk. */
export function loadCalendarFile(file: string): CalendarLoad {
  const read = readYaml(file);
  return read.ok ? checkCalendar(file, read.parsed) : { diagnostics: read.diagnostics };
}

/** Checks parsed YAML as a calendar file (the file name is used for messages). */
export function checkCalendar(file: string, parsed: ParsedYaml): CalendarLoad {
  const schemaProblems = validateSchema(file, parsed, 'calendar');
  if (hasErrors(schemaProblems)) return { diagnostics: schemaProblems };
  const raw = parsed.value as { name?: string; years: Record<string, RawYear> };
  const diagnostics: Diagnostic[] = [];
  const years = Object.entries(raw.years).map(([key, value]) => readYear(file, parsed, Number(key), value, diagnostics));
  return hasErrors(diagnostics) ? { diagnostics } : { calendar: { file, ...(raw.name ? { name: raw.name } : {}), years }, diagnostics };
}

function readYear(file: string, parsed: ParsedYaml, year: number, raw: RawYear, diagnostics: Diagnostic[]): CalendarFileYear {
  const yearPath = ['years', String(year)];
  const span = keySpanOf(parsed, yearPath);
  const holidays = new Map<string, string | undefined>();
  const workdays = new Map<string, string | undefined>();
  const entries: CalendarFileYear['entries'] = [];
  const firstLine = new Map<string, number>();
  const problemsBefore = diagnostics.length;
  for (const list of ['holidays', 'workdays'] as const) {
    const off = list === 'holidays';
    (raw?.[list] ?? []).forEach((day, i) => {
      const path = [...yearPath, list, i];
      for (const entry of readDays(file, parsed, year, path, day, diagnostics)) {
        const other = off ? workdays : holidays;
        if (other.has(entry.date)) {
          diagnostics.push(createDiagnostic('calendar-both', file, entry.span, { path: toPointer(path), date: entry.date, line: firstLine.get(entry.date) ?? 0 }));
          continue;
        }
        if (!firstLine.has(entry.date)) firstLine.set(entry.date, entry.span.line);
        (off ? holidays : workdays).set(entry.date, entry.name);
        entries.push({ ...entry, off });
      }
    });
  }
  if (entries.length === 0 && diagnostics.length === problemsBefore) {
    diagnostics.push(createDiagnostic('calendar-empty-year', file, span, { path: toPointer(yearPath), year }));
  }
  return { year, span, ...(raw?.source ? { source: raw.source } : {}), holidays, workdays, entries };
}

/** What can be wrong with one entry of a year's list. */
type EntryCode = 'calendar-day-form' | 'schema-date' | 'calendar-wrong-year' | 'calendar-range-order';

/** The days one entry lists (one, or a run), each checked; none when the entry has an error. */
function readDays(file: string, parsed: ParsedYaml, year: number, path: Array<string | number>, raw: RawDay, diagnostics: Diagnostic[]): CalendarFileDay[] {
  const span = spanOf(parsed, path);
  const problem = <C extends EntryCode>(code: C, at: Array<string | number>, args: Omit<DiagnosticArgs[C], 'path'>) => {
    // The code and its values arrive together typed by C, with the entry's path added.
    diagnostics.push(createDiagnostic<EntryCode>(code, file, spanOf(parsed, at), { path: toPointer(at), ...args } as DiagnosticArgs[C]));
    return [];
  };
  const entry = typeof raw === 'string' ? { date: raw } : raw;
  const single = entry.date !== undefined;
  if (single === (entry.from !== undefined || entry.to !== undefined) || (!single && (entry.from === undefined || entry.to === undefined))) {
    return problem('calendar-day-form', path, { found: describeValue(raw) });
  }
  const ends = single ? [['date', entry.date!]] : [['from', entry.from!], ['to', entry.to!]];
  for (const [key, date] of ends) {
    const at = typeof raw === 'string' ? path : [...path, key!];
    if (!isIsoDate(date!)) return problem('schema-date', at, { value: describeValue(date), ...dateSlip(date) });
    if (Number(date!.slice(0, 4)) !== year) return problem('calendar-wrong-year', at, { date: date!, year });
  }
  const first = toDayNumber(ends[0]![1]!);
  const last = toDayNumber(ends.at(-1)![1]!);
  if (last < first) return problem('calendar-range-order', path, { from: ends[0]![1]!, to: ends[1]![1]! });
  const days: CalendarFileDay[] = [];
  for (let d = first; d <= last; d++) days.push({ date: toDateString(d), ...(entry.name ? { name: entry.name } : {}), span });
  return days;
}

/** A data path as a JSON pointer ("/years/2027/holidays/0"), as the messages name places. */
function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
