/**
 * Every label the app shows, in Chinese and English: one dictionary, one lookup. Data (names,
 * notes, measure texts) comes in the JSON; only the app's own words live here.
 */
import type { Bilingual } from './contract.js';

/** A user-facing language. */
export type Lang = 'zh' | 'en';

const WORDS = {
  appTitle: { zh: '五减 · 改革成效演示', en: 'Wujian · reform results' },
  caseLabel: { zh: '事项', en: 'Case' },
  present: { zh: '演示', en: 'Present' },
  exitPresent: { zh: '退出演示（Esc）', en: 'Leave (Esc)' },
  exportSvg: { zh: '导出 SVG', en: 'Export SVG' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  layingOut: { zh: '正在布局…', en: 'Laying out…' },
  noData: { zh: '没有可展示的数据：请先运行 npm run web:data 生成 data/cases.json。', en: 'No data to show: run npm run web:data to write data/cases.json.' },
  loadFailed: { zh: '数据读取失败', en: 'Could not read the data' },
  before: { zh: '改革前', en: 'Before' },
  after: { zh: '改革后', en: 'After' },
  // views
  dashboard: { zh: '五减成效', en: 'Reform dashboard' },
  dashboardNote: { zh: '每项指标改革前后使用同一比例尺', en: 'Each measure: before and after on one scale' },
  process: { zh: '流程图', en: 'Process diagrams' },
  processNote: { zh: '左：改革前　右：改革后　虚线为补正/整改回路', en: 'Left: before · right: after · dashed: correction loops' },
  timeline: { zh: '办理时间线', en: 'Timeline' },
  timelineNote: { zh: '标准路径，单位：工作日', en: 'Standard path, in working days' },
  histogram: { zh: '办结用时分布（模拟）', en: 'Completion time (simulated)' },
  histogramNote: { zh: '蒙特卡洛模拟，横轴：工作日；纵轴：落在各区间的案件占比', en: 'Monte Carlo simulation; x: working days; y: share of cases in each interval' },
  binWidth: { zh: '每个区间 {width} 个工作日，前后使用相同区间', en: 'Intervals of {width} working days, the same before and after' },
  materials: { zh: '材料清单对照', en: 'Materials matrix' },
  materialsNote: { zh: '■ 需申请人提交　□ 不再提交（注明原因）', en: '■ prepared by the applicant · □ no longer prepared (with reason)' },
  ledger: { zh: '精简台账', en: 'Ledger of changes' },
  ledgerNote: { zh: '改革逐项变化', en: 'Every change the reform made' },
  // dashboard
  measure: { zh: '指标', en: 'Measure' },
  cut: { zh: '变化', en: 'Change' },
  target: { zh: '目标', en: 'Target' },
  met: { zh: '达标', en: 'met' },
  notMet: { zh: '未达标', en: 'not met' },
  noTarget: { zh: '—', en: '—' },
  moneySaved: { zh: '每年为企业群众节省', en: 'Saved for applicants each year' },
  moneyUnit: { zh: '万元', en: 'million yuan' },
  moneyBurden: { zh: '年负担：改革前 {before} → 改革后 {after} 万元', en: 'Yearly burden: {before} → {after} million yuan' },
  noMoney: { zh: '未填写年办件量，未计算节省金额。', en: 'No yearly volumes given: money saved not computed.' },
  // process
  item: { zh: '事项', en: 'Item' },
  legendActor: { zh: '办理角色', en: 'Who acts' },
  legendCorrection: { zh: '补正/整改回路', en: 'Correction loop' },
  legendRemoved: { zh: '改革取消/合并', en: 'Removed or merged' },
  parallel: { zh: '并联', en: 'Parallel' },
  days: { zh: '工作日', en: 'working days' },
  dayUnit: { zh: '个工作日', en: 'working days' },
  dayShort: { zh: '个工作日', en: 'days' },
  dayShortOne: { zh: '个工作日', en: 'day' },
  trips: { zh: '跑动', en: 'trips' },
  tripsUnit: { zh: '次', en: '' },
  fees: { zh: '收费', en: 'fees' },
  yuan: { zh: '元', en: 'yuan' },
  notCounted: { zh: '不计入法定时限', en: 'not counted toward the limit' },
  atMost: { zh: '最多', en: 'at most' },
  times: { zh: '次', en: '×' },
  mergedInto: { zh: '并入', en: 'merged into' },
  noMaterials: { zh: '本环节不提交材料', en: 'no materials at this step' },
  // timeline & histogram
  workdays: { zh: '工作日', en: 'working days' },
  statutory: { zh: '法定时限', en: 'Statutory limit' },
  committed: { zh: '承诺时限', en: 'Committed limit' },
  critical: { zh: '关键路径', en: 'Critical path' },
  share: { zh: '案件占比', en: 'Share of cases' },
  beyond: { zh: '超出', en: 'beyond' },
  noSimulation: { zh: '本事项没有模拟结果（一件事按事项分别模拟）。', en: 'No simulation for this case (bundles are simulated item by item).' },
  mean: { zh: '平均', en: 'mean' },
  countedDays: { zh: '计入时限的工作日', en: 'days counted toward the limits' },
  elapsedDays: { zh: '全部用时（含不计入时限的专家评审、检验检测等）', en: 'all elapsed days (with expert review, testing … not counted)' },
  simulationTitle: {
    zh: '{side} · 计入时限平均 {counted}，P90 {p90} 个工作日；全部用时平均 {elapsed}（{runs} 次模拟）',
    en: '{side} · counted: mean {counted}, P90 {p90} working days; elapsed mean {elapsed} ({runs} runs)',
  },
  runs: { zh: '次模拟', en: 'runs' },
  // materials & ledger
  material: { zh: '材料', en: 'Material' },
  materialsOfStep: { zh: '材料', en: 'Materials' },
  reason: { zh: '原因', en: 'Reason' },
  kind: { zh: '类别', en: 'Kind' },
  change: { zh: '变化', en: 'Change' },
  name: { zh: '名称', en: 'Name' },
  into: { zh: '并入', en: 'Into' },
  quantity: { zh: '前 → 后', en: 'Before → after' },
  steps: { zh: '环节', en: 'Steps' },
  slideOf: { zh: '第 {n} / {total} 页', en: 'Slide {n} of {total}' },
  criticalLegend: { zh: '关键路径（粗框）', en: 'Critical path (bold outline)' },
  standardTotal: { zh: '{side} · 标准路径共 {days} 个工作日', en: '{side} · standard path {days} working days' },
  noSuchItem: { zh: '（无此事项）', en: '(no such item)' },
  atMostTimes: { zh: '最多{n}次', en: '≤{n}×' },
  tripsCount: { zh: '跑动{n}次', en: '{n}× in person' },
  materialsCount: { zh: '材料{n}', en: 'materials {n}' },
  materialsCut: { zh: '（减{n}）', en: ' (−{n})' },
  tipTime: { zh: '用时', en: 'Time' },
  tipTrips: { zh: '跑动', en: 'Trips' },
  tipFees: { zh: '收费', en: 'Fees' },
  tipReform: { zh: '改革', en: 'Reform' },
  comma: { zh: '，', en: ', ' },
  targetCut: { zh: '压减{sign}{value}%', en: 'cut {sign} {value}%' },
  targetCutBy: { zh: '减少{sign}{value}', en: 'cut {sign} {value}' },
  targetAt: { zh: '{sign}{value}', en: '{sign} {value}' },
  langZh: { zh: '中文', en: '中文' },
  langEn: { zh: 'English', en: 'English' },
} as const satisfies Record<string, Bilingual>;

/** A key of the dictionary. */
export type WordKey = keyof typeof WORDS;

/** The label `key` in `lang`, with {name} placeholders filled from `args`. */
export function t(key: WordKey, lang: Lang, args: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ''));
}

