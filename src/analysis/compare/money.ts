/**
 * The money a reform saves, by the Standard Cost Model (OECD/EU SCM: cost = Σ price × quantity,
 * price = time × tariff + out-of-pocket costs, quantity = cases a year). Every setting has a default
 * with its basis, and the formula is returned in words so a report reader can redo the sum.
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import { getPreparedMaterials } from '../bundle.js';
import { round2 } from './measures.js';
import type { SideItem } from './types.js';
import type { MoneySettings } from '../defaults.js';

export { DEFAULT_MONEY, type MoneySettings } from '../defaults.js';

/** One item's burden on one side. */
export interface MoneyItem {
  side: 'before' | 'after';
  id: string;
  name: string;
  volume: number;
  trips: number;
  copies: number;
  /** Working days of waiting counted (items off the critical path wait alongside it: 0). */
  waitDays: number;
  fees: number;
  /** Burden of one case, yuan. */
  perCase: number;
  /** perCase × volume, yuan. */
  yearly: number;
}

/** The money figures of a comparison. */
export interface Money {
  settings: MoneySettings;
  /** Yearly burden before, yuan. */
  before: number;
  /** Yearly burden after, yuan. */
  after: number;
  /** before − after, yuan. */
  saved: number;
  /** saved in 万元 (10,000 yuan), two decimals. */
  savedWan: number;
  formula: { zh: string; en: string };
  items: MoneyItem[];
}

/** The formula in words. */
export const MONEY_FORMULA = {
  zh: '每件负担 = 跑动次数 × 每次跑动成本 + 材料份数 × 每份准备小时 × 时薪 + 等待工作日 × 每日计入小时 × 时薪 + 费用；年负担 = Σ 每件负担 × 年办件量；节省 = 改革前年负担 − 改革后年负担',
  en: 'burden per case = trips × cost per trip + copies × hours per copy × hourly cost + working days waited × hours counted per day × hourly cost + fees; yearly burden = Σ burden per case × cases a year; saved = yearly burden before − after',
};

/** A side's items with what the money model needs. */
export interface MoneySide {
  items: readonly ResolvedItem[];
  figures: readonly SideItem[];
  submission: 'separate' | 'once';
}

/**
 * The yearly burden of each side and the saving; undefined when an item's volume is unknown.
 * `volumes` overrides items' `volume` by item id; `volume` overrides every item.
 */
export function getMoney(before: MoneySide, after: MoneySide, settings: MoneySettings, override: { volume?: number; volumes?: ReadonlyMap<string, number> } = {}): Money | undefined {
  const items = [...burdens('before', before, settings, override), ...burdens('after', after, settings, override)];
  if (items.some((i) => Number.isNaN(i.volume))) return undefined;
  const total = (side: 'before' | 'after') => round2(items.filter((i) => i.side === side).reduce((sum, i) => sum + i.yearly, 0));
  const saved = round2(total('before') - total('after'));
  return { settings, before: total('before'), after: total('after'), saved, savedWan: round2(saved / 10000), formula: MONEY_FORMULA, items };
}

function burdens(side: 'before' | 'after', input: MoneySide, s: MoneySettings, override: { volume?: number; volumes?: ReadonlyMap<string, number> }): MoneyItem[] {
  const copies = new Map<string, number>();
  for (const m of getPreparedMaterials(input.items.map((i) => i.procedure), input.submission)) copies.set(m.item, (copies.get(m.item) ?? 0) + m.copies);
  return input.figures.map((f) => {
    const volume = override.volumes?.get(f.id) ?? override.volume ?? f.volume ?? NaN;
    const waitDays = f.critical ? f.days : 0;
    const fees = f.fees;
    const c = copies.get(f.id) ?? 0;
    const perCase = round2(f.trips * s.tripCost + c * s.prepHours * s.hourlyCost + waitDays * s.waitHours * s.hourlyCost + fees);
    return { side, id: f.id, name: f.name, volume, trips: f.trips, copies: c, waitDays, fees, perCase, yearly: round2(perCase * volume) };
  });
}
