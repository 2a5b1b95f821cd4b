/** `wujian compare`: before and after, side by side. */
import { DEFAULT_MONEY, MAX_MONEY, MAX_VOLUME } from '../../analysis/defaults.js';
import { Exit } from '../io.js';
import { DATE_OPTIONS, INVALID_EXIT, OK_EXIT, OUT_OPTION, outputFormats, STEP_COUNTING_OPTION, USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

const ESTIMATE = { zh: '模型估计', en: 'an estimate' };

/** Options of `compare`. */
export const compareOptions = {
  format: {
    type: 'choice',
    ...outputFormats(['table', 'json', 'md', 'docx', 'pptx', 'xlsx']),
    default: 'table',
    description: {
      zh: 'table（终端表格）、json（符合 schemas/comparison.schema.json；--all 时为数组）、md（Markdown 汇报材料）、docx（Word 汇报材料，含图表）、pptx（幻灯片，指标为可编辑的图表）、xlsx（Excel 表格：每对一行并有合计行、减量清单、目标）',
      en: 'table, json (schemas/comparison.schema.json; an array with --all), md (a Markdown report), docx (a Word report with charts), pptx (slides, the measures as editable charts) or xlsx (Excel: a row per pair and a total, the ledger, targets)',
    },
  },
  out: OUT_OPTION,
  all: { type: 'flag', description: { zh: '对比文件夹中所有改革前后文件对', en: 'compare every before/after pair under the folders' } },
  map: {
    type: 'text',
    multiple: true,
    value: { zh: '旧id=新id', en: 'old=new' },
    description: { zh: '改了 id 的事项、材料、环节（可重复）', en: 'an item, material or step whose id changed (repeatable)' },
  },
  'map-file': { type: 'text', value: { zh: '文件', en: 'file' }, description: { zh: '改名表（YAML：旧id: 新id）', en: 'renames as YAML (old-id: new-id)' } },
  target: {
    type: 'text',
    multiple: true,
    value: { zh: '目标', en: 'target' },
    description: {
      zh: '改革目标，可重复，例如 --target 材料压减30%以上 --target 跑动不超过1 --target 承诺时限压缩至5个工作日以内（写 >= <= 时请加引号）',
      en: "a target, repeatable: --target 'materials cut>=30%' --target 'trips<=1' (quote >= and <= in a shell)",
    },
  },
  targets: { type: 'text', value: { zh: '文件', en: 'file' }, description: { zh: '目标文件（YAML，见 schemas/targets.schema.json）', en: 'a targets file (YAML, schemas/targets.schema.json)' } },
  volume: {
    type: 'text',
    multiple: true,
    value: { zh: 'N|事项id=N', en: 'N|item=N' },
    range: { min: 0, max: MAX_VOLUME },
    description: { zh: '年办件量，覆盖事项文件中的 volume，可重复', en: 'cases a year, overriding each file\'s volume; repeatable' },
  },
  'step-counting': STEP_COUNTING_OPTION,
  'hourly-cost': {
    type: 'number',
    value: { zh: '元', en: 'yuan' },
    min: 0,
    max: MAX_MONEY.hourlyCost,
    default: DEFAULT_MONEY.hourlyCost,
    basis: { zh: '2023 年城镇非私营单位就业人员年平均工资 120698 元 ÷ 2088 小时', en: '2023 average urban non-private wage 120,698 ÷ 2,088 h' },
    description: { zh: '申请人时薪', en: 'applicant\'s hourly cost' },
  },
  'trip-cost': {
    type: 'number',
    value: { zh: '元', en: 'yuan' },
    min: 0,
    max: MAX_MONEY.tripCost,
    default: DEFAULT_MONEY.tripCost,
    basis: { zh: '半个工作日 4 小时 × 时薪 + 交通 20 元，模型估计', en: '4 hours at the hourly cost + 20 yuan travel, an estimate' },
    description: { zh: '每次跑动成本', en: 'one trip' },
  },
  'prep-hours': {
    type: 'number',
    value: { zh: '小时', en: 'hours' },
    min: 0,
    max: MAX_MONEY.prepHours,
    default: DEFAULT_MONEY.prepHours,
    basis: ESTIMATE,
    description: { zh: '每份材料准备时间', en: 'hours to prepare one copy' },
  },
  'wait-hours': {
    type: 'number',
    value: { zh: '小时', en: 'hours' },
    min: 0,
    max: MAX_MONEY.waitHours,
    default: DEFAULT_MONEY.waitHours,
    basis: ESTIMATE,
    description: { zh: '每等待一个工作日计入的小时数', en: 'hours counted per working day waited' },
  },
  ...DATE_OPTIONS,
} as const;

export const compare = defineCommand({
  name: 'compare',
  usage: [
    { zh: '<改革前> <改革后>', en: '<before> <after>' },
    { zh: '--all <文件夹…>', en: '--all <folders…>' },
  ],
  summary: { zh: '改革前后对比：压减量、压减率、减量清单、目标达成、节省成本', en: 'before vs after: cuts, the reduction ledger, targets, money saved' },
  description: {
    zh: `对比改革前后两个版本。每一侧可以是单个事项，也可以是“一件事”（例如改革前 7 个事项分别办理，
改革后合并为一个事项）。给出事项、材料、份数、表单、表单字段、环节、法定/承诺时限、模型用时、费用、跑动、部门的
改革前后数值、压减量和压减率（(改革前 − 改革后) ÷ 改革前，四舍五入保留两位小数），指标上升时写“增加”，
每项注明口径（计数规则，例如并联审批计 1 个环节；偏离各地通行口径的注明“非默认口径”）；
列出减量清单（每份材料、每个环节、每次跑动、每项费用、每个事项如何被取消、共享、承诺、容缺、合并），
检查改革目标，并按标准成本模型估算每年为企业群众节省的成本（附计算公式）。给出申请日期（--start-date）时，
两侧按节假日和调休安排给出办结日期。
--all 在文件夹中逐对对比：一对是 id 相同、版本标签（version.label）分别为“改革前”“改革后”的两个文件，
与文件名和所在文件夹无关；同一 id 有两个同标签的文件（例如遗留的“before - 副本.yaml”）时报错，不会任选其一。`,
    en: `Compares two versions. Each side is a procedure or a bundle (so five separate items can be compared
with one merged procedure). For items, materials, copies, forms, form fields, steps, statutory and
committed limits, modelled time, fees, trips and departments it gives the figure before and after, the
cut and the cut in percent ((before − after) ÷ before, rounded half up to two decimals), says "up" when
a figure rose, and names the counting rule of each (口径, e.g. a parallel stage is one step; a rule that
departs from how offices publish is marked as such); it lists the
reduction ledger (how each material, step, trip, fee and item was cancelled, shared, committed,
deferred or merged), checks targets, and estimates the yearly burden saved by the Standard Cost Model,
with the formula. With --start-date, both sides get finishing dates on the holiday calendar. --all compares every pair under the folders: a pair is two files with one id whose
version labels are 改革前 and 改革后, whatever the files are called and wherever they sit; two files of one
id and one label (a stale "before - 副本.yaml") are reported as an error, never picked between.`,
  },
  positionals: (values) =>
    values.all
      ? { min: 1, max: Infinity, message: { zh: '请给出要查找改革前后文件对的文件夹，例如 --all processes', en: 'Give the folders to search for before/after pairs, e.g. --all processes' } }
      : { min: 2, max: 2, message: { zh: '请给出两个文件：改革前 改革后', en: 'Give two files: before and after' } },
  options: compareOptions,
  exits: [OK_EXIT, INVALID_EXIT, USAGE_EXIT, [Exit.TARGET_MISSED, { zh: '有目标未达标', en: 'a target is not met' }]],
  examples: [
    'compare processes/newborn-birth/before.yaml processes/newborn-birth/after.yaml',
    {
      zh: 'compare processes/open-restaurant/before.yaml processes/open-restaurant/after.yaml --format md -o 对比.md',
      en: 'compare processes/open-restaurant/before.yaml processes/open-restaurant/after.yaml --format md -o report.md',
    },
    { zh: 'compare --all processes --target 材料压减至少30% --target 跑动不超过1', en: "compare --all processes --target 'materials cut>=30%' --target 'trips<=1'" },
    {
      zh: 'compare processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o 对比.docx',
      en: 'compare processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o comparison.docx',
    },
    { zh: 'compare --all processes -o 全县改革成效.xlsx', en: 'compare --all processes -o county.xlsx' },
  ],
  load: () => import('../commands/compare.js'),
});
