/**
 * Compares two documents, each a procedure or a bundle (so five separate items can be compared with
 * one merged procedure): the measures with their cuts, the reduction ledger, targets and money.
 */
import { getLedger, type RenameMap } from './ledger.js';
import { getMaterialMatrix } from './matrix.js';
import { getMeasureRows } from './measures.js';
import { DEFAULT_MONEY, getMoney, type Money, type MoneySettings } from './money.js';
import { countingOf, createSide, itemsOf, type SideInput } from './side.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Target } from '../../model/targets.js';
import type { StepCounting } from '../../model/types.js';
import { DEFAULT_CALENDAR, type WorkCalendar } from '../calendar.js';
import { getBundleFinishes, getDateBasis, type DateBasis } from '../date-basis.js';
import { checkTargets } from './targets.js';
import type { LedgerEntry, MaterialMatrixRow, MeasureRow, Side, TargetResult } from './types.js';

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
  /** How parallel blocks count as 环节, overriding the files (--step-counting). */
  stepCounting?: StepCounting;
  /** Where to read a file as shown, to locate a warning in it (see AnalyzeOptions). */
  readPath?: (file: string) => string;
  /** Date of application: each side's schedule then gets dates, and calendar-day limits count from it. */
  startDate?: string;
  /** The calendar those dates are counted on (the official arrangements by default). */
  calendar?: WorkCalendar;
}

/** A comparison of two versions. */
export interface Comparison {
  /** The side before the reform. */
  before: Side;
  /** The side after the reform. */
  after: Side;
  /** Each measure before and after, with its cut, in report order. */
  measures: MeasureRow[];
  /** The reduction ledger: everything removed, merged, changed or added. */
  ledger: LedgerEntry[];
  /** Every material of both sides, joined by id, with why it is no longer prepared. */
  materials: MaterialMatrixRow[];
  /** The targets checked, in the order given. */
  targets: TargetResult[];
  /** The money saved by the Standard Cost Model; absent when an item's annual volume is unknown. */
  money?: Money;
  /** Warnings on the files compared (a bundle limit no case can keep). */
  warnings: Diagnostic[];
  /** What both sides' dates rest on, when a start date was given. */
  dates?: DateBasis;
}

/**
 * Compares `before` with `after`.
 * Example: `compareDocuments({ bundle, items }, mergedProcedure, { targets: [parseTarget('材料压减>=30%').target] })`.
 */
export function compareDocuments(before: SideInput, after: SideInput, options: CompareOptions = {}): Comparison {
  const warnings: Diagnostic[] = [];
  const analyze = { stepCounting: options.stepCounting, readPath: options.readPath, startDate: options.startDate, calendar: options.calendar };
  const b = createSide(before, analyze, warnings);
  const a = createSide(after, analyze, warnings);
  const dates = options.startDate
    ? getDateBasis(options.calendar ?? DEFAULT_CALENDAR, options.startDate, [...getBundleFinishes(b.dates), ...getBundleFinishes(a.dates)])
    : undefined;
  const measures = getMeasureRows(b, a);
  const view = (input: SideInput) => ({ items: itemsOf(input), counting: countingOf(input) });
  const ledger = compareLedger(before, after, options.rename);
  const money = getMoney(
    { ...view(before), figures: b.items },
    { ...view(after), figures: a.items },
    { ...DEFAULT_MONEY, ...options.money },
    { volume: options.volume, volumes: options.volumes },
  );
  const materials = getMaterialMatrix(b, a, ledger);
  return {
    before: b, after: a, measures, ledger, materials, targets: checkTargets(options.targets ?? [], measures),
    ...(money ? { money } : {}), warnings, ...(dates ? { dates } : {}),
  };
}

/**
 * The reduction ledger of `before` against `after`, as compareDocuments makes it: it reads the
 * documents only, not their analysis, so what needs no more than the ledger (the diagrams' words) can
 * start before the comparison is made.
 */
export function compareLedger(before: SideInput, after: SideInput, rename: RenameMap = new Map()): LedgerEntry[] {
  return getLedger({ items: itemsOf(before), counting: countingOf(before) }, { items: itemsOf(after), counting: countingOf(after) }, rename);
}
