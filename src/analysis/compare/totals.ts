/**
 * A county's total over several comparisons (`compare --all`): each measure summed before and after,
 * the cut and the cut in percent computed from the sums, never averaged over the pairs (an average
 * of percentages would weigh a one-document item like a fifty-document one).
 */
import { cutPercent, round2 } from './measures.js';
import type { Comparison } from './compare.js';
import type { MeasureRow } from './types.js';
import { MEASURE_KEYS, type CountingRuleId } from '../../vocabulary/index.js';

/** A measure summed over pairs. */
export interface MeasureTotal extends Pick<MeasureRow, 'key' | 'before' | 'after' | 'cut' | 'cutPercent'> {
  /** How many pairs the sums take in: those with a figure on both sides. */
  pairs: number;
  /** The counting rules (口径) of the figures summed, each once, in the order met (several when pairs count differently). */
  rules: CountingRuleId[];
}

/** The totals of several comparisons. */
export interface ComparisonTotals {
  /** Each measure in report order, summed over the pairs that have it on both sides. */
  measures: MeasureTotal[];
  /** The yearly money saved, summed over the pairs that have a money figure; absent when none has. */
  saved?: { yuan: number; pairs: number };
}

/**
 * Sums `comparisons` measure by measure. A pair whose figure is missing on either side (no committed
 * limit) is left out of that measure's sums, and `pairs` says how many were taken in.
 * Example: materials 9 → 5 and 35 → 17 total 44 → 22, cut 22, cut in percent 50.00.
 */
export function getComparisonTotals(comparisons: ReadonlyArray<Pick<Comparison, 'measures' | 'money'>>): ComparisonTotals {
  const measures = MEASURE_KEYS.map((key): MeasureTotal => {
    const rows = comparisons.map((c) => c.measures.find((m) => m.key === key)).filter((r) => r !== undefined && r.before !== null && r.after !== null) as MeasureRow[];
    if (rows.length === 0) return { key, before: null, after: null, cut: null, cutPercent: null, pairs: 0, rules: [] };
    const before = round2(rows.reduce((sum, r) => sum + r.before!, 0));
    const after = round2(rows.reduce((sum, r) => sum + r.after!, 0));
    const rules = [...new Set(rows.flatMap((r) => [r.rule.before, r.rule.after]))];
    return { key, before, after, cut: round2(before - after), cutPercent: cutPercent(before, after), pairs: rows.length, rules };
  });
  const withMoney = comparisons.filter((c) => c.money !== undefined);
  if (withMoney.length === 0) return { measures };
  return { measures, saved: { yuan: round2(withMoney.reduce((sum, c) => sum + c.money!.saved, 0)), pairs: withMoney.length } };
}