/** The text of a bilingual value from the data in `lang` (a plain string is the same in both). */
export function pick(text: Bilingual | string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text[lang];
}

const ENUMS: Record<string, Record<string, Bilingual>> = {
  actor: {
    applicant: { zh: '申请人', en: 'Applicant' },
    window: { zh: '窗口', en: 'Window' },
    department: { zh: '审批部门', en: 'Department' },
    expert: { zh: '专家', en: 'Expert' },
    'third-party': { zh: '第三方', en: 'Third party' },
    system: { zh: '系统秒批', en: 'System' },
  },
  reason: {
    cancelled: { zh: '取消', en: 'cancelled' },
    shared: { zh: '数据共享', en: 'data sharing' },
    commitment: { zh: '告知承诺', en: 'written commitment' },
    deferred: { zh: '容缺后补', en: 'handed in later' },
    merged: { zh: '合并', en: 'merged' },
    'item-removed': { zh: '事项取消', en: 'item removed' },
    'not-needed': { zh: '不再需要', en: 'no longer needed' },
    'shared-between-items': { zh: '多事项共用，只交一次', en: 'shared by items, handed in once' },
    online: { zh: '全程网办', en: 'online' },
    added: { zh: '新增', en: 'added' },
    once: { zh: '一次提交，多事项共用', en: 'handed in once for all items' },
    fewer: { zh: '减少', en: 'fewer' },
    more: { zh: '增加', en: 'more' },
    removed: { zh: '取消', en: 'removed' },
    parallel: { zh: '串联改并联', en: 'now at the same time' },
    overlap: { zh: '改为交叉办理', en: 'now overlapping' },
  },
  change: {
    removed: { zh: '取消', en: 'removed' },
    merged: { zh: '合并', en: 'merged' },
    added: { zh: '新增', en: 'added' },
    changed: { zh: '变更', en: 'changed' },
  },
  kind: {
    item: { zh: '事项', en: 'item' },
    material: { zh: '材料', en: 'material' },
    step: { zh: '环节', en: 'step' },
    trip: { zh: '跑动', en: 'trips' },
    fee: { zh: '费用', en: 'fee' },
    dependency: { zh: '先后关系', en: 'order' },
  },
  source: {
    applicant: { zh: '申请人自备', en: 'applicant' },
    government: { zh: '政府部门核发', en: 'government' },
    'third-party': { zh: '第三方', en: 'third party' },
  },
};

/** The label of an enumerated value (actor, reason, change, kind, source); unknown values show as they are. */
export function label(group: 'actor' | 'reason' | 'change' | 'kind' | 'source', value: string, lang: Lang): string {
  return ENUMS[group]?.[value]?.[lang] ?? value;
}

/** `text` in brackets: full-width （…） in Chinese, " (…)" in English. */
export function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** The colon after a label: "：" in Chinese, ": " in English. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}
