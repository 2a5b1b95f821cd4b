/**
 * Time limits in words: the units a limit is written in (工作日, 自然日) and 即办 (handled on the spot).
 * The two limits themselves are measures (statutoryLimit, committedLimit in measures.ts).
 */
import type { Bilingual, Lang, Spellings, Template } from './language.js';
import { MEASURES } from './measures.js';
import { num } from './numbers.js';

/** The words of a unit of days: its name (what an author writes) and how it follows a number. */
export interface DayUnitWords extends Bilingual, Spellings {
  /** The Chinese unit after a number, and the English adjective before "day(s)": 个工作日 / working. */
  readonly phrase: Bilingual;
}

/** The units a limit is counted in, working days first (the default). */
export const LIMIT_UNITS = {
  workday: { zh: '工作日', en: 'working days', phrase: { zh: '个工作日', en: 'working' } },
  'calendar-day': { zh: '自然日', en: 'calendar days', phrase: { zh: '个自然日', en: 'calendar' } },
} as const satisfies Record<string, DayUnitWords>;

/** The unit of days a limit is counted in. */
export type DayUnit = keyof typeof LIMIT_UNITS;

/** How a limit is counted: working days, calendar days, or on the spot. */
export type LimitUnit = DayUnit | 'instant';

/** Time that counts toward the statutory limit (Art. 45 steps excluded). */
export const COUNTED_TIME = { zh: '计入法定时限', en: 'Counted toward the limit' } as const;

/** 即办 in both languages. */
export const INSTANT = { zh: '即办', en: 'on the spot (即办)' } as const;

/** A limit in words: "20 个工作日", "即办", "30 calendar days", "1 working day". */
export function limitText(days: number | string, unit: LimitUnit, lang: Lang): string {
  if (unit === 'instant') return INSTANT[lang];
  if (lang === 'zh') return `${days} ${LIMIT_UNITS[unit].phrase.zh}`;
  return `${days} ${LIMIT_UNITS[unit].phrase.en} day${Number(days) === 1 ? '' : 's'}`;
}

/** A limit as the model or an analysis states it: as written, and for calendar days the working days counted from a date. */
export interface LimitAsWritten {
  /** Days as written (0 for 即办). */
  days: number;
  /** Working days or calendar days. */
  unit: DayUnit;
  /** True for 即办. */
  instant: boolean;
  /** For calendar days counted on the working-day calendar: the date counted from. */
  from?: string;
  /** Working days it holds (with `from`). */
  workdays?: number;
  /** The first day of those counted on assumed days (a year no holiday arrangement covers). */
  assumed?: string;
}

/** What a limit in calendar days holds on the working-day calendar, after the limit as written. */
const ON_THE_CALENDAR: Template<{ from: string; workdays: string; assumed?: string }> = {
  zh: (a) => `（自 ${a.from} 起算合 ${a.workdays} 个工作日${a.assumed ? `；${a.assumed} 起为推算` : ''}）`,
  en: (a) => ` (from ${a.from}: ${a.workdays} working days${a.assumed ? `; assumed from ${a.assumed} on` : ''})`,
};

/**
 * A limit as the model states it, in words: "20 个工作日", "即办", "30 calendar days"; a limit in
 * calendar days counted from a date says the working days it holds: "30 个自然日（自 2025-03-03 起算合 20 个工作日）".
 */
export function limitWords(limit: LimitAsWritten, lang: Lang): string {
  const text = limitText(num(limit.days), limit.instant ? 'instant' : limit.unit, lang);
  if (limit.from === undefined || limit.workdays === undefined) return text;
  return text + ON_THE_CALENDAR[lang]({ from: limit.from, workdays: num(limit.workdays), ...(limit.assumed ? { assumed: limit.assumed } : {}) });
}

/** After a limit in calendar days that an analysis could not count: no date to count it from. */
export const NOT_CONVERTED = {
  zh: '（没有起算日期，未折算为工作日，不做对比和合规检查）',
  en: ' (no date to count from: not converted to working days, neither compared nor checked)',
} as const satisfies Bilingual;

/** What follows an analysis's limit: NOT_CONVERTED for calendar days it could not count (no `workdays`), else nothing. */
export function notConverted(limit: LimitAsWritten, lang: Lang): string {
  return limit.unit === 'calendar-day' && !limit.instant && limit.workdays === undefined ? NOT_CONVERTED[lang] : '';
}

/** A limit named by its kind, as a summary line lists limits: "法定 20 个工作日", "committed 即办 …". */
export function namedLimit(kind: 'statutory' | 'committed', limit: LimitAsWritten, lang: Lang): string {
  return `${MEASURES[kind === 'statutory' ? 'statutoryLimit' : 'committedLimit'].short[lang]} ${limitWords(limit, lang)}`;
}
