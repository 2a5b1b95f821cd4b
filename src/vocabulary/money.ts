/**
 * The Standard Cost Model in words (OECD/EU SCM): each price's name and unit, the formula a
 * reader can redo the sum with, and the sentence a report states the saving in ("每年为企业群众节省
 * 836.42 万元"). The figures are src/analysis/compare/money.ts's.
 */
import type { Bilingual, Template } from './language.js';
import { grouped, millions, num, twoDecimals, wan } from './numbers.js';

/** The formula in words. */
export const MONEY_FORMULA: Bilingual = {
  zh: '每件负担 = 跑动次数 × 每次跑动成本 + 材料份数 × 每份准备小时 × 时薪 + 等待工作日 × 每日计入小时 × 时薪 + 费用；年负担 = Σ 每件负担 × 年办件量；节省 = 改革前年负担 − 改革后年负担',
  en: 'burden per case = trips × cost per trip + copies × hours per copy × hourly cost + working days waited × hours counted per day × hourly cost + fees; yearly burden = Σ burden per case × cases a year; saved = yearly burden before − after',
};

/** The prices of the model, as the settings line states them. */
export const MONEY_SETTINGS: Template<{ hourlyCost: number; tripCost: number; prepHours: number; waitHours: number }> = {
  zh: (s) => `时薪 ${num(s.hourlyCost)} 元/小时；每次跑动成本 ${num(s.tripCost)} 元；每份材料准备 ${num(s.prepHours)} 小时；每等待一个工作日计 ${num(s.waitHours)} 小时`,
  en: (s) => `hourly cost ${num(s.hourlyCost)} yuan; cost per trip ${num(s.tripCost)} yuan; ${num(s.prepHours)} h per copy; ${num(s.waitHours)} h counted per working day waited`,
};

/** The yearly burden before and after and the saving, in yuan and in 万元 (in English, millions). */
export const MONEY_TOTALS: Template<{ before: number; after: number; saved: number }> = {
  zh: (m) => `改革前年负担 ${grouped(m.before)} 元（${moneyText(m.before, 'zh')}），改革后 ${grouped(m.after)} 元（${moneyText(m.after, 'zh')}），每年为企业群众节省 ${grouped(m.saved)} 元（${moneyText(m.saved, 'zh')}）`,
  en: (m) => `yearly burden before ${grouped(m.before)} yuan (${moneyText(m.before, 'en')}), after ${grouped(m.after)} yuan (${moneyText(m.after, 'en')}); saved ${grouped(m.saved)} yuan (${moneyText(m.saved, 'en')}) a year`,
};

/** Why there is no money figure. */
export const NO_MONEY: Bilingual = {
  zh: '未计算节省成本：有事项没有写年办件量（volume）。可在事项文件中写 volume，或用 --volume 指定。',
  en: 'Money not computed: some item has no annual case volume (volume). Write volume in the item files, or give --volume.',
};

/** The unit a large sum is stated in: 万元 in Chinese, million yuan in English. */
export const MONEY_UNIT: Bilingual = { zh: '万元', en: 'million yuan' };

/** A large sum in MONEY_UNIT's number: "836.42" (万元) or "8.36" (million). */
export function moneyFigure(yuan: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? wan(yuan) : millions(yuan);
}

/**
 * The units a sum is stated in, largest first, with the yuan each holds: a report writes 亿元 from
 * one hundred million, 万元 from ten thousand, else 元; English millions and billions.
 */
const MONEY_SCALES: Readonly<Record<'zh' | 'en', ReadonlyArray<{ yuan: bigint; unit: string }>>> = {
  zh: [{ yuan: 100_000_000n, unit: '亿元' }, { yuan: 10_000n, unit: '万元' }, { yuan: 1n, unit: '元' }],
  en: [{ yuan: 1_000_000_000n, unit: 'billion yuan' }, { yuan: 1_000_000n, unit: 'million yuan' }, { yuan: 1n, unit: 'yuan' }],
};

/** A sum in the unit a report would state it in: the figure (two decimals for 万元 and larger, thousands separated) and the unit. */
export interface MoneyAmount {
  /** "836.42", "1.20", "2,500". */
  figure: string;
  /** "万元", "亿元", "元", "million yuan". */
  unit: string;
}

/**
 * `yuan` in the largest unit it reaches (by its size, so a loss reads like a saving):
 * 8,364,195 → 836.42 万元; 120,000,000 → 1.20 亿元; 2,500 → 2,500 元; in English 8.36 million yuan.
 */
export function moneyAmount(yuan: number, lang: 'zh' | 'en'): MoneyAmount {
  const size = Math.abs(yuan);
  const scale = MONEY_SCALES[lang].find((s) => size >= Number(s.yuan)) ?? MONEY_SCALES[lang].at(-1)!;
  return { figure: scale.yuan === 1n ? grouped(yuan) : twoDecimals(yuan, scale.yuan), unit: scale.unit };
}

/** A sum with its unit, joined so a line never breaks between them: "836.42 万元", "8.36 million yuan". */
export function moneyText(yuan: number, lang: 'zh' | 'en'): string {
  const { figure, unit } = moneyAmount(yuan, lang);
  return `${figure}\u00a0${unit}`;
}
