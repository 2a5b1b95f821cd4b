/**
 * The official arrangements: the State Council's 放假调休 notices as the npm package chinese-days
 * publishes them, read from its documented JSON file (dist/chinese-days.json) and grouped by year.
 * (analysis/calendar.ts says why the package's own functions are not used for working days.)
 */
import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import chineseDaysPackage from 'chinese-days/package.json' with { type: 'json' };
import type { YearArrangement } from './types.js';

/** Where the official arrangements come from, for every figure that rests on them. */
export const OFFICIAL_SOURCE = { name: 'chinese-days', version: chineseDaysPackage.version } as const;

/** The official arrangement of each year the package knows, by year. */
export const OFFICIAL_YEARS: ReadonlyMap<number, YearArrangement> = groupByYear(official.holidays, official.workdays);

/** The first and last years the package knows (every year between them is known too). */
export const OFFICIAL_RANGE = { first: Math.min(...OFFICIAL_YEARS.keys()), last: Math.max(...OFFICIAL_YEARS.keys()) } as const;

/** Entries such as "2026-02-17": "Spring Festival,春节,4" (English name, Chinese name, statutory days), by year. */
function groupByYear(holidays: Readonly<Record<string, string>>, workdays: Readonly<Record<string, string>>): Map<number, YearArrangement> {
  const years = new Map<number, { year: number; holidays: Map<string, string | undefined>; workdays: Map<string, string | undefined> }>();
  const of = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = { year, holidays: new Map(), workdays: new Map() }));
    return entry;
  };
  for (const [date, text] of Object.entries(holidays)) of(date).holidays.set(date, text.split(',')[1]);
  for (const [date, text] of Object.entries(workdays)) of(date).workdays.set(date, text.split(',')[1]);
  return new Map([...years].sort(([a], [b]) => a - b));
}
