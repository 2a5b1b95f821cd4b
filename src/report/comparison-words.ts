/** Words of a comparison: cuts ("压减51.43%"), the summary sentence, ledger reasons and targets. */
import { MEASURE_WORDS } from '../analysis/compare/measures.js';
import type { LedgerEntry, MeasureKey, MeasureRow, TargetResult } from '../analysis/compare/types.js';
import type { Lang } from '../model/types.js';
import { num } from './words.js';

/** A measure's name. */
export function measureName(key: MeasureKey, lang: Lang): string {
  return MEASURE_WORDS[key][lang];
}

/** A figure with its unit: "17份", "13个工作日", "13 working days". */
export function figureText(key: MeasureKey, value: number | null, lang: Lang): string {
  if (value === null) return lang === 'zh' ? '未规定' : 'none';
  const w = MEASURE_WORDS[key];
  if (lang === 'zh') return `${num(value)}${w.unitZh}`;
  return `${num(value)} ${value === 1 ? w.unitEn.replace(/ies$/, 'y').replace(/s$/, '') : w.unitEn}`;
}

/** A cut in percent as reform reports print it, always two decimals: "51.43%", "50.00%". */
export function percentText(cutPercent: number): string {
  return `${Math.abs(cutPercent).toFixed(2)}%`;
}

/** The cut in words; says so plainly when the figure went up: "压减51.43%", "增加20%", "持平". */
export function cutText(row: MeasureRow, lang: Lang): string {
  const zh = lang === 'zh';
  if (row.cut === null) return '—';
  if (row.cut === 0) return zh ? '持平' : 'unchanged';
  const pct = row.cutPercent === null ? '' : percentText(row.cutPercent);
  if (row.cut > 0) return zh ? `压减${pct || num(row.cut)}` : `cut by ${pct || num(row.cut)}`;
  return zh ? `增加${pct || num(-row.cut)}` : `up by ${pct || num(-row.cut)}`;
}

/** The 压减量 column: the cut, or for a rise "增加 1" / "up 1", never a negative cut; "—" when unknown. */
export function cutAmountText(row: MeasureRow, lang: Lang): string {
  if (row.cut === null) return '—';
  if (row.cut >= 0) return num(row.cut);
  return lang === 'zh' ? `增加 ${num(-row.cut)}` : `up ${num(-row.cut)}`;
}

/** The time a summary names: the committed limit, else the statutory limit, else the modelled time. */
const TIME_KEYS: readonly MeasureKey[] = ['committedLimit', 'statutoryLimit', 'timeStandard'];

/** Measures a summary names, in order, when they changed ('time' stands for the first known of TIME_KEYS). */
const SUMMARY: ReadonlyArray<MeasureKey | 'time'> = ['items', 'materials', 'steps', 'time', 'trips', 'fees'];

/** "材料由35份压减至17份，压减51.43%；……。" — the key cuts, as a reform office writes them. */
export function summaryText(rows: readonly MeasureRow[], lang: Lang): string {
  const zh = lang === 'zh';
  const known = (key: MeasureKey) => rows.find((x) => x.key === key && x.before !== null && x.after !== null);
  const parts = SUMMARY.flatMap((wanted) => {
    const r = wanted === 'time' ? TIME_KEYS.map(known).find(Boolean) : known(wanted);
    if (!r || r.cut === 0) return [];
    const key = r.key;
    const name = measureName(key, lang);
    const from = figureText(key, r.before, lang);
    const to = figureText(key, r.after, lang);
    const pct = r.cutPercent === null ? '' : percentText(r.cutPercent);
    if (zh) return [r.cut! > 0 ? `${name}由${from}压减至${to}${pct ? `，压减${pct}` : ''}` : `${name}由${from}增加至${to}${pct ? `，增加${pct}` : ''}`];
    return [r.cut! > 0 ? `${name} cut from ${from} to ${to}${pct ? ` (−${pct})` : ''}` : `${name} up from ${from} to ${to}${pct ? ` (+${pct})` : ''}`];
  });
  if (parts.length === 0) return zh ? '各项指标与改革前持平。' : 'No measure changed.';
  return zh ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}

const REASONS: Record<string, [string, string]> = {
  cancelled: ['取消', 'cancelled'],
  shared: ['数据共享（免提交）', 'shared by data (not handed in)'],
  commitment: ['告知承诺替代', 'replaced by a commitment'],
  deferred: ['容缺后补', 'deferred (handed in later)'],
  merged: ['合并', 'merged'],
  once: ['一次提交（多个事项共用只交一次）', 'handed in once for several items'],
  'item-removed': ['所属事项已取消', 'its item is gone'],
  'not-needed': ['不再需要', 'no longer needed'],
  removed: ['取消', 'removed'],
  added: ['新增', 'added'],
  fewer: ['减少', 'fewer'],
  more: ['增加', 'more'],
};

const KINDS: Record<LedgerEntry['kind'], [string, string]> = {
  item: ['事项', 'Item'],
  material: ['材料', 'Material'],
  step: ['环节', 'Step'],
  trip: ['跑动', 'Trip'],
  fee: ['费用', 'Fee'],
};

/** A ledger entry's kind and reason in words. */
export function ledgerWords(e: LedgerEntry, lang: Lang): { kind: string; reason: string } {
  const i = lang === 'zh' ? 0 : 1;
  let reason = REASONS[e.reason]?.[i] ?? e.reason;
  const into = e.intoName ?? e.into;
  if (into) reason += lang === 'zh' ? `，并入 ${into}` : ` into ${into}`;
  if (e.before !== undefined && e.after !== undefined) reason += ` (${num(e.before)} → ${num(e.after)})`;
  return { kind: KINDS[e.kind][i], reason };
}

const OPS: Record<TargetResult['op'], [string, string]> = {
  'cutPercent>=': ['压减率 ≥ {v}%', 'cut ≥ {v}%'],
  'cut>=': ['压减量 ≥ {v}', 'cut by ≥ {v}'],
  'after<=': ['改革后 ≤ {v}', 'after ≤ {v}'],
  'after>=': ['改革后 ≥ {v}', 'after ≥ {v}'],
};

/** A target in words with its verdict: "材料 压减率 ≥ 30%：实际 51.43%，达标". */
export function targetText(t: TargetResult, lang: Lang): { goal: string; actual: string; verdict: string } {
  const zh = lang === 'zh';
  const goal = `${measureName(t.measure, lang)} ${OPS[t.op][zh ? 0 : 1].replace('{v}', num(t.value))}`;
  const actual = t.actual === null ? '—' : t.op === 'cutPercent>=' ? `${num(t.actual)}%` : num(t.actual);
  const verdict = t.met ? (zh ? '达标' : 'met') : zh ? '未达标' : 'not met';
  return { goal, actual, verdict };
}
