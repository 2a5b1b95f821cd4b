/**
 * The simulation report's own phrases (`wujian simulate` in the terminal): row labels and the
 * sentences that hold their figures. Figures arrive written (num, percent); domain words (limits,
 * outcomes) come from src/vocabulary.
 */
import { COUNTED_TIME, MEASURES, OUTCOMES_HEADING, WORKING_DAYS, type Bilingual } from '../vocabulary/index.js';

/** Row labels of a simulation. */
export const SIMULATION_ROWS = {
  bundle: { zh: '一件事', en: 'Bundle' },
  simulated: { zh: '模拟', en: 'Simulated' },
  total: { zh: '办理用时', en: 'Total time' },
  counted: COUNTED_TIME,
  calendar: { zh: '自然日', en: 'Calendar days' },
  assumedDays: { zh: '用到推算日期', en: 'On assumed days' },
  trips: MEASURES.trips.name,
  outcomes: OUTCOMES_HEADING,
  corrections: { zh: '平均补正次数', en: 'Corrections per case' },
  slowSteps: { zh: '用时最多的环节', en: 'Where the time goes' },
  histogram: { zh: '办理用时分布（工作日）', en: 'Distribution of total time (working days)' },
  criticalShare: { zh: '各事项在关键路径上的案件比例', en: 'Share of cases with each item on the critical path' },
  fast: { zh: '快速引擎', en: 'fast engine' },
  reference: { zh: '参考引擎（XState）', en: 'reference engine (XState)' },
  workdays: WORKING_DAYS,
  days: { zh: '天', en: 'days' },
  times: { zh: '次', en: '' },
} as const satisfies Record<string, Bilingual>;

/** Counts of cases as the terminal writes them: 100,000. */
type Count = string;

/** The sentences of a simulation's rows. */
export const SIMULATION_VALUES = {
  bundle: {
    zh: (items: number) => `${items} 个事项；每件按 after 先后关系排期，用时取最后办结的事项`,
    en: (items: number) => `${items} items; each case schedules them by their after: order and ends with the last to finish`,
  },
  simulated: {
    zh: (a: { completed: Count; seed: number; engine: string }) => `${a.completed} 件（种子 ${a.seed}，${a.engine}）`,
    en: (a: { completed: Count; seed: number; engine: string }) => `${a.completed} cases (seed ${a.seed}, ${a.engine})`,
  },
  interrupted: {
    zh: (a: { completed: Count; runs: Count }) => `，已中断：只完成了要求的 ${a.runs} 件中的 ${a.completed} 件`,
    en: (a: { completed: Count; runs: Count }) => `; interrupted: ${a.completed} of the ${a.runs} requested`,
  },
  /** The cases whose finishing date was counted on assumed days, from the first such date. */
  assumedCases: {
    zh: (a: { cases: Count; share: string; first: string }) => `${a.cases} 件（${a.share}）的办结日期用到了 ${a.first} 起推算的节假日`,
    en: (a: { cases: Count; share: string; first: string }) => `${a.cases} cases (${a.share}) finish on days assumed from ${a.first}`,
  },
  /** A distribution's figures, each already written. */
  distribution: {
    zh: (d: Record<'mean' | 'median' | 'p90' | 'p95' | 'min' | 'max', string>) => [`平均 ${d.mean}`, `中位 ${d.median}`, `P90 ${d.p90}`, `P95 ${d.p95}`, `最少 ${d.min}`, `最多 ${d.max}`],
    en: (d: Record<'mean' | 'median' | 'p90' | 'p95' | 'min' | 'max', string>) => [`mean ${d.mean}`, `median ${d.median}`, `p90 ${d.p90}`, `p95 ${d.p95}`, `min ${d.min}`, `max ${d.max}`],
  },
  /** The row of cases over a limit: its label, by which limit, and the share with its interval. */
  over: {
    zh: (a: { statutory: boolean; limit: string }) => `超${a.statutory ? '法定' : '承诺'}时限（${a.limit}）`,
    en: (a: { statutory: boolean; limit: string }) => `Over the ${a.statutory ? 'statutory' : 'committed'} limit (${a.limit})`,
  },
  exceed: {
    zh: (a: { share: string; cases: Count; lo: string; hi: string }) => `${a.share}（${a.cases} 件；95% 置信区间 ${a.lo}–${a.hi}）`,
    en: (a: { share: string; cases: Count; lo: string; hi: string }) => `${a.share} (${a.cases} cases; 95% CI ${a.lo}–${a.hi})`,
  },
  /** A step where the time goes: its name, mean days and share of the time. */
  slowStep: {
    zh: (a: { name: string; days: string; share: string }) => `${a.name} ${a.days} 天（${a.share}）`,
    en: (a: { name: string; days: string; share: string }) => `${a.name} ${a.days} d (${a.share})`,
  },
} as const;
