/**
 * The simulated distribution of completion time: before above after, one x scale in working days,
 * y as share of cases (so both panels compare although run counts differ), limits as lines with
 * the share of cases beyond each (simulation.exceed).
 */
import { range, scaleLinear, tickStep } from 'd3';
import { createSvg, showMessage, type ChartFrame } from '../chart.js';
import type { Distribution, Simulation } from '../contract.js';
import { MEASURES, num, shareFixed, SIDES } from '../../../src/vocabulary/index.js';
import { colon, paren, say, t, type Lang } from '../i18n.js';
import { xAxis, type G } from '../marks/axis.js';
import { legend } from '../marks/legend.js';
import { limitRules, type LimitLine } from '../marks/rule.js';
import { sharedDomain, sharedLinear } from '../scales.js';
import { withTooltip } from '../tooltip.js';
import { ACCENT, BEFORE, INK, MUTED, SIZE } from '../theme.js';

const WIDTH = 1080;
const LEFT = 70;
const PANEL_H = 190;

/** Limit lines of a simulation, each labelled with the share of cases beyond it. */
export function getExceedLines(simulation: Simulation, lang: Lang): LimitLine[] {
  const out: LimitLine[] = [];
  for (const [key, measure] of [['statutory', 'statutoryLimit'], ['committed', 'committedLimit']] as const) {
    const e = simulation.exceed[key];
    if (!e) continue;
    out.push({ value: e.limit, label: `${say(MEASURES[measure].name, lang)} ${num(e.limit)}${colon(lang)}${t('beyond', lang)} ${shareFixed(e.share)}`, dashed: key === 'committed' });
  }
  return out;
}

/** A bin of the common binning with its share of the cases. */
export interface ShareBin {
  /** Lower edge, working days. */
  x0: number;
  /** Upper edge, working days. */
  x1: number;
  /** Share of the cases in the bin (0–1). */
  share: number;
}

/**
 * Re-bins a distribution onto `edges`, so distributions binned at different widths (counted and
 * elapsed days, before and after) share one set of bins and their heights compare fairly. A source
 * bin's cases are spread over the target bins it overlaps, in proportion (uniform within a bin); a
 * bin of zero width (every case the same) goes wholly to the bin that holds it.
 */
export function rebin(d: Distribution, edges: readonly number[], total: number): ShareBin[] {
  const out = edges.slice(0, -1).map((x0, i) => ({ x0, x1: edges[i + 1]!, share: 0 }));
  for (const b of d.histogram) {
    if (b.count === 0) continue;
    if (b.x1 <= b.x0) {
      const at = out.find((t, i) => b.x0 >= t.x0 && (b.x0 < t.x1 || i === out.length - 1));
      if (at) at.share += b.count / total;
      continue;
    }
    for (const t of out) {
      const overlap = Math.min(b.x1, t.x1) - Math.max(b.x0, t.x0);
      if (overlap > 0) t.share += (b.count * overlap) / (b.x1 - b.x0) / total;
    }
  }
  return out;
}

/** Common bin edges from 0 to `max`: about 40 bins of a round width (0.25, 0.5, 1, 2, 5 … working days). */
export function getEdges(max: number): number[] {
  const step = tickStep(0, Math.max(max, 1), 40);
  return range(0, max + step, step).map((e) => Math.round(e * 1e6) / 1e6);
}

/**
 * Draws the histograms, or says why there are none. Bars are the working days that count toward the
 * limits (what the shares beyond each limit are about); an outline shows all elapsed working days, which
 * include time the law does not count (expert review, testing, Art. 45).
 */
