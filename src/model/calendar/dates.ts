/**
 * Plain dates: "YYYY-MM-DD" strings and day numbers (days since 1970-01-01), with all arithmetic in
 * UTC, so that no time zone can shift a day. Every calendar module counts with these.
 */

/** Years the lunar holidays can be computed for (chinese-days' lunar tables), so that a year nobody has arranged can be assumed. */
export const LUNAR_YEARS = { first: 1901, last: 2099 } as const;

/** True when `year` lies in LUNAR_YEARS: its statutory days include the lunar holidays, and dates may be counted in it. */
export function hasLunarHolidays(year: number): boolean {
  return year >= LUNAR_YEARS.first && year <= LUNAR_YEARS.last;
}

/** The last date a count of working days may end on: the last date written YYYY-MM-DD. */
export const LAST_DATE = '9999-12-31';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a real date written YYYY-MM-DD; throws a programmer error otherwise (check
 * user input with isIsoDate first).
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: string): number {
  const day = parseDayNumber(date);
  if (day === undefined) {
    throw new Error(`Invalid date ${JSON.stringify(date)}: expected a real calendar date written YYYY-MM-DD, e.g. "2024-10-08".`);
  }
  return day;
}

/** The "YYYY-MM-DD" string of a day number. */
export function toDateString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `date` is a real calendar date written YYYY-MM-DD (2024-02-29 is, 2025-02-29 is not). */
export function isIsoDate(date: string): boolean {
  return parseDayNumber(date) !== undefined;
}

/**
 * What a date written otherwise should be, for a hint: 2027-1-1, 2027/01/01, 2027.1.1 and 2027年1月1日
 * are `written` 2027-01-01; 2023-02-30 is `missing` (a day its month has not). Empty strings when the
 * text reads as neither.
 */
export function dateSlip(value: unknown): { written: string; missing: string } {
  const m = typeof value === 'string' ? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.normalize('NFKC').trim()) : null;
  const [month, day] = m ? [Number(m[2]), Number(m[3])] : [0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return { written: '', missing: '' };
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (!isIsoDate(date)) return { written: '', missing: date };
  return { written: date === value ? '' : date, missing: '' };
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** Whether a day number falls on a Saturday or a Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  const time = new Date(0);
  time.setUTCFullYear(year, 0, 1);
  return time.getTime() / DAY_MS;
}

function parseDayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const time = new Date(0);
  time.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = time.getTime() / DAY_MS;
  return toDateString(day) === date ? day : undefined;
}
