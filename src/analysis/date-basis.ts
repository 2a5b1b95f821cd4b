/**
 * What a set of computed dates rests on: the start date, where each year's working days came from, and
 * the first date computed on assumed days. Every surface (table, Markdown, JSON, web) prints the same
 * facts from this one result, so that a date computed on an assumption is never shown as a fact.
 */
import { toDayNumber, yearOf } from '../model/calendar/dates.js';
import { OFFICIAL_SOURCE } from '../model/calendar/official.js';
import { hasLunarHolidays } from '../model/calendar/dates.js';
import type { BundleDates } from './bundle.js';
import type { FinishDate, WorkCalendar, YearSource } from './calendar.js';
import type { ProcedureAnalysis } from './types.js';

/** The rule a year without an arrangement is counted by (model/calendar/statutory.ts). */
export const ASSUMED_RULE = 'weekends-and-statutory-holidays' as const;

/** What dates computed from one start date rest on. */
export interface DateBasis {
  /** The date of application the dates count from (not itself counted). */
  startDate: string;
  /** The latest date computed. */
  lastDate: string;
  /** Where the working days of each year from the start to the latest date come from; runs of years with one source merged. */
  years: Array<{ from: number; to: number; source: YearSource; files: string[] }>;
  /** The bundled official data. */
  official: { name: string; version: string };
  /** Present when some date was computed on assumed days. */
  assumed?: {
    /** The first date counted on assumed days. */
    firstDate: string;
    /** The assumed years among those spanned. */
    years: number[];
    /** How those years are counted. */
    rule: typeof ASSUMED_RULE;
    /** The assumed years beyond the lunar tables, counted without LUNAR_HOLIDAYS (statutory.ts); absent when there are none. */
    withoutLunar?: number[];
  };
}

/**
 * The basis of `finishes`, all counted from `startDate` on `calendar`.
 * @example getDateBasis(DEFAULT_CALENDAR, '2026-12-10', [finishDate('2026-12-10', 20)]).assumed?.firstDate // "2027-01-01"
 */
export function getDateBasis(calendar: WorkCalendar, startDate: string, finishes: Iterable<FinishDate>): DateBasis {
  let lastDate = startDate;
  let firstAssumed: string | undefined;
  for (const f of finishes) {
    if (f.date > lastDate) lastDate = f.date;
    if (f.assumed && (!firstAssumed || f.assumed < firstAssumed)) firstAssumed = f.assumed;
  }
  const years: DateBasis['years'] = [];
  for (let year = yearOf(toDayNumber(startDate)); year <= yearOf(toDayNumber(lastDate)); year++) {
    const { source, files } = calendar.getYearSource(year);
    const last = years.at(-1);
    if (last && last.source === source && last.files.join('\n') === files.join('\n')) last.to = year;
    else years.push({ from: year, to: year, source, files });
  }
  const assumedYears = years.filter((y) => y.source === 'assumed').flatMap((y) => range(y.from, y.to));
  return {
    startDate,
    lastDate,
    years,
    official: { ...OFFICIAL_SOURCE },
    ...(firstAssumed ? { assumed: toAssumed(firstAssumed, assumedYears) } : {}),
  };
}

/** What the dates from `firstDate` on rest on, among the assumed years `assumed`. */
function toAssumed(firstDate: string, assumed: readonly number[]): NonNullable<DateBasis['assumed']> {
  const years = assumed.filter((y) => y >= Number(firstDate.slice(0, 4)));
  const withoutLunar = years.filter((y) => !hasLunarHolidays(y));
  return { firstDate, years, rule: ASSUMED_RULE, ...(withoutLunar.length > 0 ? { withoutLunar } : {}) };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Every finishing date one procedure's analysis computed: its named paths' and its outcomes' paths'. */
export function getAnalysisFinishes(a: ProcedureAnalysis): FinishDate[] {
  const paths = [a.paths.standard, a.paths.fastest, a.paths.slowest, a.paths.mostTrips, ...a.paths.outcomes.map((o) => o.path)];
  return paths.flatMap((p) => (p?.timeFigure.finish ? [p.timeFigure.finish] : []));
}

/** Every finishing date of a bundle's schedules (of a bundle analysis or of a comparison's side). */
export function getBundleFinishes(dates: BundleDates | undefined): FinishDate[] {
  return dates ? Object.values(dates.finish).filter((f): f is FinishDate => f !== undefined) : [];
}
