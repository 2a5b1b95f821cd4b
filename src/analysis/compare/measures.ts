/** The measures compared, in report order, and the cut of each by the reform offices' convention. */
import { MEASURE_KEYS, roundHalfUp } from '../../vocabulary/index.js';
import { difference, percentChange } from '../decimal.js';
import type { Figures, MeasureRow, SideCounting } from './types.js';

/** Rounds half away from zero to two decimals on the decimal value, the precision reform reports use. */
export function round2(value: number): number {
  return roundHalfUp(value, 2);
}

/**
 * The cut in percent: (before − after) / before × 100, rounded half away from zero (四舍五入) to two
 * decimals on the exact value, for cuts and rises alike; null when before is 0 or either figure is
 * unknown. Examples: cutPercent(35, 17) = 51.43; cutPercent(160, 63) = 60.63; cutPercent(32, 33) = −3.13.
 */
export function cutPercent(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return percentChange(before, after);
}

/** A side's figures with how it counted them. */
export interface CountedFigures {
  /** The figure of each measure. */
  figures: Figures;
  /** How each was counted. */
  counting: SideCounting;
}

/**
 * Each measure's before and after figures, cut and cut in percent, in MEASURE_KEYS order
 * (src/vocabulary/measures.ts), with the rule of each side's figure.
 */
export function getMeasureRows(before: CountedFigures, after: CountedFigures): MeasureRow[] {
  return MEASURE_KEYS.map((key) => {
    const b = before.figures[key];
    const a = after.figures[key];
    const row: MeasureRow = {
      key,
      before: b,
      after: a,
      cut: b === null || a === null ? null : difference(b, a),
      cutPercent: cutPercent(b, a),
      rule: { before: before.counting.rules[key], after: after.counting.rules[key] },
    };
    const missing = { before: before.counting.missing[key], after: after.counting.missing[key] };
    if (missing.before?.length || missing.after?.length) row.missing = JSON.parse(JSON.stringify(missing));
    const undated = { before: before.counting.undated[key], after: after.counting.undated[key] };
    if (undated.before?.length || undated.after?.length) row.undated = JSON.parse(JSON.stringify(undated));
    const written = { before: before.counting.asWritten[key], after: after.counting.asWritten[key] };
    if (written.before || written.after) row.asWritten = JSON.parse(JSON.stringify(written));
    const alt = [before.counting.alternatives[key], after.counting.alternatives[key]];
    if (alt[0] || alt[1]) {
      row.alternative = { rule: (alt[0] ?? alt[1])!.rule, before: alt[0]?.value ?? b, after: alt[1]?.value ?? a };
    }
    return row;
  });
}
