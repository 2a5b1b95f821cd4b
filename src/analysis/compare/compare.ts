/**
 * Compares two documents, each a procedure or a bundle (so five separate items can be compared with
 * one merged procedure): the measures with their cuts, the reduction ledger, targets and money.
 */
import { getLedger, type RenameMap } from './ledger.js';
import { getMeasureRows } from './measures.js';
import { DEFAULT_MONEY, getMoney, type Money, type MoneySettings } from './money.js';
import { countingOf, createSide, itemsOf, type SideInput } from './side.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Target } from '../../model/targets.js';
import type { StepCounting } from '../../model/types.js';
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
  /** How parallel blocks count as 环节, overriding the files (--step-counting). */
  stepCounting?: StepCounting;
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
  /** Warnings on the files compared (a bundle limit no case can keep). */
  warnings: Diagnostic[];
}

/**
 * Compares `before` with `after`.
 * Example: `compareDocuments({ bundle, items }, mergedProcedure, { targets: [parseTarget('材料压减>=30%').target] })`.
 */
export function compareDocuments(before: SideInput, after: SideInput, options: CompareOptions = {}): Comparison {
  const warnings: Diagnostic[] = [];
  const b = createSide(before, { stepCounting: options.stepCounting }, warnings);
  const a = createSide(after, { stepCounting: options.stepCounting }, warnings);
  const measures = getMeasureRows(b, a);
  const view = (input: SideInput) => ({ items: itemsOf(input), counting: countingOf(input) });
  const ledger = getLedger(view(before), view(after), options.rename ?? new Map());
  const money = getMoney(
    { ...view(before), figures: b.items },
    { ...view(after), figures: a.items },
    { ...DEFAULT_MONEY, ...options.money },
    { volume: options.volume, volumes: options.volumes },
  );
  return { before: b, after: a, measures, ledger, targets: checkTargets(options.targets ?? [], measures), ...(money ? { money } : {}), warnings };
}
