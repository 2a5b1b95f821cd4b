/**
 * The app's own words, in Chinese and English: its chrome (buttons, headings, notes, tooltips' labels)
 * and how a chart phrases its figures. Domain words (measures, ledger kinds and reasons, actors, reform
 * marks, sides, verdicts) are not here: they come from src/vocabulary, the same words the terminal,
 * Markdown and Office reports use, and names and figures come in the JSON.
 */
import { CATALOGUE_RANKINGS, type Bilingual, type Lang } from '../../src/vocabulary/index.js';

export { colon, paren, say, type Bilingual, type Lang } from '../../src/vocabulary/index.js';

const WORDS = {
  appTitle: { zh: '五减 · 改革成效演示', en: 'Wujian · reform results' },
  caseLabel: { zh: '事项', en: 'Case' },
  present: { zh: '演示', en: 'Present' },
  exitPresent: { zh: '退出演示（Esc）', en: 'Leave (Esc)' },
  exportSvg: { zh: '导出 SVG', en: 'Export SVG' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  noData: { zh: '没有可展示的数据：请先运行 npm run web:data 生成 data/cases.json。', en: 'No data to show: run npm run web:data to write data/cases.json.' },
  loadFailed: { zh: '数据读取失败', en: 'Could not read the data' },
  followProblems: {
    zh: '文件有错误，页面仍显示上一次正确的结果；改正并保存后自动更新：',
    en: 'The files have errors; the page shows the last good cases and updates once they are fixed and saved:',
  },
  pngScaled: {
    zh: '图表太大，PNG 按 {scale} 倍导出（浏览器画布的上限），文字可能偏小；需要清晰的大图请导出 SVG。',
    en: 'The chart is too large for the browser\'s canvas: the PNG is drawn at {scale}×, its text may be small; export SVG for full detail.',
  },
  // views
  dashboard: { zh: '五减成效', en: 'Reform dashboard' },
  dashboardNote: { zh: '每项指标改革前后使用同一比例尺', en: 'Each measure: before and after on one scale' },
  process: { zh: '流程图', en: 'Process diagrams' },
  processNote: { zh: '左：改革前　右：改革后　虚线为补正/整改回路', en: 'Left: before · right: after · dashed: correction loops' },
  processNoteStacked: { zh: '上：改革前　下：改革后　虚线为补正/整改回路', en: 'Above: before · below: after · dashed: correction loops' },
  timeline: { zh: '办理时间线', en: 'Timeline' },
  timelineNote: { zh: '标准路径，单位：工作日', en: 'Standard path, in working days' },
  histogram: { zh: '办结用时分布（模拟）', en: 'Completion time (simulated)' },
  histogramNote: { zh: '蒙特卡洛模拟，横轴：工作日；纵轴：落在各区间的案件占比', en: 'Monte Carlo simulation; x: working days; y: share of cases in each interval' },
  binWidth: {
    zh: '每个区间 {width}，含右端：恰好等于时限的案件画在时限线左侧（在时限内）；前后使用相同区间',
    en: 'Intervals of {width}, each holding its right end: a case exactly on a limit is drawn left of its line (within it); the same before and after',
  },
  materials: { zh: '材料清单对照', en: 'Materials matrix' },
  materialsNote: { zh: '■ 需申请人提交　□ 不再提交（注明原因）', en: '■ prepared by the applicant · □ no longer prepared (with reason)' },
  ledger: { zh: '精简台账', en: 'Ledger of changes' },
  ledgerNote: { zh: '改革逐项变化', en: 'Every change the reform made' },
  opportunities: CATALOGUE_RANKINGS.title,
  opportunitiesNote: {
    zh: '全部事项的改革建议（wujian suggest）：每条效果是单独应用后与原文件对比的数字；本事项的标为蓝色',
    en: 'Suggestions across every item (wujian suggest): each effect is the comparison with the suggestion alone applied; this case\'s in blue',
  },
  // dashboard
  moneySaved: { zh: '每年为企业群众节省', en: 'Saved for applicants each year' },
  moneyBurden: { zh: '年负担：改革前 {before} → 改革后 {after}', en: 'Yearly burden: {before} → {after}' },
  headlineBefore: { zh: '改革前 {figure}', en: 'before: {figure}' },
  // process
  item: { zh: '事项', en: 'Item' },
  legendActor: { zh: '办理角色', en: 'Who acts' },
  legendCorrection: { zh: '补正/整改回路', en: 'Correction loop' },
  legendRemoved: { zh: '改革取消/合并', en: 'Removed or merged' },
  legendAdded: { zh: '改革新增', en: 'Added by the reform' },
  notCounted: { zh: '不计入法定时限', en: 'not counted toward the limit' },
  noMaterials: { zh: '本环节不提交材料', en: 'no materials at this step' },
  // timeline & histogram
  workdays: { zh: '工作日', en: 'working days' },
  beyond: { zh: '超出', en: 'beyond' },
  noSimulation: { zh: '本事项没有模拟结果（一件事按事项分别模拟）。', en: 'No simulation for this case (bundles are simulated item by item).' },
  countedDays: { zh: '计入时限的工作日', en: 'days counted toward the limits' },
  elapsedDays: { zh: '全部用时（含不计入时限的专家评审、检验检测等）', en: 'all elapsed days (with expert review, testing … not counted)' },
  simulationTitle: {
    zh: '{side} · 计入时限的用时平均 {counted}，九成案件不超过 {p90}；全部用时平均 {elapsed}（模拟 {runs}）',
    en: '{side} · counted time: mean {counted}, 9 in 10 cases within {p90}; all elapsed time: mean {elapsed} ({runs} simulated)',
  },
  fixedTime: {
    zh: '每个模拟案件计入时限的用时都是 {days}：用时固定，只有一个取值，不画分布',
    en: 'Every simulated case counts {days}: the time is fixed, a single value, so no distribution is drawn',
  },
  fixedElapsed: { zh: '全部用时 {days}', en: 'all elapsed time {days}' },
  fixedWithin: { zh: '在{name} {days}之内', en: 'within the {name} of {days}' },
  fixedOnLimit: { zh: '恰好等于{name} {days}，在时限内', en: 'exactly the {name} of {days}, so within it' },
  fixedBeyond: { zh: '超出{name} {days}', en: 'beyond the {name} of {days}' },
  moneyTile: { zh: '每年节省', en: 'Saved a year' },
  moneyTileNote: { zh: '为企业群众（标准成本模型）', en: 'for applicants (cost model)' },
  slideOf: { zh: '第 {n} / {total} 页', en: 'Slide {n} of {total}' },
  boldOutline: { zh: '粗框', en: 'bold outline' },
  standardTotal: { zh: '{side} · 标准路径共 {days}', en: '{side} · standard path: {days}' },
  countedPart: { zh: '，其中计入法定时限 {days}', en: ', of which {days} counted toward the limits' },
  notCountedTime: { zh: '不计入法定时限（专家评审、检验检测等）', en: 'not counted toward the limits (expert review, testing …)' },
  finishOn: { zh: '，自 {start} 申请，{date} 办结', en: '; applying on {start}, done on {date}' },
  noSuchItem: { zh: '（无此事项）', en: '(no such item)' },
  tipTime: { zh: '用时', en: 'Time' },
  tipTrips: { zh: '跑动', en: 'Trips' },
  tipFees: { zh: '收费', en: 'Fees' },
  tipReform: { zh: '改革', en: 'Reform' },
  comma: { zh: '，', en: ', ' },
  langZh: { zh: '中文', en: '中文' },
  langEn: { zh: 'English', en: 'English' },
} as const satisfies Record<string, Bilingual>;

/** A key of the dictionary. */
export type WordKey = keyof typeof WORDS;

/** The label `key` in `lang`, with {name} placeholders filled from `args`. */
export function t(key: WordKey, lang: Lang, args: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ''));
}
