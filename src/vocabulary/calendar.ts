/**
 * The working-day calendar in words: the statutory holidays, where a year's days come from, and what
 * every surface says beside dates counted on it (the basis, and the warning when some days had to be
 * assumed). The rules themselves are src/model/calendar's and src/analysis/calendar.ts's.
 */
import type { Bilingual, Template } from './language.js';

/** The statutory public holidays of 《全国年节及纪念日放假办法》, in calendar order, by name. */
export const HOLIDAYS = {
  'new-year': { zh: '元旦', en: "New Year's Day" },
  'spring-festival': { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  'labour-day': { zh: '劳动节', en: 'Labour Day' },
  'dragon-boat': { zh: '端午节', en: 'Dragon Boat Festival' },
  'mid-autumn': { zh: '中秋节', en: 'Mid-Autumn Festival' },
  'national-day': { zh: '国庆节', en: 'National Day' },
} as const satisfies Record<string, Bilingual>;

/** A statutory holiday. */
export type HolidayKey = keyof typeof HOLIDAYS;

/** Every statutory holiday, in calendar order. */
export const HOLIDAY_KEYS = Object.keys(HOLIDAYS) as HolidayKey[];

/** How long a holiday of more than one day lasts, as the assumption states it. */
const HOLIDAY_SPANS: Partial<Record<HolidayKey, Bilingual>> = {
  'spring-festival': { zh: '除夕至初三', en: 'eve to 3rd day' },
  'labour-day': { zh: '2 天', en: '2 days' },
  'national-day': { zh: '3 天', en: '3 days' },
};

/** Each holiday with its length: "春节（除夕至初三）", "Labour Day (2 days)". */
export const HOLIDAY_WITH_SPAN: Template<HolidayKey> = {
  zh: (h) => `${HOLIDAYS[h].zh}${HOLIDAY_SPANS[h] ? `（${HOLIDAY_SPANS[h].zh}）` : ''}`,
  en: (h) => `${HOLIDAYS[h].en}${HOLIDAY_SPANS[h] ? ` (${HOLIDAY_SPANS[h].en})` : ''}`,
};

/** The two lists of a year's arrangement: days off (放假) and make-up working days (调休上班). */
export const DAY_LISTS = {
  holidays: { zh: '放假', en: 'day off' },
  workdays: { zh: '调休上班', en: 'make-up working day' },
} as const satisfies Record<string, Bilingual>;

/** What a run of years' words are built from: "2026" or "2026–2027", the official data, the files. */
interface YearRun {
  span: string;
  official: string;
  files: string;
}

/** Where a year's working days come from, and how the basis line says it. */
export const YEAR_SOURCES = {
  /** The State Council arrangement in chinese-days. */
  official: { zh: (a: YearRun) => `${a.span} 年按国务院放假安排（${a.official}）`, en: (a: YearRun) => `${a.span} on the State Council arrangement (${a.official})` },
  /** The State Council arrangement with days changed by calendar files. */
  'official+file': {
    zh: (a: YearRun) => `${a.span} 年按国务院放假安排（${a.official}），部分日子按 ${a.files}`,
    en: (a: YearRun) => `${a.span} on the State Council arrangement (${a.official}) with days from ${a.files}`,
  },
  /** Calendar files alone (a year chinese-days does not know). */
  file: { zh: (a: YearRun) => `${a.span} 年按 ${a.files}`, en: (a: YearRun) => `${a.span} on ${a.files}` },
  /** No arrangement: weekends and statutory holidays assumed. */
  assumed: { zh: (a: YearRun) => `${a.span} 年为推算`, en: (a: YearRun) => `${a.span} assumed` },
} as const satisfies Record<string, Template<YearRun>>;

/** Where the working days of a year come from. */
export type YearSource = keyof typeof YEAR_SOURCES;

/** Every source of a year's working days. */
export const YEAR_SOURCE_KEYS = Object.keys(YEAR_SOURCES) as YearSource[];

/** The sentences beside dates: how they are counted, and the warning and hint when some are assumed. */
export const DATE_WORDS = {
  /** How the dates are counted, then each run of years' source. */
  basis: {
    zh: (a: { start: string; years: string }) => `日期：自 ${a.start} 申请起算（申请当日不计，次日起算工作日）；${a.years}`,
    en: (a: { start: string; years: string }) => `Dates: counted from the application on ${a.start} (working days from the next day); ${a.years}`,
  },
  /** The first assumed date, the assumed years and the holidays assumed. */
  warning: {
    zh: (a: { first: string; years: string; holidays: string }) =>
      `${a.first} 起的日期是推算的：${a.years} 年还没有放假调休安排，按周末和法定节假日计算（${a.holidays}；逢周末或与其他假日重叠的，在其后第一个工作日补假），没有调休上班日，所以节日前后的日期可能与日后公布的安排相差几天。`,
    en: (a: { first: string; years: string; holidays: string }) =>
      `Dates from ${a.first} on are assumed: ${a.years} has no holiday arrangement yet, so weekends and the statutory holidays are off (${a.holidays}; one falling on a weekend or on another holiday is made up on the next working day), with no make-up working days; dates near a holiday may differ by a few days from the arrangement published later.`,
  },
  /** After the warning, for assumed years beyond the lunar tables: which holidays they are counted without. */
  withoutLunar: {
    zh: (a: { years: string; holidays: string }) => `其中 ${a.years} 年超出农历表的范围（1901–2099 年），${a.holidays}未计入，按工作日计算。`,
    en: (a: { years: string; holidays: string }) =>
      `For ${a.years}, beyond the lunar tables (1901–2099), ${a.holidays} are not counted: those days count as working days.`,
  },
  /** How to supply the arrangement of `year` in `file`. */
  hint: {
    zh: (a: { year: number; file: string }) =>
      `国务院办公厅公布 ${a.year} 年的安排后，运行 wujian init --calendar ${a.file} 生成日历文件并按通知改写，再在 wujian.yaml 中写 calendar: ${a.file}（或在命令后加 --calendar ${a.file}）。`,
    en: (a: { year: number; file: string }) =>
      `Once the State Council publishes the ${a.year} arrangement, run wujian init --calendar ${a.file}, correct it from the notice, and write calendar: ${a.file} in wujian.yaml (or add --calendar ${a.file} to the command).`,
  },
  /** A date written YYYY-MM-DD that its month has not: 2023-02-30. */
  noSuchDay: {
    zh: (date: string) => `${date.slice(0, 4)} 年 ${Number(date.slice(5, 7))} 月没有 ${Number(date.slice(8))} 日`,
    en: (date: string) =>
      `${new Date(Date.UTC(2000, Number(date.slice(5, 7)) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${date.slice(0, 4)} has no day ${Number(date.slice(8))}`,
  },
  /** The calendar file the hint suggests for `year`. */
  fileName: { zh: (year: number) => `节假日${year}.yaml`, en: (year: number) => `holidays-${year}.yaml` },
  /** After a date or dates: when the application was made. */
  applyingOn: { zh: (start: string) => `（自 ${start} 申请）`, en: (start: string) => ` (applying on ${start})` },
  /** A run of dates: "2026-12-10 至 2026-12-15". */
  dateRange: { zh: (a: { from: string; to: string }) => `${a.from} 至 ${a.to}`, en: (a: { from: string; to: string }) => `${a.from} to ${a.to}` },
} as const;
