/** Pieces the comparison's table and Markdown share: side headings, money lines and change words. */
import type { Comparison } from '../analysis/compare/compare.js';
import type { LedgerEntry, MeasureRow, Side } from '../analysis/compare/types.js';
import { fill, LEDGER_CHANGES, MEASURE_COLUMNS, MONEY_SETTINGS, MONEY_TOTALS, NO_MONEY, num, SUBMISSIONS, type Lang, type Template } from '../vocabulary/index.js';
import { cutText, figureText, measureName } from './comparison-words.js';

export { labelled, paren } from '../vocabulary/index.js';

/** What a side is: one procedure, or a bundle with how its materials are handed in and how many items. */
const SIDE_KIND: { readonly procedure: { zh: string; en: string }; readonly bundle: Template<{ how: string; items: number }> } = {
  procedure: { zh: '单个事项', en: 'one procedure' },
  bundle: { zh: (a) => `一件事，材料${a.how}，${a.items} 个事项`, en: (a) => `bundle, materials ${a.how}, ${a.items} items` },
};

/** "一件事，材料分别提交，7 个事项" / "one procedure". */
export function sideKind(side: Side, lang: Lang): string {
  if (side.kind === 'procedure') return SIDE_KIND.procedure[lang];
  return fill(SIDE_KIND.bundle, lang, { how: SUBMISSIONS[side.submission ?? 'separate'].name[lang], items: side.items.length });
}

/** The critical path in words: "出生医学证明 → 户口登记 → …". */
export function criticalText(side: Side): string {
  return side.criticalPath.map((id) => side.items.find((i) => i.id === id)?.name ?? id).join(' → ');
}

/** The columns of the measures table, the same in the terminal, Markdown, Word and on slides. */
export const MEASURE_HEAD = [MEASURE_COLUMNS.measure, MEASURE_COLUMNS.before, MEASURE_COLUMNS.after, MEASURE_COLUMNS.cut, MEASURE_COLUMNS.cutPercent] as const;

/** A row of the measures table in words: name, figure before, after, the cut and the cut in percent. */
export function measureCells(r: MeasureRow, lang: Lang): string[] {
  return [measureName(r.key, lang), figureText(r.key, r.before, lang), figureText(r.key, r.after, lang), r.cut === null ? '—' : num(r.cut), cutText(r, lang)];
}

/** A change in words: 减少, 合并, 新增, 变更. */
export function changeText(e: LedgerEntry, lang: Lang): string {
  return LEDGER_CHANGES[e.change][lang];
}

/** The money section's lines: settings, totals, formula (without layout). */
export function moneyLines(c: Comparison, lang: Lang): { settings: string; totals: string; formula: string } | undefined {
  const m = c.money;
  if (!m) return undefined;
  return { settings: fill(MONEY_SETTINGS, lang, m.settings), totals: fill(MONEY_TOTALS, lang, m), formula: m.formula[lang] };
}

/** Why the money section is missing. */
export function noMoneyText(lang: Lang): string {
  return NO_MONEY[lang];
}
