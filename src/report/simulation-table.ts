/**
 * A simulation as a readable terminal block: labelled rows and a histogram of total time, Chinese by
 * default; a bundle adds its items with how often each was on the critical path.
 */
import type { Distribution, Exceedance, LimitFigure, SimulationResult } from '../analysis/simulate/types.js';
import { limitText } from '../model/messages.js';
import type { Lang } from '../model/types.js';
import { dateLines } from './dates.js';
import { displayWidth } from './frame.js';
import { num, outcomeName, percent } from './words.js';

/** Steps listed under "where the time goes". */
const TOP_STEPS = 5;
/** Width of the longest histogram bar, in characters. */
const BAR_WIDTH = 40;

/** Renders a simulation result. */
export function toSimulationTable(r: SimulationResult, lang: Lang): string {
  const zh = lang === 'zh';
  const sep = ' · ';
  const rows: Array<[string, string]> = [];
  const add = (zhLabel: string, enLabel: string, value: string) => rows.push([zh ? zhLabel : enLabel, value]);
  const engine = r.engine === 'fast' ? (zh ? '快速引擎' : 'fast engine') : zh ? '参考引擎（XState）' : 'reference engine (XState)';
  if (r.items) {
    add('一件事', 'Bundle', zh
      ? `${r.items.length} 个事项；每件按 after 先后关系排期，用时取最后办结的事项`
      : `${r.items.length} items; each case schedules them by their after: order and ends with the last to finish`);
  }
  add('模拟', 'Simulated', zh
    ? `${r.completed.toLocaleString('en-US')} 件（种子 ${r.seed}，${engine}）${r.interrupted ? `，已中断：只完成了要求的 ${r.runs.toLocaleString('en-US')} 件中的 ${r.completed.toLocaleString('en-US')} 件` : ''}`
    : `${r.completed.toLocaleString('en-US')} cases (seed ${r.seed}, ${engine})${r.interrupted ? `; interrupted: ${r.completed.toLocaleString('en-US')} of the ${r.runs.toLocaleString('en-US')} requested` : ''}`);
  add('办理用时', 'Total time', distributionText(r.measures.workdays, zh ? '个工作日' : 'working days', lang));
  add('计入法定时限', 'Counted time', distributionText(r.measures.counted, zh ? '个工作日' : 'working days', lang));
  if (r.measures.calendarDays) {
    add('自然日', 'Calendar days', `${distributionText(r.measures.calendarDays, zh ? '天' : 'days', lang)}${zh ? `（自 ${r.startDate} 申请）` : ` (applying on ${r.startDate})`}`);
  }
  if (r.dates?.assumed) {
    const cases = r.dates.assumedCases;
    add('用到推算日期', 'On assumed days', zh
      ? `${cases.toLocaleString('en-US')} 件（${percent(r.completed > 0 ? cases / r.completed : 0)}）的办结日期用到了 ${r.dates.assumed.firstDate} 起推算的节假日`
      : `${cases.toLocaleString('en-US')} cases (${percent(r.completed > 0 ? cases / r.completed : 0)}) finish on days assumed from ${r.dates.assumed.firstDate}`);
  }
  add('跑动次数', 'Trips', distributionText(r.measures.trips, zh ? '次' : '', lang));
  for (const which of ['statutory', 'committed'] as const) {
    const limit = r.limits[which];
    const exceed = r.exceed[which];
    if (!limit || !exceed) continue;
    const name = limitWords(limit, lang);
    add(which === 'statutory' ? `超法定时限（${name}）` : `超承诺时限（${name}）`, `Over the ${which} limit (${name})`, exceedText(exceed, lang));
  }
  add('办理结果', 'Outcomes', r.outcomes.map((o) => `${outcomeName(o.outcome, lang)} ${percent(o.share)}`).join(sep));
  add('平均补正次数', 'Corrections per case', num(r.corrections.mean));
  add('用时最多的环节', 'Where the time goes', r.stepTime.slice(0, TOP_STEPS).filter((s) => s.meanDays > 0)
    .map((s) => (zh ? `${s.name} ${num(s.meanDays)} 天（${percent(s.share)}）` : `${s.name} ${num(s.meanDays)} d (${percent(s.share)})`)).join(sep) || '—');
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const s = r.subject;
  const title = `${s.name}${s.version.label ? ` [${s.version.label}]` : ''}  ${s.file}`;
  const lines = rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`);
  const histogramTitle = zh ? '  办理用时分布（工作日）' : '  Distribution of total time (working days)';
  const dates = r.dates ? [...dateLines(r.dates, lang).map((line) => `  ${line}`), ''] : [];
  return [title, ...lines, '', ...dates, ...itemLines(r, lang), histogramTitle, ...histogramLines(r.measures.workdays, r.completed), ''].join('\n');
}

/** A bundle's items, each with the share of cases in which it was on the critical path (none for a procedure). */
function itemLines(r: SimulationResult, lang: Lang): string[] {
  if (!r.items) return [];
  const width = Math.max(...r.items.map((i) => displayWidth(i.name)));
  const head = lang === 'zh' ? '  各事项在关键路径上的案件比例' : '  Share of cases with each item on the critical path';
  return [head, ...r.items.map((i) => `    ${i.name}${' '.repeat(width - displayWidth(i.name))}  ${percent(i.criticalShare).padStart(7)}`), ''];
}

function distributionText(d: Distribution, unit: string, lang: Lang): string {
  const zh = lang === 'zh';
  const parts = zh
    ? [`平均 ${num(d.mean)}`, `中位 ${num(d.median)}`, `P90 ${num(d.p90)}`, `P95 ${num(d.p95)}`, `最少 ${num(d.min)}`, `最多 ${num(d.max)}`]
    : [`mean ${num(d.mean)}`, `median ${num(d.median)}`, `p90 ${num(d.p90)}`, `p95 ${num(d.p95)}`, `min ${num(d.min)}`, `max ${num(d.max)}`];
  return `${parts.join(' · ')}${unit ? ` ${unit}` : ''}`;
}

function exceedText(e: Exceedance, lang: Lang): string {
  const [lo, hi] = e.ci95;
  return lang === 'zh'
    ? `${share(e.share)}（${e.cases.toLocaleString('en-US')} 件；95% 置信区间 ${share(lo)}–${share(hi)}）`
    : `${share(e.share)} (${e.cases.toLocaleString('en-US')} cases; 95% CI ${share(lo)}–${share(hi)})`;
}

/** A share as a percentage, keeping small shares visible ("<0.01%"). */
function share(x: number): string {
  return x > 0 && x < 0.0001 ? '<0.01%' : percent(x);
}

function limitWords(limit: LimitFigure, lang: Lang): string {
  return limitText(num(limit.days), limit.instant ? 'instant' : limit.unit, lang);
}

/** One line per histogram bin: its range, a bar, and its share of the cases. */
function histogramLines(d: Distribution, cases: number): string[] {
  const most = Math.max(1, ...d.histogram.map((b) => b.count));
  const labels = d.histogram.map((b) => `${num(b.x0)}–${num(b.x1)}`);
  const width = Math.max(0, ...labels.map((l) => l.length));
  return d.histogram.map((b, i) => {
    const bar = '█'.repeat(Math.round((b.count / most) * BAR_WIDTH));
    return `  ${labels[i]!.padStart(width)}  ${bar.padEnd(BAR_WIDTH)}  ${percent(cases > 0 ? b.count / cases : 0)}`;
  });
}
