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

/** Day numbers of the first date written YYYY-MM-DD, 0000-01-01, and of the last, LAST_DATE. */
const FIRST_DAY = daysFromCivil(0, 1, 1);
export const LAST_DAY = daysFromCivil(9999, 12, 31);

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The hyphen between a date's year, month and day. */
const DASH = 0x2d;

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

/** The "YYYY-MM-DD" string of a day number (of years 0000–9999, which are all such a string can write). */
export function toDateString(day: number): string {
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  // H. Hinnant's civil_from_days: the inverse of daysFromCivil below.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const month = m < 10 ? m + 3 : m - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const date = dayOfYear - Math.floor((153 * m + 2) / 5) + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
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

/**
 * Day number of a date written YYYY-MM-DD that its month has, by arithmetic on the digits: every procedure's
 * version date and every limit counted from it passes here, and a Date built and printed back took a
 * hundredth of checking a procedure.
 */
function parseDayNumber(date: string): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** The number the ASCII digits text[start, end) write, or -1 when any is no digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days in `month` (1–12) of `year` in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil; March-based years, 400-year eras). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
