/**
 * The analysis report's own phrases (`wujian analyze` as a table or Markdown, a bundle's block, the
 * one-line summary `validate` prints): row labels and the sentences that hold their figures. Domain
 * words (path names, limit names, submission ways, outcomes, findings) come from src/vocabulary.
 */
import { COUNTED_TIME, MEASURES, OUTCOMES_HEADING, unitFor, WORKING_DAY_UNIT, type Bilingual } from '../vocabulary/index.js';

/** Figures are strings already written by num(); `sep` is the separator between parts of a row. */
type Figures<K extends string> = Record<K, string | number>;

/** The finishing dates of a bundle's schedules (committed and statutory when it has them). */
interface BundleFinish {
  standard: string;
  slowest: string;
  committed?: string;
  statutory?: string;
}

/** An item on a bundle's schedule: working days, its dates when counted, whether it is critical. */
type BundleItem = Figures<'start' | 'finish'> & { dates?: string; critical: boolean };

/** Row labels of an analysis, in the terminal and in Markdown. */
export const ANALYSIS_ROWS = {
  items: { zh: '事项数', en: 'Items' },
  materials: { zh: '材料数', en: 'Materials' },
  materialsCut: { zh: '材料精简', en: 'Materials cut' },
  steps: { zh: '环节数', en: 'Steps' },
  limits: { zh: '办结时限', en: 'Time limits' },
  time: { zh: '用时', en: 'Time' },
  counted: COUNTED_TIME,
  fees: { zh: '费用（元）', en: 'Fees (yuan)' },
  trips: MEASURES.trips.name,
  instant: { zh: '即办', en: 'On the spot' },
  departments: MEASURES.departments.name,
  outcomes: OUTCOMES_HEADING,
  bundleTime: { zh: '时间（关键路径）', en: 'Time (critical path)' },
  finishDates: { zh: '办结日期', en: 'Finish dates' },
  measure: { zh: '指标', en: 'Measure' },
  value: { zh: '数值', en: 'Value' },
  findings: { zh: '合规提示', en: 'Findings' },
  bundle: { zh: '一件事', en: 'bundle' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  noLimit: { zh: '未规定', en: 'none set' },
} as const satisfies Record<string, Bilingual>;

/** The sentences of an analysis's rows. */
export const ANALYSIS_VALUES = {
  /** A time row's label, by the path it is of: 用时·标准 / Time, standard. */
  timeOf: { zh: (path: string) => `用时·${path}`, en: (path: string) => `Time, ${path}` },
  materials: {
    zh: (a: Figures<'standardPath' | 'procedure' | 'copies' | 'defined' | 'sep'>) => `标准路径 ${a.standardPath} 份${a.sep}全流程 ${a.procedure} 份${a.sep}提交份数 ${a.copies}${a.sep}已定义 ${a.defined}`,
    en: (a: Figures<'standardPath' | 'procedure' | 'copies' | 'defined' | 'sep'>) => `standard path ${a.standardPath}${a.sep}whole procedure ${a.procedure}${a.sep}copies ${a.copies}${a.sep}defined ${a.defined}`,
  },
  steps: {
    zh: (a: Figures<'standard' | 'fastest' | 'slowest' | 'model' | 'sep'>) => `标准 ${a.standard}${a.sep}最快 ${a.fastest}${a.sep}最慢 ${a.slowest}${a.sep}模型共 ${a.model}`,
    en: (a: Figures<'standard' | 'fastest' | 'slowest' | 'model' | 'sep'>) => `standard ${a.standard}${a.sep}fastest ${a.fastest}${a.sep}slowest ${a.slowest}${a.sep}in the model ${a.model}`,
  },
  /** A figure on the standard path and at most: fees, trips. */
  standardAndMost: {
    zh: (a: Figures<'standard' | 'most' | 'sep'>) => `标准 ${a.standard}${a.sep}最多 ${a.most}`,
    en: (a: Figures<'standard' | 'most' | 'sep'>) => `standard ${a.standard}${a.sep}at most ${a.most}`,
  },
  /** A path's time: elapsed, counted and not counted toward the statutory limit. */
  time: {
    zh: (a: Figures<'elapsed' | 'counted' | 'uncounted'> & { elapsedText: string }) => `${a.elapsed} 个工作日（计入法定时限 ${a.counted}，不计入 ${a.uncounted}）`,
    en: (a: Figures<'elapsed' | 'counted' | 'uncounted'> & { elapsedText: string }) => `${a.elapsedText} (${a.counted} counted toward the limit, ${a.uncounted} not)`,
  },
  /** When a path ends on the official calendar. */
  finish: {
    zh: (a: Figures<'date' | 'days'>) => `，办结于 ${a.date}（${a.days} 个自然日）`,
    en: (a: Figures<'date' | 'days'>) => `, done on ${a.date} (${a.days} calendar days)`,
  },
  /** The Markdown summary's heading, columns and note. */
  summaryHeading: { zh: '五减指标汇总', en: 'Summary of the five reductions' },
  summaryColumns: {
    zh: ['事项', '版本', '材料（份）', '环节', '用时（工作日）', '法定/承诺时限', '费用（元）', '跑动（次）'],
    en: ['Item', 'Version', 'Materials', 'Steps', 'Time (working days)', 'Statutory/committed', 'Fees (yuan)', 'Trips'],
  },
  summaryNote: {
    zh: '注：材料、环节、用时、费用、跑动均按标准路径（最可能的一次办结路径，不含补正）计算。',
    en: 'Materials, steps, time, fees and trips are those of the standard path (the most probable path to approval, without corrections).',
  },
  /** Markdown: materials on the standard path and over the whole procedure. */
  materialsShort: {
    zh: (a: Figures<'standardPath' | 'procedure'>) => `标准路径 ${a.standardPath} 份；全流程 ${a.procedure} 份`,
    en: (a: Figures<'standardPath' | 'procedure'>) => `standard path ${a.standardPath}; whole procedure ${a.procedure}`,
  },
  /** Markdown: a figure with its fastest and slowest. */
  range: {
    zh: (a: Figures<'standard' | 'fastest' | 'slowest'>) => `${a.standard}（最快 ${a.fastest}，最慢 ${a.slowest}）`,
    en: (a: Figures<'standard' | 'fastest' | 'slowest'>) => `${a.standard} (fastest ${a.fastest}, slowest ${a.slowest})`,
  },
  /** Markdown: a figure with its most. */
  atMost: {
    zh: (a: Figures<'standard' | 'most'>) => `${a.standard}（最多 ${a.most}）`,
    en: (a: Figures<'standard' | 'most'>) => `${a.standard} (at most ${a.most})`,
  },
  /** A bundle's materials with how they are counted. */
  bundleMaterials: { zh: (a: Figures<'n' | 'how'>) => `${a.n} 份，${a.how}`, en: (a: Figures<'n' | 'how'>) => `${a.n}, ${a.how}` },
  /** A bundle's steps with the rule (口径) they were counted by. */
  bundleSteps: {
    zh: (a: Figures<'n' | 'rule'>) => `${a.n}（各事项标准路径之和；${a.rule}）`,
    en: (a: Figures<'n' | 'rule'>) => `${a.n} (sum of the items' standard paths; ${a.rule})`,
  },
  bundleTime: {
    zh: (a: Figures<'standard' | 'slowest'>) => `模型标准 ${a.standard} · 最慢 ${a.slowest} 个工作日`,
    en: (a: Figures<'standard' | 'slowest'>) => `modelled standard ${a.standard} · slowest ${a.slowest} ${unitFor(WORKING_DAY_UNIT, Number(String(a.slowest).replace(/,/g, '')), 'en')}`,
  },
  /** A bundle's limit with its rule, and the critical path of its items' limits beside a limit of its own. */
  bundleLimit: {
    zh: (a: Figures<'limit' | 'rule'> & { criticalPath?: string }) => `${a.limit}（${a.rule}${a.criticalPath === undefined ? '' : `；各事项时限关键路径 ${a.criticalPath}`}）`,
    en: (a: Figures<'limit' | 'rule'> & { criticalPath?: string }) => `${a.limit} (${a.rule}${a.criticalPath === undefined ? '' : `; items' limits along the critical path ${a.criticalPath}`})`,
  },
  /** A bundle limit there is no figure for: the items that set none (never filled with modelled time). */
  bundleLimitNone: {
    zh: (items: string) => `未规定（${items} 未规定该时限，不以模型用时代替）`,
    en: (items: string) => `none (${items} set no such limit; modelled time is not put in its place)`,
  },
  /** A bundle limit there is no figure for because an item's limit is in calendar days with no date. */
  bundleLimitUndated: {
    zh: (items: string) => `未计算（${items} 的时限以自然日计而没有起算日期，未折算为工作日，不按 5/7 折算）`,
    en: (items: string) => `not computed (${items}: a limit in calendar days with no date to count from, not converted, never 5/7)`,
  },
  /** When a bundle's schedules finish, each that it has. */
  bundleFinish: {
    zh: (a: BundleFinish) => [`模型标准 ${a.standard}`, `最慢 ${a.slowest}`, a.committed && `承诺时限 ${a.committed}`, a.statutory && `法定时限 ${a.statutory}`].filter(Boolean).join(' · '),
    en: (a: BundleFinish) => [`modelled standard ${a.standard}`, `slowest ${a.slowest}`, a.committed && `committed ${a.committed}`, a.statutory && `statutory ${a.statutory}`].filter(Boolean).join(' · '),
  },
  /** A bundle item's place on the schedule, and its dates when counted from a start date. */
  bundleItem: {
    zh: (a: BundleItem) => `第${a.start}–${a.finish} 个工作日${a.dates ? `，${a.dates}` : ''}${a.critical ? '（关键）' : ''}`,
    en: (a: BundleItem) => `days ${a.start}–${a.finish}${a.dates ? `, ${a.dates}` : ''}${a.critical ? ' (critical)' : ''}`,
  },
  /** `validate`'s line for a bundle. */
  bundleSummary: {
    zh: (a: Figures<'name' | 'items' | 'how'>) => `${a.name} 一件事：${a.items} 个事项，材料${a.how}`,
    en: (a: Figures<'name' | 'items' | 'how'>) => `${a.name} bundle: ${a.items} items, materials ${a.how}`,
  },
  /**
   * `validate`'s parts for a procedure: what the file defines, in analyze's words (已定义, 模型共), so
   * that neither is read as the counted 材料 or 环节 of analyze and compare (the standard path's).
   */
  summaryMaterials: {
    zh: (a: Figures<'defined' | 'prepared'>) => `材料 已定义 ${a.defined}（申请人准备 ${a.prepared}）`,
    en: (a: Figures<'defined' | 'prepared'>) => `materials ${a.defined} defined (${a.prepared} prepared by the applicant)`,
  },
  summarySteps: { zh: (n: number) => `环节 模型共 ${n}`, en: (n: number) => `steps ${n} in the model` },
  targetsSummary: { zh: (n: number) => `目标 ${n} 条`, en: (n: number) => `${n} target${n === 1 ? '' : 's'}` },
  /** `validate`'s line for wujian.yaml: the calendar files it names. */
  settingsSummary: { zh: (files: string) => `项目设置：节假日安排 ${files}`, en: (files: string) => `project settings: calendar ${files}` },
  noCalendar: { zh: '未指定（按国务院安排）', en: 'none (State Council arrangements)' },
  /** `validate`'s line for a holiday calendar: its years. */
  calendarSummary: { zh: (years: string) => `节假日安排：${years}`, en: (years: string) => `holiday calendar: ${years}` },
  calendarYear: {
    zh: (a: Figures<'year' | 'off' | 'on'>) => `${a.year} 年（放假 ${a.off} 天，调休上班 ${a.on} 天）`,
    en: (a: Figures<'year' | 'off' | 'on'>) => `${a.year} (${a.off} days off, ${a.on} make-up working days)`,
  },
} as const;
