/**
 * The Office files' own phrases (Word, PowerPoint, Excel): numbered headings, figure captions, sheet
 * names, the total row and how it is counted, number formats. The report's headings and notes come
 * from comparison-phrases.ts and the domain's words from src/vocabulary, as in the table and Markdown.
 */
import type { Lang } from '../vocabulary/index.js';

/** 一、二、… as a 公文 numbers its first-level headings. */
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Phrases of the Office files. */
export const OFFICE_PHRASES = {
  /** The title of the analysis report (`analyze -o 分析.docx`). */
  analysisTitle: { zh: '五减指标分析', en: 'The five reductions: analysis' },
  /** A first-level heading's number: "一、" / "1. ". */
  section: {
    zh: (n: number) => `${n <= 10 ? CHINESE_NUMERALS[n - 1] : String(n)}、`,
    en: (n: number) => `${n}. `,
  },
  /** A figure's caption. */
  figure: { zh: (f: Figure) => `图${f.n}　${f.title}`, en: (f: Figure) => `Figure ${f.n}. ${f.title}` },
  /** After the title of a slide or table that carries on from the one before. */
  continued: { zh: '（续）', en: ' (continued)' },
  /** A chart image's description for screen readers and Word's alt text. */
  chartAlt: { zh: (title: string) => `图表：${title}`, en: (title: string) => `Chart: ${title}` },
  /** Column heading of the compared pair (a row per pair). */
  pair: { zh: '对比事项', en: 'Compared' },
  /** Column heading of a measure's unit. */
  unit: { zh: '单位', en: 'Unit' },
  /** The cut in words beside its number. */
  cutWords: { zh: '压减（文字）', en: 'Cut (words)' },
  /** Quantities a ledger entry changed, before and after. */
  quantityBefore: { zh: '改革前数量', en: 'Quantity before' },
  quantityAfter: { zh: '改革后数量', en: 'Quantity after' },
  /** Whether a target was met, as a cell. */
  met: { zh: '是否达标', en: 'Met' },
  /** The yearly saving of a pair, in yuan. */
  savedYearly: { zh: '每年节省（元）', en: 'Saved a year (yuan)' },
  /** The sheets of the workbook. */
  sheets: {
    summary: { zh: '汇总', en: 'Summary' },
    measures: { zh: '指标对比', en: 'Measures' },
    ledger: { zh: '减量清单', en: 'Ledger' },
    targets: { zh: '目标达成', en: 'Targets' },
    money: { zh: '节省成本', en: 'Money' },
  },
  /** The total row of the summary sheet. */
  total: { zh: (pairs: number) => `合计（${pairs} 对）`, en: (pairs: number) => `Total (${pairs} pairs)` },
  /** How the total row is counted (口径), under the summary sheet. */
  totalNote: {
    zh: '合计行的口径：改革前、改革后为各对之和，某对有一侧未规定的指标不计入该指标的合计；压减量 = 合计改革前 − 合计改革后；压减率 = 压减量 ÷ 合计改革前，由合计数算出，不是各对压减率的平均。每年节省为算出节省成本的各对之和。',
    en: 'The total row: before and after are sums over the pairs, leaving out a pair whose figure is missing on one side; cut = total before − total after; cut in percent = cut ÷ total before, from the sums, not an average of the pairs\' percentages. Money saved is the sum over the pairs that have a money figure.',
  },
  /** Excel number formats: a rise shows as 增加 rather than a minus (the value stays negative). */
  numberFormats: {
    zh: { percent: '0.00%;"增加"0.00%;0.00%', whole: '#,##0;"增加"#,##0;0', decimal: (d: number) => `#,##0.${'0'.repeat(d)};"增加"#,##0.${'0'.repeat(d)};0` },
    en: { percent: '0.00%;"up "0.00%;0.00%', whole: '#,##0;"up "#,##0;0', decimal: (d: number) => `#,##0.${'0'.repeat(d)};"up "#,##0.${'0'.repeat(d)};0` },
  },
  /** The fonts a Word report asks for, each with the one Word takes when it is not installed (named in the file). */
  fonts: {
    title: { name: '方正小标宋简体', fallback: '宋体' },
    heading: { name: '黑体', fallback: 'SimHei' },
    body: { name: '仿宋_GB2312', fallback: '仿宋' },
    latin: { name: 'Times New Roman', fallback: 'Times New Roman' },
  },
} as const satisfies Record<string, unknown>;

/** A figure's number and title. */
interface Figure {
  n: number;
  title: string;
}

/** A first-level heading with its number: "一、指标对比". */
export function sectionHeading(n: number, text: string, lang: Lang): string {
  return `${OFFICE_PHRASES.section[lang](n)}${text}`;
}
