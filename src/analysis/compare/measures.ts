/** The measures compared, in report order, and the cut of each by the reform offices' convention. */
import { difference, percentChange, roundHalfUp } from '../decimal.js';
import type { Figures, MeasureKey, MeasureRow, SideCounting } from './types.js';

/** Every measure, in the order a report lists them. */
export const MEASURE_KEYS: readonly MeasureKey[] = [
  'items', 'materials', 'copies', 'forms', 'formFields', 'steps', 'statutoryLimit', 'committedLimit', 'timeStandard', 'timeSlowest', 'fees', 'trips', 'departments',
];

/** Names and units of the measures in both languages. */
export const MEASURE_WORDS: Record<MeasureKey, { zh: string; en: string; unitZh: string; unitEn: string }> = {
  items: { zh: '事项', en: 'Items', unitZh: '项', unitEn: 'items' },
  materials: { zh: '材料', en: 'Materials', unitZh: '份', unitEn: 'documents' },
  copies: { zh: '材料份数', en: 'Copies', unitZh: '份', unitEn: 'copies' },
  steps: { zh: '环节', en: 'Steps', unitZh: '个', unitEn: 'steps' },
  statutoryLimit: { zh: '法定时限', en: 'Statutory limit', unitZh: '个工作日', unitEn: 'working days' },
  committedLimit: { zh: '承诺时限', en: 'Committed limit', unitZh: '个工作日', unitEn: 'working days' },
  timeStandard: { zh: '模型用时（标准）', en: 'Modelled time (standard)', unitZh: '个工作日', unitEn: 'working days' },
  timeSlowest: { zh: '模型用时（最慢）', en: 'Modelled time (slowest)', unitZh: '个工作日', unitEn: 'working days' },
  fees: { zh: '费用', en: 'Fees', unitZh: '元', unitEn: 'yuan' },
  trips: { zh: '跑动次数', en: 'Trips', unitZh: '次', unitEn: 'trips' },
  departments: { zh: '部门', en: 'Departments', unitZh: '个', unitEn: 'departments' },
  forms: { zh: '表单', en: 'Forms', unitZh: '张', unitEn: 'forms' },
  formFields: { zh: '表单字段', en: 'Form fields', unitZh: '项', unitEn: 'fields' },
};

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
  figures: Figures;
  counting: SideCounting;
}

/** Each measure's before and after figures, cut and cut in percent, with the rule of each side's figure. */
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
    const written = { before: before.counting.asWritten[key], after: after.counting.asWritten[key] };
    if (written.before || written.after) row.asWritten = JSON.parse(JSON.stringify(written));
    const alt = [before.counting.alternatives[key], after.counting.alternatives[key]];
    if (alt[0] || alt[1]) {
      row.alternative = { rule: (alt[0] ?? alt[1])!.rule, before: alt[0]?.value ?? b, after: alt[1]?.value ?? a };
    }
    return row;
  });
}
