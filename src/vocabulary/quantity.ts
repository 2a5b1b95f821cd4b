/**
 * A figure with the unit it counts, as every surface writes it: thousands separated ("20,000 yuan"),
 * and in English the singular for exactly one ("1 working day", "1.5 working days", "0 trips").
 * Chinese has no plural; its measure word follows the figure directly ("13个工作日").
 */
import { withUnit, type Bilingual, type Lang } from './language.js';
import { grouped, num } from './numbers.js';

/** A unit in both languages, with the English singular when it differs from the plural. */
export interface CountUnit extends Bilingual {
  /** English for exactly one: "working day"; the plural (en) when absent. */
  readonly one?: string;
}

/** Working days (工作日), the unit of every time figure. */
export const WORKING_DAY_UNIT: CountUnit = { zh: '个工作日', en: 'working days', one: 'working day' };

/** Calendar days (自然日), the unit a limit may be written in. */
export const CALENDAR_DAY_UNIT: CountUnit = { zh: '个自然日', en: 'calendar days', one: 'calendar day' };

/** Simulated cases (runs of the simulation). */
export const CASE_UNIT: CountUnit = { zh: '次', en: 'cases', one: 'case' };

/**
 * The unit after `value` in `lang`: English takes the singular when the figure reads exactly "1"
 * as written (num rounds to two decimals, so 1.001 reads "1" and takes it too).
 * @example unitFor(WORKING_DAY_UNIT, 1, 'en') // "working day"
 */
export function unitFor(unit: CountUnit, value: number, lang: Lang): string {
  return lang === 'en' && unit.one !== undefined && num(value) === '1' ? unit.one : unit[lang];
}

/**
 * `value` with its unit, thousands separated: "13个工作日", "1 working day", "20,000 yuan".
 * @example quantity(20000, { zh: '元', en: 'yuan' }, 'zh') // "20,000元"
 */
export function quantity(value: number, unit: CountUnit, lang: Lang): string {
  return withUnit(grouped(value), unitFor(unit, value, lang), lang);
}

/** Working days with their unit, spaced as running text writes them: "13 个工作日", "1 working day". */
export function workingDays(value: number, lang: Lang): string {
  return `${grouped(value)} ${unitFor(WORKING_DAY_UNIT, value, lang)}`;
}
