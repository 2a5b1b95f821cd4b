/**
 * Time limits in words: the units a limit is written in (工作日, 自然日) and 即办 (handled on the spot).
 * The two limits themselves are measures (statutoryLimit, committedLimit in measures.ts).
 */
import type { Bilingual, Lang, Spellings } from './language.js';
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

/** A limit as the model states it, in words: "20 个工作日", "即办", "30 calendar days". */
export function limitWords(limit: { days: number; unit: DayUnit; instant: boolean }, lang: Lang): string {
  return limitText(num(limit.days), limit.instant ? 'instant' : limit.unit, lang);
}

/** A limit named by its kind, as a summary line lists limits: "法定 20 个工作日", "committed 即办 …". */
export function namedLimit(kind: 'statutory' | 'committed', limit: { days: number; unit: DayUnit; instant: boolean }, lang: Lang): string {
  return `${MEASURES[kind === 'statutory' ? 'statutoryLimit' : 'committedLimit'].short[lang]} ${limitWords(limit, lang)}`;
}
