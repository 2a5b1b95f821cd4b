/** Words of a comparison: cuts ("压减51.43%"), the summary sentence, ledger reasons and targets. */
import { MEASURE_WORDS } from '../analysis/compare/measures.js';
import type { LedgerEntry, MeasureKey, MeasureRow, TargetResult } from '../analysis/compare/types.js';
import type { Lang } from '../model/types.js';
import { COUNTING_RULES, ruleName } from '../vocabulary/counting-rules.js';
import { num } from './words.js';

/** A measure's name. */
export function measureName(key: MeasureKey, lang: Lang): string {
  return MEASURE_WORDS[key][lang];
}

/** A figure with its unit: "17份", "13个工作日", "13 working days"; a missing one says "未规定". */
export function figureText(key: MeasureKey, value: number | null, lang: Lang): string {
  if (value === null) return NO_FIGURE[key]?.[lang === 'zh' ? 0 : 1] ?? (lang === 'zh' ? '未规定' : 'none');
  const w = MEASURE_WORDS[key];
  if (lang === 'zh') return `${num(value)}${w.unitZh}`;
  return `${num(value)} ${value === 1 ? w.unitEn.replace(/ies$/, 'y').replace(/s$/, '') : w.unitEn}`;
}

/** How a null figure reads: a limit not set, forms not declared. */
const NO_FIGURE: Partial<Record<MeasureKey, [string, string]>> = {
  forms: ['未填写', 'not given'],
  formFields: ['未填写', 'not given'],
};

/**
 * The rule (口径) a row's figures were counted by: one name, or each side's when they differ; a rule
 * that departs from how offices publish is marked. "并联审批计 1 个环节", "改革前：逐事项相加；改革后：…".
 */
export function ruleText(row: MeasureRow, lang: Lang): string {
  const { before, after } = row.rule;
  if (before === after) return ruleName(before, lang);
  return lang === 'zh'
    ? `改革前：${ruleName(before, lang)}；改革后：${ruleName(after, lang)}`
    : `before: ${ruleName(before, lang)}; after: ${ruleName(after, lang)}`;
}

/**
 * What a reader needs beside the figures: the count under the other rule where it differs, and the
 * items a missing limit lacks. "逐环节计（并联分支各环节分别计）：9 → 4"; "未规定法定时限的事项：企业开办…".
 */
export function ruleNotes(row: MeasureRow, lang: Lang): string[] {
  const zh = lang === 'zh';
  const notes: string[] = [];
  const alt = row.alternative;
  if (alt) {
    const pair = `${figureText(row.key, alt.before, lang)} → ${figureText(row.key, alt.after, lang)}`;
    notes.push(zh ? `按“${COUNTING_RULES[alt.rule].zh}”：${pair}` : `${COUNTING_RULES[alt.rule].en}: ${pair}`);
  }
  for (const side of ['before', 'after'] as const) {
    const w = row.asWritten?.[side];
    const value = row[side];
    if (!w || value === null) continue;
    const label = zh ? (side === 'before' ? '改革前' : '改革后') : side;
    notes.push(zh
      ? `${label}写为 ${w.days} 个自然日，自 ${w.from} 起算在工作日历上合 ${num(value)} 个工作日（不按 5/7 折算）`
      : `${label}: written as ${w.days} calendar days; from ${w.from}, ${num(value)} working days on the calendar (not 5/7)`);
  }
  for (const side of ['before', 'after'] as const) {
    const names = row.missing?.[side];
    if (!names?.length) continue;
    const label = zh ? (side === 'before' ? '改革前' : '改革后') : side;
    const what = measureName(row.key, lang);
    notes.push(zh ? `${label}未规定${what}的事项：${names.join('、')}（不以模型用时代替）` : `${label}, items with no ${what.toLowerCase()}: ${names.join(', ')} (modelled time is not put in its place)`);
  }
  return notes;
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
const SUMMARY: ReadonlyArray<MeasureKey | 'time'> = ['items', 'materials', 'forms', 'formFields', 'steps', 'time', 'trips', 'fees'];

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
  parallel: ['串联改并联（不再等前一事项办结）', 'no longer one after the other (now at the same time)'],
  overlap: ['改为交叉办理（前一事项开始后即可开始）', 'now overlapping (starts once the other has started)'],
};

const KINDS: Record<LedgerEntry['kind'], [string, string]> = {
  item: ['事项', 'Item'],
  material: ['材料', 'Material'],
  step: ['环节', 'Step'],
  trip: ['跑动', 'Trip'],
  fee: ['费用', 'Fee'],
  dependency: ['先后关系', 'Order'],
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
