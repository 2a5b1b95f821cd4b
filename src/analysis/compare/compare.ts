/**
 * Compares two documents, each a procedure or a bundle (so five separate items can be compared with
 * one merged procedure): the measures with their cuts, the reduction ledger, targets and money.
 */
import { getLedger, type RenameMap } from './ledger.js';
import { getMeasureRows } from './measures.js';
import { DEFAULT_MONEY, getMoney, type Money, type MoneySettings } from './money.js';
import { createSide, itemsOf, type SideInput } from './side.js';
import type { Target } from '../../model/targets.js';
import { DEFAULT_CALENDAR, type WorkCalendar } from '../calendar.js';
import { getBundleFinishes, getDateBasis, type DateBasis } from '../date-basis.js';
import { checkTargets } from './targets.js';
import type { LedgerEntry, MeasureRow, Side, TargetResult } from './types.js';

/** Options of a comparison. */
export interface CompareOptions {
  /** Old id → new id for items, materials and steps renamed by the reform. */
  rename?: RenameMap;
  /** Targets to check. */
  targets?: readonly Target[];
  /** Prices of the Standard Cost Model (defaults: DEFAULT_MONEY). */
  money?: Partial<MoneySettings>;
  /** Annual case volume for every item, overriding the files. */
  volume?: number;
  /** Annual case volume by item id, overriding the files and `volume`. */
  volumes?: ReadonlyMap<string, number>;
  /** Date of application: each side's schedule then gets dates. */
  startDate?: string;
  /** The calendar those dates are counted on (the official arrangements by default). */
  calendar?: WorkCalendar;
}

/** A comparison of two versions. */
export interface Comparison {
  before: Side;
  after: Side;
  measures: MeasureRow[];
  ledger: LedgerEntry[];
  targets: TargetResult[];
  /** Absent when an item's annual volume is unknown. */
  money?: Money;
  /** What both sides' dates rest on, when a start date was given. */
  dates?: DateBasis;
}

/**
 * Compares `before` with `after`.
 * Example: `compareDocuments({ bundle, items }, mergedProcedure, { targets: [parseTarget('材料压减>=30%').target] })`.
 */
export function compareDocuments(before: SideInput, after: SideInput, options: CompareOptions = {}): Comparison {
  const dating = { startDate: options.startDate, calendar: options.calendar };
  const b = createSide(before, dating);
  const a = createSide(after, dating);
  const dates = options.startDate
    ? getDateBasis(options.calendar ?? DEFAULT_CALENDAR, options.startDate, [...getBundleFinishes(b.dates), ...getBundleFinishes(a.dates)])
    : undefined;
  const measures = getMeasureRows(b.figures, a.figures);
  const view = (input: SideInput, side: Side) => ({ items: itemsOf(input), submission: side.submission ?? 'separate' });
  const ledger = getLedger(view(before, b), view(after, a), options.rename ?? new Map());
  const money = getMoney(
    { ...view(before, b), figures: b.items },
    { ...view(after, a), figures: a.items },
    { ...DEFAULT_MONEY, ...options.money },
    { volume: options.volume, volumes: options.volumes },
  );
  return { before: b, after: a, measures, ledger, targets: checkTargets(options.targets ?? [], measures), ...(money ? { money } : {}), ...(dates ? { dates } : {}) };
}
