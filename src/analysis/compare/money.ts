/**
 * The money a reform saves, by the Standard Cost Model (OECD/EU SCM: cost = Σ price × quantity,
 * price = time × tariff + out-of-pocket costs, quantity = cases a year). Every setting has a default
 * with its basis, and the formula is returned in words so a report reader can redo the sum.
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import { MONEY_FORMULA, type Bilingual } from '../../vocabulary/index.js';
import { sumOfProducts } from '../decimal.js';
import { getPreparedMaterials, type MaterialCounting } from '../prepared.js';
import { round2 } from './measures.js';
import type { SideItem } from './types.js';
import type { MoneySettings } from '../defaults.js';

export { DEFAULT_MONEY, type MoneySettings } from '../defaults.js';

/** One item's burden on one side. */
export interface MoneyItem {
  /** Which side the item is on. */
  side: 'before' | 'after';
  /** Item id. */
  id: string;
  /** Item name. */
  name: string;
  /** Cases a year (年办件量). */
  volume: number;
  /** Trips per case. */
  trips: number;
  /** Copies of materials prepared per case. */
  copies: number;
  /** Working days of waiting counted (items off the critical path wait alongside it: 0). */
  waitDays: number;
  /** Fees per case, yuan. */
  fees: number;
  /** Burden of one case, yuan. */
  perCase: number;
  /** perCase × volume, yuan. */
  yearly: number;
}

/** The money figures of a comparison. */
export interface Money {
  /** The prices the figures use. */
  settings: MoneySettings;
  /** Yearly burden before, yuan. */
  before: number;
  /** Yearly burden after, yuan. */
  after: number;
  /** before − after, yuan. */
  saved: number;
  /** saved in 万元 (10,000 yuan), at full precision (rounded only when shown). */
  savedWan: number;
  /** The formula in words (src/vocabulary/money.ts). */
  formula: Bilingual;
  /** Each item's burden, before items first. */
  items: MoneyItem[];
}

/** A side's items with what the money model needs. */
export interface MoneySide {
  /** The side's items with their procedures. */
  items: readonly ResolvedItem[];
  /** The side's figures per item. */
  figures: readonly SideItem[];
  /** How the side's materials are handed in (and which it declares identical). */
  counting: MaterialCounting;
}

/**
 * The yearly burden of each side and the saving; undefined when an item's volume is unknown.
 * `volumes` overrides items' `volume` by item id; `volume` overrides every item.
 */
export function getMoney(
  before: MoneySide,
  after: MoneySide,
  settings: MoneySettings,
  override: { volume?: number; volumes?: ReadonlyMap<string, number> } = {},
): Money | undefined {
  const burdened = [...burdens('before', before, settings, override), ...burdens('after', after, settings, override)];
  const items = burdened.map(({ item }) => item);
  if (items.some((i) => Number.isNaN(i.volume))) return undefined;
  // Every figure from the exact terms, rounded once: a total or the saving summed from yearly burdens
  // already rounded to a double is off by thousands of yuan once a total passes 2^53 (about 9×10^15).
  const yearly = (side: 'before' | 'after', sign: number) =>
    burdened.filter(({ item }) => item.side === side).flatMap(({ yearlyTerms }) => yearlyTerms.map((t) => [sign, ...t]));
  const savedTerms = [...yearly('before', 1), ...yearly('after', -1)];
  return {
    settings,
    before: sumOfProducts(yearly('before', 1)),
    after: sumOfProducts(yearly('after', 1)),
    saved: sumOfProducts(savedTerms),
    savedWan: sumOfProducts(savedTerms.map((t) => [...t, 0.0001])),
    formula: MONEY_FORMULA,
    items,
  };
}

/** Each item's burden on a side, with the terms of its yearly burden (each factor as written). */
function burdens(
  side: 'before' | 'after',
  input: MoneySide,
  s: MoneySettings,
  override: { volume?: number; volumes?: ReadonlyMap<string, number> },
): Array<{ item: MoneyItem; yearlyTerms: number[][] }> {
  const copies = new Map<string, number>();
  for (const m of getPreparedMaterials(input.items, input.counting)) copies.set(m.item, (copies.get(m.item) ?? 0) + m.copies);
  return input.figures.map((f) => {
    const volume = override.volumes?.get(f.id) ?? override.volume ?? f.volume ?? NaN;
    const waitDays = f.critical ? f.days : 0;
    const fees = f.fees;
    const c = copies.get(f.id) ?? 0;
    const terms = [[f.trips, s.tripCost], [c, s.prepHours, s.hourlyCost], [waitDays, s.waitHours, s.hourlyCost], [fees]];
    const perCase = sumOfProducts(terms);
    const yearlyTerms = terms.map((t) => [...t, volume]);
    const yearly = Number.isNaN(volume) ? NaN : sumOfProducts(yearlyTerms);
    return { item: { side, id: f.id, name: f.name, volume, trips: f.trips, copies: c, waitDays, fees, perCase, yearly }, yearlyTerms };
  });
}
