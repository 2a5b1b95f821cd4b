/**
 * A simulation as a readable terminal block: labelled rows and a histogram of total time, Chinese by
 * default; a bundle adds its items with how often each was on the critical path.
 */
import type { Distribution, Exceedance, SimulationResult } from '../analysis/simulate/types.js';
import { DATE_WORDS, limitWords, num, percent, say, type Bilingual, type Lang } from '../vocabulary/index.js';
import { dateLines } from './dates.js';
import { displayWidth } from './frame.js';
import { SIMULATION_ROWS as R, SIMULATION_VALUES as V } from './simulation-phrases.js';
import { outcomeName } from './words.js';

/** Steps listed under "where the time goes". */
const TOP_STEPS = 5;
/** Width of the longest histogram bar, in characters. */
const BAR_WIDTH = 40;

/** Renders a simulation result. */
export function toSimulationTable(r: SimulationResult, lang: Lang): string {
  const sep = ' · ';
  const rows: Array<[string, string]> = [];
  const add = (label: Bilingual | string, value: string) => rows.push([say(label, lang), value]);
  const count = (n: number) => n.toLocaleString('en-US');
  if (r.items) add(R.bundle, V.bundle[lang](r.items.length));
  const simulated = V.simulated[lang]({ completed: count(r.completed), seed: r.seed, engine: say(R[r.engine === 'fast' ? 'fast' : 'reference'], lang) });
  add(R.simulated, simulated + (r.interrupted ? V.interrupted[lang]({ completed: count(r.completed), runs: count(r.runs) }) : ''));
  add(R.total, distributionText(r.measures.workdays, say(R.workdays, lang), lang));
  add(R.counted, distributionText(r.measures.counted, say(R.workdays, lang), lang));
  if (r.measures.calendarDays) add(R.calendar, `${distributionText(r.measures.calendarDays, say(R.days, lang), lang)}${DATE_WORDS.applyingOn[lang](r.startDate ?? '')}`);
  if (r.dates?.assumed) {
    const share = percent(r.completed > 0 ? r.dates.assumedCases / r.completed : 0);
    add(R.assumedDays, V.assumedCases[lang]({ cases: count(r.dates.assumedCases), share, first: r.dates.assumed.firstDate }));
  }
  add(R.trips, distributionText(r.measures.trips, say(R.times, lang), lang));
  for (const which of ['statutory', 'committed'] as const) {
    const limit = r.limits[which];
    const exceed = r.exceed[which];
    if (!limit || !exceed) continue;
    add(V.over[lang]({ statutory: which === 'statutory', limit: limitWords(limit, lang) }), exceedText(exceed, lang));
  }
  add(R.outcomes, r.outcomes.map((o) => `${outcomeName(o.outcome, lang)} ${percent(o.share)}`).join(sep));
  add(R.corrections, num(r.corrections.mean));
  add(R.slowSteps, r.stepTime.slice(0, TOP_STEPS).filter((s) => s.meanDays > 0)
    .map((s) => V.slowStep[lang]({ name: s.name, days: num(s.meanDays), share: percent(s.share) })).join(sep) || '—');
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const s = r.subject;
  const title = `${s.name}${s.version.label ? ` [${s.version.label}]` : ''}  ${s.file}`;
  const lines = rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`);
  const dates = r.dates ? [...dateLines(r.dates, lang).map((line) => `  ${line}`), ''] : [];
  return [title, ...lines, '', ...dates, ...itemLines(r, lang), `  ${say(R.histogram, lang)}`, ...histogramLines(r.measures.workdays, r.completed), ''].join('\n');
}

/** A bundle's items, each with the share of cases in which it was on the critical path (none for a procedure). */
function itemLines(r: SimulationResult, lang: Lang): string[] {
  if (!r.items) return [];
  const width = Math.max(...r.items.map((i) => displayWidth(i.name)));
  return [`  ${say(R.criticalShare, lang)}`, ...r.items.map((i) => `    ${i.name}${' '.repeat(width - displayWidth(i.name))}  ${percent(i.criticalShare).padStart(7)}`), ''];
}

function distributionText(d: Distribution, unit: string, lang: Lang): string {
  const parts = V.distribution[lang]({ mean: num(d.mean), median: num(d.median), p90: num(d.p90), p95: num(d.p95), min: num(d.min), max: num(d.max) });
  return `${parts.join(' · ')}${unit ? ` ${unit}` : ''}`;
}

function exceedText(e: Exceedance, lang: Lang): string {
  const [lo, hi] = e.ci95;
  return V.exceed[lang]({ share: share(e.share), cases: e.cases.toLocaleString('en-US'), lo: share(lo), hi: share(hi) });
}

/** A share as a percentage, keeping small shares visible ("<0.01%"). */
function share(x: number): string {
  return x > 0 && x < 0.0001 ? '<0.01%' : percent(x);
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
