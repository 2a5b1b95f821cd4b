/** `wujian analyze`: the five measures of each procedure. */
import { DEFAULT_PATH_LIMIT } from '../../analysis/defaults.js';
import { DATE_OPTIONS, INVALID_EXIT, OK_EXIT, OUT_OPTION, outputFormats, STEP_COUNTING_OPTION, USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** Options of `analyze`. */
export const analyzeOptions = {
  format: {
    type: 'choice',
    ...outputFormats(['table', 'json', 'md', 'docx']),
    default: 'table',
    description: {
      zh: '输出格式：table（终端表格）、json（符合 schemas/analysis.schema.json）、md（可贴入报告的 Markdown）、docx（Word 汇报材料）',
      en: 'table, json (conforms to schemas/analysis.schema.json), md (Markdown for a report) or docx (a Word report)',
    },
  },
  ...DATE_OPTIONS,
  'step-counting': STEP_COUNTING_OPTION,
  out: OUT_OPTION,
  'list-paths': { type: 'flag', description: { zh: '逐条列出所有路径（路径多时受 --limit 限制）', en: 'list every path (up to --limit)' } },
  limit: {
    type: 'whole',
    value: { zh: 'N', en: 'N' },
    min: 1,
    default: DEFAULT_PATH_LIMIT,
    description: { zh: '--list-paths 最多列出的路径数', en: 'most paths --list-paths lists' },
  },
} as const;

export const analyze = defineCommand({
  name: 'analyze',
  usage: [{ zh: '<文件|文件夹…>', en: '<files|folders…>' }],
  summary: { zh: '计算五减指标：材料、环节、时限、费用、跑动次数', en: 'measure materials, steps, time limits, fees and trips' },
  description: {
    zh: `计算每个事项版本的五减指标：事项数、材料数（标准路径和全流程，及数据共享、告知承诺、容缺、取消的份数）、
环节数、时限（法定、承诺，以及标准/最快/最慢路径用时，区分是否计入法定时限）、费用、跑动次数、是否即办、涉及部门，
并给出合规提示（超承诺/法定时限、需多次到现场、补正未做到一次性告知）。“一件事”文件按其事项和先后关系分析。
给出申请日期（--start-date）时，各路径和一件事的排期按节假日和调休安排换算成办结日期。
最快、最慢、标准路径由精确算法（在状态图上动态规划）求出，路径再多也不会变慢。
文件很多时（200 个以上，且不带 --list-paths）各事项在多个线程中同时分析（按同一节假日安排和申请日期），结果相同。`,
    en: `Measures each procedure: items, materials (on the standard path and over the whole procedure, and how many
are shared, committed, deferred or cancelled), steps, time (statutory, committed, and the standard, fastest
and slowest paths, counted and not counted toward the limit), fees, trips, on-the-spot handling and
departments, with compliance findings; a bundle by its items and their order. With --start-date, paths and a
bundle's schedule get finishing dates on the holiday calendar. The named paths come from an
exact method (dynamic programming over the state graph), which stays fast however many paths there are.
With many files (200 or more, without --list-paths) the procedures are analysed in several threads at
once (on the same calendar and start date), with the same result.`,
  },
  positionals: { min: 1, max: Infinity, message: { zh: '请给出要分析的文件或文件夹', en: 'Give the files or folders to analyse' } },
  options: analyzeOptions,
  exits: [OK_EXIT, INVALID_EXIT, USAGE_EXIT],
  examples: [
    'analyze processes',
    { zh: 'analyze processes/food-business-licence --format md --out 报告.md', en: 'analyze processes/food-business-licence --format md --out report.md' },
    'analyze processes/food-business-licence/before.yaml --start-date 2024-09-27',
    {
      zh: 'analyze processes/food-business-licence/before.yaml --start-date 2026-12-10 --calendar 节假日2027.yaml',
      en: 'analyze processes/food-business-licence/before.yaml --start-date 2026-12-10 --calendar holidays-2027.yaml',
    },
    { zh: 'analyze processes/food-business-licence -o 分析.docx', en: 'analyze processes/food-business-licence -o analysis.docx' },
  ],
  load: () => import('../commands/analyze.js'),
});
