/**
 * The measures a comparison reports (五减 and the figures beside them): for each, its name, the
 * shorter name a chart may use, its unit, and the words that name it in a target ("材料压减>=30%").
 * A new measure is one entry here; MEASURE_KEYS gives the order every report lists them in.
 */
import type { Bilingual, Lang } from './language.js';

/** How one measure is named and counted in words. */
export interface MeasureWords {
  /** Name in a report's table and sentences: 材料, 承诺时限, 模型用时（标准）. */
  name: Bilingual;
  /** Shorter name for a chart's narrow label; the name when absent. */
  short?: Bilingual;
  /** Unit after a figure: 份, 个工作日 / documents, working days. */
  unit: Bilingual;
  /** English unit for exactly one (1 working day); the unit when absent. */
  unitOne?: string;
  /** Words that name it in a target, Chinese and English (the key itself always does). */
  aliases: readonly string[];
  /** How a side without a figure reads, when not 未规定 (forms nobody declared: 未填写). */
  none?: Bilingual;
}

/** How a side reads that declares no form: the figure was not given, not zero. */
const NOT_GIVEN = { zh: '未填写', en: 'not given' } as const satisfies Bilingual;

/** The unit of every time figure: working days (工作日). */
export const WORKING_DAYS = { zh: '个工作日', en: 'working days' } as const satisfies Bilingual;

/** Every measure, in the order a report lists them. */
export const MEASURES = {
  items: { name: { zh: '事项', en: 'Items' }, unit: { zh: '项', en: 'items' }, unitOne: 'item', aliases: ['事项'] },
  materials: { name: { zh: '材料', en: 'Materials' }, unit: { zh: '份', en: 'documents' }, unitOne: 'document', aliases: ['材料'] },
  copies: { name: { zh: '材料份数', en: 'Copies' }, unit: { zh: '份', en: 'copies' }, unitOne: 'copy', aliases: ['材料份数', '份数'] },
  forms: { name: { zh: '表单', en: 'Forms' }, unit: { zh: '张', en: 'forms' }, unitOne: 'form', aliases: ['表单'], none: NOT_GIVEN },
  formFields: {
    name: { zh: '表单字段', en: 'Form fields' }, short: { zh: '字段', en: 'fields' },
    unit: { zh: '项', en: 'fields' }, unitOne: 'field', aliases: ['表单字段', '表单要素'], none: NOT_GIVEN,
  },
  steps: { name: { zh: '环节', en: 'Steps' }, unit: { zh: '个', en: 'steps' }, unitOne: 'step', aliases: ['环节'] },
  statutoryLimit: {
    name: { zh: '法定时限', en: 'Statutory limit' }, short: { zh: '法定', en: 'statutory' },
    unit: WORKING_DAYS, unitOne: 'working day', aliases: ['法定时限'],
  },
  committedLimit: {
    name: { zh: '承诺时限', en: 'Committed limit' }, short: { zh: '承诺', en: 'committed' },
    unit: WORKING_DAYS, unitOne: 'working day', aliases: ['承诺时限', '时限', 'limit'],
  },
  timeStandard: {
    name: { zh: '模型用时（标准）', en: 'Modelled time (standard)' }, short: { zh: '标准用时', en: 'standard time' },
    unit: WORKING_DAYS, unitOne: 'working day', aliases: ['用时', 'time'],
  },
  timeSlowest: {
    name: { zh: '模型用时（最慢）', en: 'Modelled time (slowest)' }, short: { zh: '最慢用时', en: 'slowest time' },
    unit: WORKING_DAYS, unitOne: 'working day', aliases: ['最慢用时'],
  },
  fees: { name: { zh: '费用', en: 'Fees' }, unit: { zh: '元', en: 'yuan' }, aliases: ['费用'] },
  trips: { name: { zh: '跑动次数', en: 'Trips' }, unit: { zh: '次', en: 'trips' }, unitOne: 'trip', aliases: ['跑动次数', '跑动'] },
  departments: { name: { zh: '部门', en: 'Departments' }, unit: { zh: '个', en: 'departments' }, unitOne: 'department', aliases: ['部门'] },
} as const satisfies Record<string, MeasureWords>;

/** A measure a comparison reports. */
export type MeasureKey = keyof typeof MEASURES;

/** Every measure, in the order a report lists them. */
export const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[];

/** The words of measure `key`. */
export function getMeasure(key: MeasureKey): MeasureWords {
  return MEASURES[key];
}

/** The unit of `key` after `value`: "份", "working day" for 1, "working days" otherwise. */
export function measureUnit(key: MeasureKey, value: number, lang: Lang): string {
  const m: MeasureWords = MEASURES[key];
  return lang === 'en' && value === 1 && m.unitOne ? m.unitOne : m.unit[lang];
}

/** The columns of a measures table, as the terminal, Markdown, the dashboard and Excel head them. */
export const MEASURE_COLUMNS = {
  measure: { zh: '指标', en: 'Measure' },
  before: { zh: '改革前', en: 'Before' },
  after: { zh: '改革后', en: 'After' },
  cut: { zh: '压减量', en: 'Cut' },
  cutPercent: { zh: '压减率', en: 'Change' },
  rule: { zh: '口径', en: 'Counting rule' },
  target: { zh: '目标', en: 'Target' },
} as const satisfies Record<string, Bilingual>;
