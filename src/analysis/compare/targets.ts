/** Reform targets checked against a comparison's measures (reading them: src/model/targets.ts). */
import type { Target } from '../../model/targets.js';
import type { MeasureRow, TargetResult } from './types.js';

/** Checks each target against the measures; an unknown figure does not meet a target. */
export function checkTargets(targets: readonly Target[], rows: readonly MeasureRow[]): TargetResult[] {
  return targets.map((t) => {
    const row = rows.find((r) => r.key === t.measure)!;
    const actual = t.op === 'cutPercent>=' ? row.cutPercent : t.op === 'cut>=' ? row.cut : row.after;
    const met = actual !== null && (t.op === 'after<=' ? actual <= t.value : actual >= t.value);
    return { ...t, actual, met };
  });
}
