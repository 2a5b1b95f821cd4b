/** Pieces the comparison's table and Markdown share: side headings, money lines and change words. */
import type { Comparison } from '../analysis/compare/compare.js';
import { sumOfProducts } from '../analysis/decimal.js';
import type { LedgerEntry, Side } from '../analysis/compare/types.js';
import type { Lang } from '../model/types.js';
import { grouped, num } from './words.js';

/** "一件事，分别提交，7 个事项" / "procedure". */
export function sideKind(side: Side, lang: Lang): string {
  const zh = lang === 'zh';
  if (side.kind === 'procedure') return zh ? '单个事项' : 'one procedure';
  const how = side.submission === 'once' ? (zh ? '一次提交' : 'handed in once') : zh ? '分别提交' : 'handed in separately';
  return zh ? `一件事，材料${how}，${side.items.length} 个事项` : `bundle, materials ${how}, ${side.items.length} items`;
}

/** The critical path in words: "出生医学证明 → 户口登记 → …". */
export function criticalText(side: Side): string {
  return side.criticalPath.map((id) => side.items.find((i) => i.id === id)?.name ?? id).join(' → ');
}

/** A change in words. */
export function changeText(e: LedgerEntry, lang: Lang): string {
  const words: Record<LedgerEntry['change'], [string, string]> = {
    removed: ['减少', 'removed'],
    merged: ['合并', 'merged'],
    added: ['新增', 'added'],
    changed: ['变化', 'changed'],
  };
  return words[e.change][lang === 'zh' ? 0 : 1];
}

/** The money section's lines: settings, totals, formula (without layout). */
export function moneyLines(c: Comparison, lang: Lang): { settings: string; totals: string; formula: string } | undefined {
  const m = c.money;
  if (!m) return undefined;
  const zh = lang === 'zh';
  const s = m.settings;
  const wan = (v: number) => grouped(sumOfProducts([[v, 0.0001]]));
  return {
    settings: zh
      ? `时薪 ${num(s.hourlyCost)} 元/小时；每次跑动成本 ${num(s.tripCost)} 元；每份材料准备 ${num(s.prepHours)} 小时；每等待一个工作日计 ${num(s.waitHours)} 小时`
      : `hourly cost ${num(s.hourlyCost)} yuan; cost per trip ${num(s.tripCost)} yuan; ${num(s.prepHours)} h per copy; ${num(s.waitHours)} h counted per working day waited`,
    totals: zh
      ? `改革前年负担 ${grouped(m.before)} 元（${wan(m.before)} 万元），改革后 ${grouped(m.after)} 元（${wan(m.after)} 万元），每年为企业群众节省 ${grouped(m.saved)} 元（${wan(m.saved)} 万元）`
      : `yearly burden before ${grouped(m.before)} yuan (${wan(m.before)} × 10,000), after ${grouped(m.after)} yuan (${wan(m.after)} × 10,000); saved ${grouped(m.saved)} yuan (${wan(m.saved)} × 10,000 yuan) a year`,
    formula: m.formula[lang],
  };
}

/** Why the money section is missing. */
export function noMoneyText(lang: Lang): string {
  return lang === 'zh'
    ? '未计算节省成本：有事项没有写年办件量（volume）。可在事项文件中写 volume，或用 --volume 指定。'
    : 'Money not computed: some item has no annual case volume. Write `volume` in the item files, or give --volume.';
}

/** Text in brackets as each language writes them: "（…）" or " (…)". */
export function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** A label and its value: "公式：…" or "formula: …". */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：${value}` : `${label}: ${value}`;
}
