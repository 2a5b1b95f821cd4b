/**
 * Reform targets in words: what each kind of target compares ("压减率 ≥ 30%", "改革后 ≤ 1次"), and
 * the verdict (达标 / 未达标). Reading a target from text is src/model/targets.ts; checking it,
 * src/analysis/compare/targets.ts.
 */
import { withUnit, type Bilingual, type Lang } from './language.js';
import { MEASURES, measureUnit, type MeasureKey } from './measures.js';
import { grouped, num } from './numbers.js';

/** What a target compares: the cut in percent, the cut, or the figure after the reform. */
export type TargetOp = 'cutPercent>=' | 'cut>=' | 'after<=' | 'after>=';

/** Every kind of target, worded with its value. */
const OPS: { readonly [O in TargetOp]: { readonly zh: (v: string) => string; readonly en: (v: string) => string; readonly percent: boolean } } = {
  'cutPercent>=': { zh: (v) => `压减率 ≥ ${v}`, en: (v) => `cut ≥ ${v}`, percent: true },
  'cut>=': { zh: (v) => `压减量 ≥ ${v}`, en: (v) => `cut by ≥ ${v}`, percent: false },
  'after<=': { zh: (v) => `改革后 ≤ ${v}`, en: (v) => `after ≤ ${v}`, percent: false },
  'after>=': { zh: (v) => `改革后 ≥ ${v}`, en: (v) => `after ≥ ${v}`, percent: false },
};

/** Why a target as written cannot be read. */
export type TargetProblem = 'syntax' | 'measure' | 'percent' | 'over-100' | 'too-large';

/** Each reason a target cannot be read, in words (the diagnostic target-invalid and compare's usage error). */
export const TARGET_PROBLEMS: { readonly [P in TargetProblem]: Bilingual } = {
  syntax: { zh: '写法不对', en: 'wrong form' },
  measure: { zh: '不认识这个指标', en: 'unknown measure' },
  percent: { zh: '压减目标只能是“至少”：写 >= 或“以上”', en: 'a cut target is "at least": >= or 以上' },
  'over-100': { zh: '压减率不能超过 100%，这样的目标永远不会达标', en: 'a cut above 100% can never be met' },
  'too-large': { zh: '数值太大（最多 1,000,000,000,000）', en: 'the figure is too large (at most 1,000,000,000,000)' },
};

/** Whether a target was met. */
export const VERDICTS = {
  met: { zh: '达标', en: 'met' },
  missed: { zh: '未达标', en: 'not met' },
} as const satisfies Record<string, Bilingual>;

/** A figure of a target with its unit: "30%", "1次", "5个工作日", "1 trip". */
function figure(measure: MeasureKey, value: number, percent: boolean, lang: Lang): string {
  return percent ? `${num(value)}%` : withUnit(grouped(value), measureUnit(measure, value, lang), lang);
}

/** What a target asks, without the measure's name (a row already named by it): "压减率 ≥ 30%", "改革后 ≤ 1次". */
export function targetCondition(t: { measure: MeasureKey; op: TargetOp; value: number }, lang: Lang): string {
  const op = OPS[t.op];
  return op[lang](figure(t.measure, t.value, op.percent, lang));
}

/** What a target asks, named: "材料 压减率 ≥ 30%", "Trips after ≤ 1 trip". */
export function targetGoal(t: { measure: MeasureKey; op: TargetOp; value: number }, lang: Lang): string {
  return `${MEASURES[t.measure].name[lang]} ${targetCondition(t, lang)}`;
}

/** The figure a target was checked against: "77.78%", "1次"; "—" when unknown. */
export function targetActual(t: { measure: MeasureKey; op: TargetOp; actual: number | null }, lang: Lang): string {
  if (t.actual === null) return '—';
  return figure(t.measure, t.actual, OPS[t.op].percent, lang);
}
