/**
 * Time limits in words: the units a limit is written in (工作日, 自然日) and 即办 (handled on the spot).
 * The two limits themselves are measures (statutoryLimit, committedLimit in measures.ts).
 */
import type { Lang } from './language.js';
import { MEASURES } from './measures.js';
import { num } from './numbers.js';

/** How a limit is counted: working days, calendar days, or on the spot. */
export type LimitUnit = 'workday' | 'calendar-day' | 'instant';

/** Words of each unit: the Chinese unit after a number, and the English adjective before "day(s)". */
const UNITS = {
  workday: { zh: '个工作日', en: 'working' },
  'calendar-day': { zh: '个自然日', en: 'calendar' },
} as const;

/** Time that counts toward the statutory limit (Art. 45 steps excluded). */
export const COUNTED_TIME = { zh: '计入法定时限', en: 'Counted toward the limit' } as const;

/** 即办 in both languages. */
export const INSTANT = { zh: '即办', en: 'on the spot (即办)' } as const;

/** A limit in words: "20 个工作日", "即办", "30 calendar days", "1 working day". */
export function limitText(days: number | string, unit: LimitUnit, lang: Lang): string {
  if (unit === 'instant') return INSTANT[lang];
  if (lang === 'zh') return `${days} ${UNITS[unit].zh}`;
  return `${days} ${UNITS[unit].en} day${Number(days) === 1 ? '' : 's'}`;
}

/** A limit as the model states it, in words: "20 个工作日", "即办", "30 calendar days". */
export function limitWords(limit: { days: number; unit: 'workday' | 'calendar-day'; instant: boolean }, lang: Lang): string {
  return limitText(num(limit.days), limit.instant ? 'instant' : limit.unit, lang);
}

/** A limit named by its kind, as a summary line lists limits: "法定 20 个工作日", "committed 即办 …". */
export function namedLimit(kind: 'statutory' | 'committed', limit: { days: number; unit: 'workday' | 'calendar-day'; instant: boolean }, lang: Lang): string {
  return `${MEASURES[kind === 'statutory' ? 'statutoryLimit' : 'committedLimit'].short[lang]} ${limitWords(limit, lang)}`;
}
