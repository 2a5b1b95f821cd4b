/** Pieces the comparison's table and Markdown share: side headings, money lines and change words. */
import type { Comparison } from '../analysis/compare/compare.js';
import type { LedgerEntry, MeasureRow, Side } from '../analysis/compare/types.js';
import { clauseSeparator, fill, labelled, LEDGER_CHANGES, MONEY_SETTINGS, MONEY_TOTALS, NO_MONEY, ruleDescription, ruleName, SUBMISSIONS, type Lang, type Template } from '../vocabulary/index.js';
import { COMPARISON_PHRASES as P } from './comparison-phrases.js';
import { measureName, ruleNotes } from './comparison-words.js';

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

/** What a measures table needs beside it, as plain lines (the Markdown and the Office files lay them out). */
export interface MeasureNotes {
  /** How a cut is computed: "注：压减率 = …，四舍五入保留两位小数". */
  rounding: string;
  /** What a reader needs beside a figure (ruleNotes), each labelled with its measure. */
  notes: string[];
  /** Every counting rule (口径) the figures were counted by, labelled with what it counts. */
  rules: string[];
}

/** The notes of a measures table of `measures` in `lang`. */
export function getMeasureNotes(measures: readonly MeasureRow[], lang: Lang): MeasureNotes {
  return {
    rounding: fill(P.note, lang, ruleDescription('percent-half-up', lang)),
    notes: measures.flatMap((r) => ruleNotes(r, lang).map((n) => labelled(measureName(r.key, lang), n, lang))),
    rules: [...new Set(measures.flatMap((r) => [r.rule.before, r.rule.after]))].map((id) => labelled(ruleName(id, lang), ruleDescription(id, lang), lang)),
  };
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

/**
 * Each side's finishing dates in words, when the comparison has a start date: "改革前 2027-01-26（承诺时限
 * 2027-01-26）；改革后 2026-12-17（承诺时限 2026-12-17）" under the label "办结日期（模型标准用时，自 … 申请）".
 */
export function finishText(c: Comparison, lang: Lang): { label: string; value: string } | undefined {
  if (!c.dates) return undefined;
  const side = (s: Side) => {
    const f = s.dates?.finish;
    return P.sideFinish[lang]({ side: s.label, date: f?.standard.date ?? '—', committed: f?.committed?.date });
  };
  return { label: P.finishDates[lang](c.dates.startDate), value: [side(c.before), side(c.after)].join(clauseSeparator(lang)) };
}

/** Why the money section is missing. */
export function noMoneyText(lang: Lang): string {
  return NO_MONEY[lang];
}
