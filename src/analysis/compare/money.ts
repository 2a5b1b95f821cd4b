/**
 * The money a reform saves, by the Standard Cost Model (OECD/EU SCM: cost = Σ price × quantity,
 * price = time × tariff + out-of-pocket costs, quantity = cases a year). Every setting has a default
 * with its basis, and the formula is returned in words so a report reader can redo the sum.
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import { getPreparedMaterials, type MaterialCounting } from '../prepared.js';
import { sumOfProducts } from '../decimal.js';
import { round2 } from './measures.js';
import type { SideItem } from './types.js';

/** The prices of the model. */
export interface MoneySettings {
  /** The applicant's time, yuan an hour. */
  hourlyCost: number;
  /** One trip in person, yuan (time there and back, queueing, travel). */
  tripCost: number;
  /** Hours to prepare one copy of a material. */
  prepHours: number;
  /** Hours a working day of waiting counts as burden (following up, staying available). */
  waitHours: number;
}

/**
 * Defaults. hourlyCost: 2023 average wage of urban non-private employees, 120,698 yuan a year
 * (National Bureau of Statistics, May 2024) over 2,088 paid hours (12 months × 21.75 paid days,
 * 劳社部发〔2008〕3号, × 8 hours) = 57.81 yuan. tripCost: half a working day (4 hours) at that rate
 * plus 20 yuan of local travel = 251.24 yuan (modelled estimate). prepHours 0.5 and waitHours 0.5
 * are modelled estimates; override them with what a local survey finds.
 */
export const DEFAULT_MONEY: MoneySettings = {
  hourlyCost: round2(120698 / (12 * 21.75 * 8)),
  tripCost: round2(4 * (120698 / (12 * 21.75 * 8)) + 20),
  prepHours: 0.5,
  waitHours: 0.5,
};

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
  /** saved in 万元 (10,000 yuan), at full precision (rounded only when shown). */
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
  counting: MaterialCounting;
}

/**
 * The yearly burden of each side and the saving; undefined when an item's volume is unknown.
 * `volumes` overrides items' `volume` by item id; `volume` overrides every item.
 */
export function getMoney(before: MoneySide, after: MoneySide, settings: MoneySettings, override: { volume?: number; volumes?: ReadonlyMap<string, number> } = {}): Money | undefined {
  const items = [...burdens('before', before, settings, override), ...burdens('after', after, settings, override)];
  if (items.some((i) => Number.isNaN(i.volume))) return undefined;
  // Every figure at full precision: a total is summed from the exact yearly burdens and rounded once, when shown.
  const total = (side: 'before' | 'after') => sumOfProducts(items.filter((i) => i.side === side).map((i) => [i.yearly]));
  const saved = sumOfProducts([[total('before')], [-1, total('after')]]);
  return { settings, before: total('before'), after: total('after'), saved, savedWan: sumOfProducts([[saved, 0.0001]]), formula: MONEY_FORMULA, items };
}

function burdens(side: 'before' | 'after', input: MoneySide, s: MoneySettings, override: { volume?: number; volumes?: ReadonlyMap<string, number> }): MoneyItem[] {
  const copies = new Map<string, number>();
  for (const m of getPreparedMaterials(input.items, input.counting)) copies.set(m.item, (copies.get(m.item) ?? 0) + m.copies);
  return input.figures.map((f) => {
    const volume = override.volumes?.get(f.id) ?? override.volume ?? f.volume ?? NaN;
    const waitDays = f.critical ? f.days : 0;
    const fees = f.fees;
    const c = copies.get(f.id) ?? 0;
    const terms = [[f.trips, s.tripCost], [c, s.prepHours, s.hourlyCost], [waitDays, s.waitHours, s.hourlyCost], [fees]];
    const perCase = sumOfProducts(terms);
    const yearly = Number.isNaN(volume) ? NaN : sumOfProducts(terms.map((t) => [...t, volume]));
    return { side, id: f.id, name: f.name, volume, trips: f.trips, copies: c, waitDays, fees, perCase, yearly };
  });
}
