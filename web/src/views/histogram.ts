/**
 * The simulated distribution of completion time: before above after, one x scale in working days,
 * y as share of cases (so both panels compare although run counts differ), limits as lines with
 * the share of cases beyond each (simulation.exceed).
 */
import { scaleLinear } from 'd3';
import { createSvg, showMessage, type ChartFrame } from '../chart.js';
import type { Simulation } from '../contract.js';
import { formatDays, formatNumber, formatShare } from '../format.js';
import { colon, paren, t, type Lang } from '../i18n.js';
import { xAxis, type G } from '../marks/axis.js';
import { limitRules, type LimitLine } from '../marks/rule.js';
import { sharedDomain, sharedLinear } from '../scales.js';
import { ACCENT, BEFORE, INK, MUTED, SIZE } from '../theme.js';

const WIDTH = 1080;
const LEFT = 70;
const PANEL_H = 190;

/** Limit lines of a simulation, each labelled with the share of cases beyond it. */
export function getExceedLines(simulation: Simulation, lang: Lang): LimitLine[] {
  const out: LimitLine[] = [];
  for (const key of ['statutory', 'committed'] as const) {
    const e = simulation.exceed[key];
    if (!e) continue;
    out.push({ value: e.limit, label: `${t(key, lang)} ${formatNumber(e.limit)}${colon(lang)}${t('beyond', lang)} ${formatShare(e.share)}`, dashed: key === 'committed' });
  }
  return out;
}

/** Draws the histograms, or says why there are none. */
export function drawHistogram(frame: ChartFrame, simulations: { before: Simulation; after: Simulation } | undefined): void {
  const { lang } = frame;
  if (!simulations) {
    showMessage(frame.body, t('noSimulation', lang));
    return;
  }
  const sides = (['before', 'after'] as const).map((side) => {
    const sim = simulations[side];
    const total = sim.completed || sim.measures.workdays.histogram.reduce((n, b) => n + b.count, 0) || 1;
    return { side, sim, bins: sim.measures.workdays.histogram.map((b) => ({ ...b, share: b.count / total })), limits: getExceedLines(sim, lang) };
  });
  const x = sharedLinear([LEFT, WIDTH - 40], ...sides.map((s) => s.bins.map((b) => b.x1)), ...sides.map((s) => s.limits.map((l) => l.value)));
  const y = scaleLinear().domain(sharedDomain(...sides.map((s) => s.bins.map((b) => b.share)))).range([PANEL_H, 0]).nice();
  const height = 30 + sides.length * (PANEL_H + 110) + 40;
  const svg = createSvg(frame.body, WIDTH, height);
  const g = svg.append('g').attr('transform', 'translate(10,16)') as G;
  sides.forEach(({ side, sim, bins, limits }, i) => {
    const colour = side === 'before' ? BEFORE : ACCENT;
    const panel = g.append('g').attr('class', `panel ${side}`).attr('data-side', side).attr('transform', `translate(0,${i * (PANEL_H + 110)})`) as G;
    panel.append('rect').attr('x', LEFT).attr('width', 6).attr('height', 22).attr('fill', colour);
    const w = sim.measures.workdays;
    panel.append('text').attr('x', LEFT + 14).attr('y', 17).attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK)
      .text(`${t(side, lang)} · ${t('mean', lang)} ${formatDays(w.mean)}${t('comma', lang)}P90 ${formatDays(w.p90)} ${t('dayUnit', lang)}${paren(`${sim.completed.toLocaleString('en-US')} ${t('runs', lang)}`, lang)}`);
    const plot = panel.append('g').attr('transform', 'translate(0,60)') as G;
    plot.selectAll('rect.bin').data(bins).join('rect').attr('class', 'bin')
      .attr('x', (b) => x(b.x0) + 0.5).attr('width', (b) => Math.max(1, x(b.x1) - x(b.x0) - 1))
      .attr('y', (b) => y(b.share)).attr('height', (b) => PANEL_H - y(b.share)).attr('fill', colour)
      .append('title').text((b) => `${formatDays(b.x0)}–${formatDays(b.x1)}：${formatShare(b.share)}`);
    const ticks = y.ticks(4);
    plot.selectAll('text.ytick').data(ticks).join('text').attr('class', 'ytick').attr('x', LEFT - 8).attr('y', (d) => y(d) + 5)
      .attr('text-anchor', 'end').attr('font-size', SIZE).attr('fill', MUTED).text((d) => `${formatNumber(d * 100, 0)}%`);
    plot.selectAll('line.ygrid').data(ticks).join('line').attr('class', 'ygrid').attr('x1', LEFT).attr('x2', WIDTH - 40)
      .attr('y1', (d) => y(d)).attr('y2', (d) => y(d)).attr('stroke', '#eef0f2');
    limitRules(panel, x, limits, 26, 60 + PANEL_H);
    xAxis(plot, x, PANEL_H, PANEL_H, i === sides.length - 1 ? t('workdays', lang) : '');
  });
}
