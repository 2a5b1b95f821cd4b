/**
 * The comparison report's own phrases (headings, notes, labels), the same in the terminal table and
 * in Markdown. Domain words come from src/vocabulary; the sentences with figures, from
 * comparison-words.ts.
 */
import type { Bilingual, Template } from '../vocabulary/index.js';

/** Headings, labels and notes of a comparison report. */
export const COMPARISON_PHRASES = {
  /** The Markdown section title. */
  title: { zh: (name: string) => `${name}改革前后对比`, en: (name: string) => `${name}: before and after` },
  /** The Markdown opening line naming both sides, followed by the summary sentence. */
  sides: {
    zh: (a: SidesLine) => `改革前：${a.before}（${a.beforeKind}）；改革后：${a.after}（${a.afterKind}）。${a.summary}`,
    en: (a: SidesLine) => `Before: ${a.before} (${a.beforeKind}); after: ${a.after} (${a.afterKind}). ${a.summary}`,
  },
  measures: { zh: '指标对比', en: 'Measures' },
  /** The note under the measures table: how a cut is computed (the rule percent-half-up in words). */
  note: { zh: (rule: string) => `注：${rule}`, en: (rule: string) => `Note: ${rule}` },
  /** The heading of the list of counting rules (口径) the figures were counted by. */
  rules: { zh: '口径说明：', en: 'Counting rules:' },
  targets: { zh: '目标达成', en: 'Targets' },
  goal: { zh: '目标', en: 'Target' },
  actual: { zh: '实际', en: 'Actual' },
  verdict: { zh: '结论', en: 'Verdict' },
  money: { zh: '节省成本（标准成本模型）', en: 'Money saved (Standard Cost Model)' },
  formula: { zh: '计算公式', en: 'Formula' },
  settings: { zh: '参数', en: 'Settings' },
  /** Columns of the money table, per item. */
  moneyColumns: {
    zh: ['版本', '事项', '年办件量', '跑动', '材料份数', '等待工作日', '费用（元）', '每件负担（元）', '年负担（元）'],
    en: ['Side', 'Item', 'Cases/year', 'Trips', 'Copies', 'Days waited', 'Fees', 'Per case', 'Yearly'],
  },
  ledger: { zh: '减量清单', en: 'Ledger' },
  /** The label of both sides' finishing dates, counted from the date of application. */
  finishDates: {
    zh: (start: string) => `办结日期（模型标准用时，自 ${start} 申请）`,
    en: (start: string) => `Finish dates (modelled standard time, applying on ${start})`,
  },
  /** One side's finishing date on the standard schedule, and on its committed limit when it has one. */
  sideFinish: {
    zh: (a: SideFinish) => `${a.side} ${a.date}${a.committed ? `（承诺时限 ${a.committed}）` : ''}`,
    en: (a: SideFinish) => `${a.side} ${a.date}${a.committed ? ` (committed limit ${a.committed})` : ''}`,
  },
  /** The ledger's heading with its length, in the terminal. */
  ledgerCount: { zh: (n: number) => `减量清单（${n} 条）`, en: (n: number) => `Ledger (${n} entries)` },
} as const satisfies Record<string, Bilingual | Template<never> | { zh: readonly string[]; en: readonly string[] }>;

/** One side's finishing dates. */
interface SideFinish {
  /** The side's label (改革前). */
  side: string;
  /** Its finishing date on the standard schedule, or "—". */
  date: string;
  /** Its finishing date on the committed limits, when it has them. */
  committed?: string;
}

/** What the Markdown opening line names. */
interface SidesLine {
  /** The name before. */
  before: string;
  /** What the side before is (sideKind). */
  beforeKind: string;
  /** The name after. */
  after: string;
  /** What the side after is. */
  afterKind: string;
  /** The summary sentence. */
  summary: string;
}
