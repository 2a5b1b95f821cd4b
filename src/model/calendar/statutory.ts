/**
 * The statutory public holidays (法定节假日) of 《全国年节及纪念日放假办法》 as revised in 2024 (in force
 * from 2025), which the calendar assumes for a year whose arrangement nobody has supplied:
 *
 * - 元旦 1 January; 劳动节 1–2 May; 国庆节 1–3 October (fixed dates);
 * - 春节 除夕 to 正月初三 (4 days), 端午 五月初五, 中秋 八月十五 (lunar dates, from the lunar tables of
 *   chinese-days, which cover 1901–2099; outside those years the lunar holidays are left out);
 * - 清明: the day of the 清明 solar term (chinese-days' formula);
 * - a holiday day that falls on a Saturday or Sunday, or on another holiday's day, is made up on the next
 *   Monday–Friday that is not a holiday (Art. 6: 适逢星期六、星期日，应当在工作日补假).
 *
 * What is not assumed: the make-up working days (调休上班) and bridging days the State Council sets each
 * year. They move days without changing how many working days a year has, so dates near a holiday may
 * differ from the later official arrangement by a few days, while longer counts come out close.
 */
import { createRequire } from 'node:module';
import type { getLunarDate as GetLunarDate } from 'chinese-days';
import type { HolidayKey } from '../../vocabulary/index.js';
import { hasLunarHolidays, isWeekend, toDateString, toDayNumber } from './dates.js';

/** One statutory day off. */
export interface StatutoryDay {
  /** The date (YYYY-MM-DD). */
  date: string;
  /** The holiday it belongs to. */
  holiday: HolidayKey;
  /** True for a day made up because the holiday fell on a weekend or on another holiday (补假). */
  inLieu: boolean;
}

/**
 * The holidays found from chinese-days' tables (春节, 端午, 中秋 by the lunar calendar, 清明 by its
 * solar-term formula): a year outside LUNAR_YEARS is assumed without them, its other holidays only.
 */
export const LUNAR_HOLIDAYS: readonly HolidayKey[] = ['spring-festival', 'qingming', 'dragon-boat', 'mid-autumn'];

const cache = new Map<number, readonly StatutoryDay[]>();

let lunarDate: typeof GetLunarDate | undefined;

/**
 * chinese-days' getLunarDate, loaded the first time a year's statutory days are worked out: only a
 * date in a year with no official or supplied arrangement needs it, and importing the package cost
 * `validate` and every catalogue worker about 30 ms at start (required, about 15 ms).
 */
function getLunarDate(date: string): ReturnType<typeof GetLunarDate> {
  lunarDate ??= (createRequire(import.meta.url)('chinese-days') as { getLunarDate: typeof GetLunarDate }).getLunarDate;
  return lunarDate(date);
}

/**
 * The statutory days off of `year` under the current law, made-up days included, in date order.
 * @example getStatutoryDays(2027).filter((d) => d.holiday === 'spring-festival').map((d) => d.date)
 * // ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10"] (除夕–初三 with the weekend made up)
 */
export function getStatutoryDays(year: number): readonly StatutoryDay[] {
  let days = cache.get(year);
  if (!days) cache.set(year, (days = computeStatutoryDays(year)));
  return days;
}

function computeStatutoryDays(year: number): StatutoryDay[] {
  const on = (month: number, day: number) => toDayNumber(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
  const own: Array<[number, HolidayKey]> = [
    [on(1, 1), 'new-year'],
    [on(5, 1), 'labour-day'],
    [on(5, 2), 'labour-day'],
    [on(10, 1), 'national-day'],
    [on(10, 2), 'national-day'],
    [on(10, 3), 'national-day'],
  ];
  if (hasLunarHolidays(year)) {
    const newYear = findLunarDay(on(1, 20), on(2, 21), 1, 1);
    own.push([newYear - 1, 'spring-festival'], [newYear, 'spring-festival'], [newYear + 1, 'spring-festival'], [newYear + 2, 'spring-festival']);
    own.push([on(4, qingmingDay(year)), 'qingming']);
    own.push([findLunarDay(on(5, 20), on(6, 30), 5, 5), 'dragon-boat']);
    own.push([findLunarDay(on(9, 5), on(10, 10), 8, 15), 'mid-autumn']);
  }
  own.sort((a, b) => a[0] - b[0]);
  const holidayDays = new Set(own.map(([day]) => day));
  const taken = new Set<number>();
  const days: Array<[number, StatutoryDay]> = [];
  for (const [day, holiday] of own) {
    const madeUp = taken.has(day) || isWeekend(day);
    if (!taken.has(day)) {
      taken.add(day);
      days.push([day, { date: toDateString(day), holiday, inLieu: false }]);
    }
    if (!madeUp) continue;
    let made = day + 1;
    while (isWeekend(made) || taken.has(made) || holidayDays.has(made)) made += 1;
    taken.add(made);
    days.push([made, { date: toDateString(made), holiday, inLieu: true }]);
  }
  return days.sort((a, b) => a[0] - b[0]).map(([, d]) => d);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The day number in [from, to] whose lunar date is `month`/`day` of a month that is not a leap month.
 * chinese-days' getLunarDate counts whole days from a fixed instant, so unlike its other functions it
 * does not depend on the process time zone (tests check this).
 */
function findLunarDay(from: number, to: number, month: number, day: number): number {
  for (let d = from; d <= to; d++) {
    const lunar = getLunarDate(toDateString(d));
    if (lunar.lunarMon === month && lunar.lunarDay === day && !lunar.isLeap) return d;
  }
  throw new Error(`No lunar ${month}/${day} between ${toDateString(from)} and ${toDateString(to)}`);
}

/**
 * The April day of the 清明 solar term, by the formula chinese-days' getSolarTermDate uses
 * (floor(Y × 0.2422 + C) − floor(Y / 4), C = 4.81 from 2000, 5.59 before). The package's function
 * formats its result in the process time zone, which moves it a day earlier west of UTC.
 */
function qingmingDay(year: number): number {
  const y = year % 100;
  return Math.floor(y * 0.2422 + (year >= 2000 ? 4.81 : 5.59)) - Math.floor(y / 4);
}