export function drawHistogram(frame: ChartFrame, simulations: { before: Simulation; after: Simulation } | undefined): void {
  const { lang } = frame;
  if (!simulations) {
    showMessage(frame.body, t('noSimulation', lang));
    return;
  }
  const max = Math.max(...(['before', 'after'] as const).flatMap((side) => [simulations[side].measures.counted.max, simulations[side].measures.workdays.max]));
  const edges = getEdges(max);
  const sides = (['before', 'after'] as const).map((side) => {
    const sim = simulations[side];
    const total = sim.completed || sim.measures.counted.histogram.reduce((n, b) => n + b.count, 0) || 1;
    return { side, sim, counted: rebin(sim.measures.counted, edges, total), elapsed: rebin(sim.measures.workdays, edges, total), limits: getExceedLines(sim, lang) };
  });
  const x = sharedLinear([LEFT, WIDTH - 40], edges, ...sides.map((s) => s.limits.map((l) => l.value)));
  // Niced to the same 4 ticks it shows, so the tallest bar ends under a labelled grid line, not at a bare edge.
  const y = scaleLinear().domain(sharedDomain(...sides.flatMap((s) => [s.counted.map((b) => b.share), s.elapsed.map((b) => b.share)]))).range([PANEL_H, 0]).nice(4);
  const height = 40 + sides.length * (PANEL_H + 110) + 20;
  const svg = createSvg(frame.body, WIDTH, height);
  const g = svg.append('g').attr('transform', 'translate(10,16)') as G;
  legend(g.append('g').attr('transform', `translate(${LEFT},0)`) as G, [
    { label: `${say(SIDES.before, lang)}${paren(t('countedDays', lang), lang)}`, fill: BEFORE },
    { label: `${say(SIDES.after, lang)}${paren(t('countedDays', lang), lang)}`, fill: ACCENT },
    { label: t('elapsedDays', lang), fill: '#fff', stroke: INK },
  ], WIDTH - LEFT - 40);
  sides.forEach(({ side, sim, counted, elapsed, limits }, i) => {
    const colour = side === 'before' ? BEFORE : ACCENT;
    const panel = g.append('g').attr('class', `panel ${side}`).attr('data-side', side).attr('transform', `translate(0,${40 + i * (PANEL_H + 110)})`) as G;
    panel.append('rect').attr('x', LEFT).attr('width', 6).attr('height', 22).attr('fill', colour);
    const c = sim.measures.counted;
    const w = sim.measures.workdays;
    panel.append('text').attr('x', LEFT + 14).attr('y', 17).attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK)
      .text(t('simulationTitle', lang, { side: say(SIDES[side], lang), counted: num(c.mean), p90: num(c.p90), elapsed: num(w.mean), runs: sim.completed.toLocaleString('en-US') }));
    const plot = panel.append('g').attr('transform', 'translate(0,60)') as G;
    if (i === sides.length - 1) {
      panel.append('text').attr('x', LEFT).attr('y', 60 + PANEL_H + 40).attr('font-size', SIZE).attr('fill', MUTED)
        .text(t('binWidth', lang, { width: num(edges[1]! - edges[0]!) }));
    }
    plot.selectAll('rect.bin').data(counted).join('rect').attr('class', 'bin')
      .attr('x', (b) => x(b.x0) + 0.5).attr('width', (b) => Math.max(1, x(b.x1) - x(b.x0) - 1))
      .attr('y', (b) => y(b.share)).attr('height', (b) => PANEL_H - y(b.share)).attr('fill', colour)
      .call(withTooltip, (b) => [say(SIDES[side], lang), `${num(b.x0)}–${num(b.x1)} ${t('workdays', lang)}${colon(lang)}${shareFixed(b.share)}`]);
    const outline = elapsed.flatMap((b) => [[x(b.x0), y(b.share)], [x(b.x1), y(b.share)]] as Array<[number, number]>);
    if (outline.length > 0) {
      const first = elapsed[0]!;
      const last = elapsed[elapsed.length - 1]!;
      plot.append('path').attr('class', 'elapsed')
        .attr('d', `M${x(first.x0)},${PANEL_H}L${outline.map((p) => p.join(',')).join('L')}L${x(last.x1)},${PANEL_H}`)
        .attr('fill', 'none').attr('stroke', INK).attr('stroke-width', 1.2).attr('opacity', 0.7);
    }
    const ticks = y.ticks(4);
    plot.selectAll('text.ytick').data(ticks).join('text').attr('class', 'ytick').attr('x', LEFT - 8).attr('y', (d) => y(d) + 5)
      .attr('text-anchor', 'end').attr('font-size', SIZE).attr('fill', MUTED).text((d) => `${num(d * 100, 0)}%`);
    plot.selectAll('line.ygrid').data(ticks).join('line').attr('class', 'ygrid').attr('x1', LEFT).attr('x2', WIDTH - 40)
      .attr('y1', (d) => y(d)).attr('y2', (d) => y(d)).attr('stroke', '#eef0f2');
    limitRules(panel, x, limits, 26, 60 + PANEL_H);
    xAxis(plot, x, PANEL_H, PANEL_H, i === sides.length - 1 ? t('workdays', lang) : '');
  });
}
