/**
 * The suggestion report's own phrases (headings, labels, notes), the same in the terminal, Markdown and
 * JSON. Rule names, policy bases and what each rule changes come from src/vocabulary/reform-rules.ts;
 * the effect sentences from comparison-words.ts, the words of `wujian compare`; the column heads and the
 * catalogue's rankings, which the dashboard's panel shows too, from the vocabulary.
 */
import type { Bilingual, Template } from '../vocabulary/index.js';

/** Headings, labels and notes of a suggestion report. */
export const SUGGESTION_PHRASES = {
  /** The Markdown section title. */
  title: { zh: (name: string) => `${name}：改革建议`, en: (name: string) => `${name}: reform suggestions` },
  /** How many suggestions, and how they are ranked. */
  count: {
    zh: (n: number) => `${n} 条改革建议，按效果排序`,
    en: (n: number) => `${n} reform suggestion${n === 1 ? '' : 's'}, ranked by effect`,
  },
  none: { zh: '没有找到可以建议的改革。', en: 'No reform to suggest was found.' },
  /** How effects are measured and ranked (the counting rule of every figure in the report). */
  method: {
    zh: '口径：每条建议单独应用到事项文件的副本，再与原文件对比（与 wujian compare 的计算相同）；排序按各指标压减率之和；“全部采用”把互不冲突的建议一并应用后对比（效果相互影响，不是各条相加）。',
    en: 'How counted: each suggestion is applied alone to a copy of the files and compared with the original (the same computation as wujian compare); ranked by the sum of the cuts in percent of every measure; "all adopted" applies every suggestion that does not conflict, together, and compares (effects interact: they are not added up).',
  },
  /** A suggestion left out of the total. */
  conflict: {
    zh: (rank: number) => `与第 ${rank} 条改动同一处，未计入合计`,
    en: (rank: number) => `changes what no. ${rank} changes: not in the total`,
  },
  /** A flagged suggestion (changes no figure). */
  ledgerOnly: { zh: (n: number) => `减量清单 ${n} 条`, en: (n: number) => `${n} ledger entr${n === 1 ? 'y' : 'ies'}` },
  total: { zh: (n: number) => `全部采用（${n} 条一并应用后对比）`, en: (n: number) => `All adopted (${n} applied together, then compared)` },
  draftHint: {
    zh: '加 -o 文件名 写出改革后草案（YAML），可用 wujian compare 改革前 草案 核对。',
    en: 'Add -o file to write the reformed draft (YAML); check it with wujian compare before draft.',
  },
  explained: { zh: '未适用的规则及原因', en: 'Rules that did not apply, and why' },
  explainHint: { zh: '加 --explain 查看各规则未适用的原因。', en: 'Add --explain to see why rules did not apply.' },
  /** A rule that found nothing to look at. */
  idle: { zh: (what: string) => `未发现：${what}`, en: (what: string) => `nothing found: ${what}` },
} as const satisfies Record<string, Bilingual | Template<never>>;

/** Headings, labels and notes of the catalogue view (`wujian suggest <folder>`). */
export const CATALOGUE_PHRASES = {
  /** What was looked at. */
  scope: {
    zh: (a: { items: number; bundles: number; suggestions: number }) => `共 ${a.items} 个事项、${a.bundles} 个“一件事”，${a.suggestions} 条建议。`,
    en: (a: { items: number; bundles: number; suggestions: number }) => `${a.items} items, ${a.bundles} bundles, ${a.suggestions} suggestions.`,
  },
  method: {
    zh: '口径：只看改革前（及未标改革前后）的版本，每个事项 id 只看一次；每条建议单独应用后与原文件对比（与 wujian compare 相同）；全县合计为各事项数字之和。',
    en: 'How counted: versions before a reform (or unlabelled) only, each item id once; each suggestion applied alone and compared with the original (as wujian compare does); catalogue totals are sums over the items.',
  },
  totals: { zh: '全部采用后的合计（各事项之和）', en: 'With every suggestion adopted (summed over the items)' },
  /** What sharing one document cuts. */
  documentCut: {
    zh: (a: { items: number; cut: number }) => `${a.items} 个事项要求提交；数据共享后全县减少 ${a.cut} 份材料`,
    en: (a: { items: number; cut: number }) => `asked for by ${a.items} item${a.items === 1 ? '' : 's'}; shared, ${a.cut} material${a.cut === 1 ? '' : 's'} fewer across the catalogue`,
  },
  alsoNamed: { zh: '又名', en: 'also' },
  suggestionCount: { zh: (n: number) => `${n} 条建议`, en: (n: number) => `${n} suggestion${n === 1 ? '' : 's'}` },
  repeated: {
    zh: (a: { file: string; id: string; kept: string }) => `${a.file} 与 ${a.kept} 的事项 id 同为 ${a.id}，只看后者`,
    en: (a: { file: string; id: string; kept: string }) => `${a.file} has the item id ${a.id} of ${a.kept}: only the latter is counted`,
  },
  /** Column heads. */
  /** Column heads of the catalogue's own (a measure's column is headed by the measure's name). */
  columns: {
    file: { zh: '文件', en: 'File' },
    before: { zh: '现在', en: 'Now' },
    after: { zh: '全部采用后', en: 'All adopted' },
    suggested: { zh: '建议承诺时限', en: 'Suggested committed limit' },
  },
  none: { zh: '没有找到改革前的事项。', en: 'No version before a reform was found.' },
} as const;
