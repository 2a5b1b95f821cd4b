/** The measures compared, in report order, and the cut of each by the reform offices' convention. */
import { MEASURE_KEYS } from '../../vocabulary/index.js';
import type { Figures, MeasureRow } from './types.js';

/** Rounds to two decimals, the precision reform reports use ("压减51.43%"). */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * The cut in percent: (before − after) / before × 100 to two decimals; null when before is 0 or
 * either figure is unknown. Example: cutPercent(35, 17) = 51.43.
 */
export function cutPercent(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return round2(((before - after) / before) * 100);
}

/** Each measure's before and after figures, cut and cut in percent, in MEASURE_KEYS order (src/vocabulary/measures.ts). */
export function getMeasureRows(before: Figures, after: Figures): MeasureRow[] {
  return MEASURE_KEYS.map((key) => {
    const b = before[key];
    const a = after[key];
    return { key, before: b, after: a, cut: b === null || a === null ? null : round2(b - a), cutPercent: cutPercent(b, a) };
  });
}
