/**
 * The simulated distribution of completion time: before above after, one x scale in working days,
 * y as share of cases (so both panels compare although run counts differ), limits as lines with
 * the share of cases beyond each (simulation.exceed).
 */
import { range, scaleLinear, tickStep } from 'd3';
import { createSvg, showMessage, type ChartFrame } from '../chart.js';
import type { Distribution, Simulation } from '../contract.js';
import { CASE_UNIT, clauseSeparator, fullStop, MEASURES, num, quantity, shareFixed, SIDES, workingDays } from '../../../src/vocabulary/index.js';
import { wrapText } from '../../../src/report/diagram/text.js';
import { colon, paren, say, t, type Lang } from '../i18n.js';
import { xAxis, type G } from '../marks/axis.js';
import { wrappedLabel } from '../marks/label.js';
import { legend, legendHeight, type LegendEntry } from '../marks/legend.js';
import { LIMIT_ROW, limitRules, type LimitLine } from '../marks/rule.js';
import { sharedDomain, sharedLinear } from '../scales.js';
import { drawReflowing } from '../present.js';
import { withTooltip } from '../tooltip.js';
import { ACCENT, BEFORE_MARK, GRID, INK, MUTED, SIZE } from '../theme.js';

/** The histogram's width, in chart units. */
const WIDTH = 1080;
/** The narrowest it reflows to on a slide (drawReflowing): the axis 610 wide here. */
const MIN_WIDTH = 720;
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
  /** Lower edge, working days (outside the bin, except for the first bin's 0). */
  x0: number;
  /** Upper edge, working days (inside the bin: a value on it is drawn left of it). */
  x1: number;
  /** Share of the cases in the bin (0–1). */
  share: number;
}

/** Two edges closer than this are one (edges are sums of decimal steps). */
const EPSILON = 1e-9;

/**
 * Re-bins a distribution onto `edges`, so distributions binned at different widths (counted and
 * elapsed days, before and after) share one set of bins and their heights compare fairly. A source
 * bin's cases are spread over the target bins it overlaps, in proportion (uniform within a bin); a
 * bin of zero width (every case the same) goes wholly to the bin whose (x0, x1] holds it, so a value
 * exactly on an edge, and on a limit drawn at that edge, is drawn left of it: within the limit.
 */
export function rebin(d: Distribution, edges: readonly number[], total: number): ShareBin[] {
  const out = edges.slice(0, -1).map((x0, i) => ({ x0, x1: edges[i + 1]!, share: 0 }));
  for (const b of d.histogram) {
    if (b.count === 0) continue;
    if (b.x1 <= b.x0) {
      const at = out.find((t) => b.x0 <= t.x1 + EPSILON) ?? out[out.length - 1];
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

/**
 * Makes the bins agree with the exact count of cases beyond each limit (simulation.exceed): the
 * share drawn left of a limit's edge is the share within it. A simulation bins [x0, x1), so cases
 * exactly on a limit sit in the bin starting at it; spreading would draw them beyond the line while
 * the label says 超出 0.00%. They move into the bin ending at the limit (and any surplus the other
 * way). A limit between edges is left as it is.
 */
export function placeOnLimits(bins: ShareBin[], limits: ReadonlyArray<{ limit: number; cases: number }>, total: number): ShareBin[] {
  for (const { limit, cases } of [...limits].sort((a, b) => a.limit - b.limit)) {
    const k = bins.findIndex((b) => Math.abs(b.x1 - limit) < EPSILON);
    if (k < 0) continue;
    const within = 1 - cases / total;
    let diff = within - bins.slice(0, k + 1).reduce((sum, b) => sum + b.share, 0);
    // Too little left of the line: take the nearest beyond it; too much: give the nearest within to the bin beyond.
    for (let j = k + 1; diff > EPSILON && j < bins.length; j++) {
      const moved = Math.min(diff, bins[j]!.share);
      bins[j]!.share -= moved;
      bins[k]!.share += moved;
      diff -= moved;
    }
    for (let j = k; diff < -EPSILON && j >= 0 && k + 1 < bins.length; j--) {
      const moved = Math.min(-diff, bins[j]!.share);
      bins[j]!.share -= moved;
      bins[k + 1]!.share += moved;
      diff += moved;
    }
  }
  return bins;
}

/** Most bins a histogram is drawn with, however fine a step the limits need. */
const MAX_BINS = 400;

/**
 * Common bin edges from 0 to `max`: about 40 bins of a round width (0.25, 0.5, 1, 2, 5 … working
 * days), narrower when that puts every limit on an edge (so a bin never straddles a limit's line).
 */
export function getEdges(max: number, limits: readonly number[] = []): number[] {
  let step = tickStep(0, Math.max(max, 1), 40);
  const onEdge = (s: number) => limits.every((l) => Math.abs(l / s - Math.round(l / s)) < 1e-6);
  for (let finer = smallerStep(step); !onEdge(step) && Math.max(max, 1) / finer <= MAX_BINS; finer = smallerStep(finer)) step = finer;
  const top = Math.max(max, ...limits);
  return range(0, top + step, step).map((e) => Math.round(e * 1e6) / 1e6);
}

/** The round step below `step`: 5 → 2 → 1 → 0.5 → 0.2 … */
function smallerStep(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  const m = Math.round(step / power);
  return m >= 5 ? 2 * power : m >= 2 ? power : power / 2;
}

/** One side as the histogram draws it. */
interface SidePanel {
  side: 'before' | 'after';
  sim: Simulation;
  counted: ShareBin[];
  elapsed: ShareBin[];
  limits: LimitLine[];
  /** Every case counted the same days (a fixed-time procedure): said in words, not drawn. */
  fixed: boolean;
}

/** The sides of a simulation pair on common edges, each bar of counted days agreeing with the exact shares beyond each limit. */
export function getHistogramSides(simulations: { before: Simulation; after: Simulation }, lang: Lang): { edges: number[]; sides: SidePanel[] } {
  const both = (['before', 'after'] as const).map((side) => simulations[side]);
  const max = Math.max(...both.flatMap((sim) => [sim.measures.counted.max, sim.measures.workdays.max]));
  const limits = both.flatMap((sim) => [sim.exceed.statutory?.limit, sim.exceed.committed?.limit]).filter((l): l is number => l !== undefined);
  const edges = getEdges(max, limits);
  const sides = (['before', 'after'] as const).map((side) => {
    const sim = simulations[side];
    const total = sim.completed || sim.measures.counted.histogram.reduce((n, b) => n + b.count, 0) || 1;
    const exceed = [sim.exceed.statutory, sim.exceed.committed].filter((e): e is NonNullable<typeof e> => e !== undefined);
    const counted = placeOnLimits(rebin(sim.measures.counted, edges, total), exceed, total);
    const c = sim.measures.counted;
    // When all time counts (the same distribution), the outline is the bars' own shares, cases on a limit placed alike.
    const same = JSON.stringify(sim.measures.workdays.histogram) === JSON.stringify(c.histogram);
    const elapsed = same ? counted.map((b) => ({ ...b })) : rebin(sim.measures.workdays, edges, total);
    return { side, sim, counted, elapsed, limits: getExceedLines(sim, lang), fixed: c.min === c.max };
  });
  return { edges, sides };
}

/** Line height of the panel titles. */
const TITLE_LINE = SIZE + 8;

/**
 * Draws the histograms, or says why there are none. Bars are the working days that count toward the
 * limits (what the shares beyond each limit are about); an outline shows all elapsed working days, which
 * include time the law does not count (expert review, testing, Art. 45). A case exactly on a limit is
 * within it and drawn left of its line; a side whose every case takes the same days says so in words.
 * On a slide too narrow for them at readable text they reflow narrower, down to MIN_WIDTH, rather than
 * scroll sideways (drawReflowing).
 */
export function drawHistogram(frame: ChartFrame, simulations: { before: Simulation; after: Simulation } | undefined): void {
  if (!simulations) {
    showMessage(frame.body, t('noSimulation', frame.lang));
    return;
  }
  drawReflowing(frame.section, frame.body, WIDTH, MIN_WIDTH, (width) => drawHistogramAt(frame, simulations, width));
}

/** Draws the histograms of `simulations` into `frame`, `width` chart units wide. */
function drawHistogramAt(frame: ChartFrame, simulations: { before: Simulation; after: Simulation }, width: number): void {
  const { lang } = frame;
  const { edges, sides } = getHistogramSides(simulations, lang);
  const x = sharedLinear([LEFT, width - 40], edges, ...sides.map((s) => s.limits.map((l) => l.value)));
  // Niced to the same 4 ticks it shows, so the tallest bar ends under a labelled grid line, not at a bare edge.
  const drawn = sides.filter((s) => !s.fixed);
  const y = scaleLinear().domain(sharedDomain(...drawn.flatMap((s) => [s.counted.map((b) => b.share), s.elapsed.map((b) => b.share)]))).range([PANEL_H, 0]).nice(4);
  const titles = sides.map((s) => wrapText(getPanelTitle(s, lang), width - LEFT - 60, SIZE + 2, 2));
  const notes = sides.map((s) => (s.fixed ? wrapText(getFixedText(s, lang), width - LEFT - 60, SIZE, 4) : []));
  const panelH = sides.map((s, i) => titles[i]!.length * TITLE_LINE + 12 + (s.fixed ? notes[i]!.length * (SIZE + 8) + 16 : s.limits.length * LIMIT_ROW + PANEL_H + (i === sides.length - 1 || sides.slice(i + 1).every((o) => o.fixed) ? 100 : 56)));
  const probe = legendEntries(lang);
  const legendH = legendHeight(probe, width - LEFT - 40) + 14;
  const height = legendH + panelH.reduce((h, p) => h + p + 24, 0) + 30;
  const svg = createSvg(frame.body, width, height);
  const g = svg.append('g').attr('transform', 'translate(10,16)') as G;
  legend(g.append('g').attr('transform', `translate(${LEFT},0)`) as G, probe, width - LEFT - 40);
  let top = legendH;
  sides.forEach((s, i) => {
    const { side, counted, elapsed, limits, fixed } = s;
    const colour = side === 'before' ? BEFORE_MARK : ACCENT;
    const panel = g.append('g').attr('class', `panel ${side}`).attr('data-side', side).attr('data-fixed', String(fixed)).attr('transform', `translate(0,${top})`) as G;
    top += panelH[i]! + 24;
    panel.append('rect').attr('x', LEFT).attr('width', 6).attr('height', 22).attr('fill', colour);
    const title = panel.append('text').attr('class', 'panel-title').attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK);
    titles[i]!.forEach((line, j) => title.append('tspan').attr('x', LEFT + 14).attr('y', 17 + j * TITLE_LINE).text(line));
    const below = titles[i]!.length * TITLE_LINE + 12;
    if (fixed) {
      const note = panel.append('text').attr('class', 'fixed-time').attr('font-size', SIZE).attr('fill', INK);
      notes[i]!.forEach((line, j) => note.append('tspan').attr('x', LEFT + 14).attr('y', below + SIZE + j * (SIZE + 8)).text(line));
      return;
    }
    const plotTop = below + limits.length * LIMIT_ROW + 8;
    const plot = panel.append('g').attr('transform', `translate(0,${plotTop})`) as G;
    // Grid first, so bars and the elapsed outline stand in front of it.
    const ticks = y.ticks(4);
    plot.selectAll('line.ygrid').data(ticks).join('line').attr('class', 'ygrid').attr('x1', LEFT).attr('x2', width - 40)
      .attr('y1', (d) => y(d)).attr('y2', (d) => y(d)).attr('stroke', GRID);
    plot.selectAll('text.ytick').data(ticks).join('text').attr('class', 'ytick').attr('x', LEFT - 8).attr('y', (d) => y(d) + 5)
      .attr('text-anchor', 'end').attr('font-size', SIZE).attr('fill', MUTED).text((d) => `${num(d * 100, 0)}%`);
    plot.selectAll('rect.bin').data(counted.filter((b) => b.share > 0)).join('rect').attr('class', 'bin')
      .attr('data-x0', (b) => b.x0).attr('data-x1', (b) => b.x1)
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
    limitRules(panel, x, limits, below, plotTop + PANEL_H, width - 20);
    const last = sides.slice(i + 1).every((o) => o.fixed);
    xAxis(plot, x, PANEL_H, PANEL_H, last ? t('workdays', lang) : '');
    if (last) {
      wrappedLabel(panel, t('binWidth', lang, { width: workingDays(edges[1]! - edges[0]!, lang) }), LEFT, plotTop + PANEL_H + 66, width - LEFT - 40, { maxLines: 2, fill: MUTED, className: 'bin-width' });
    }
  });
}

/** The legend's entries: counted days before and after, and the outline of all elapsed days. */
function legendEntries(lang: Lang): LegendEntry[] {
  return [
    { label: `${say(SIDES.before, lang)}${paren(t('countedDays', lang), lang)}`, fill: BEFORE_MARK },
    { label: `${say(SIDES.after, lang)}${paren(t('countedDays', lang), lang)}`, fill: ACCENT },
    { label: t('elapsedDays', lang), fill: '#fff', stroke: INK },
  ];
}

/** A panel's title: the side, mean counted time, the time nine in ten cases stay within, mean elapsed time and the runs, in plain words. */
function getPanelTitle(s: SidePanel, lang: Lang): string {
  const c = s.sim.measures.counted;
  const w = s.sim.measures.workdays;
  return t('simulationTitle', lang, {
    side: say(SIDES[s.side], lang), counted: workingDays(c.mean, lang), p90: workingDays(c.p90, lang), elapsed: workingDays(w.mean, lang), runs: quantity(s.sim.completed, CASE_UNIT, lang),
  });
}

/** What a fixed-time side says instead of a distribution: the one value, elapsed time when it differs, and where it stands to each limit (on it is within it). */
function getFixedText(s: SidePanel, lang: Lang): string {
  const c = s.sim.measures.counted;
  const w = s.sim.measures.workdays;
  const elapsed = w.min === w.max ? w.min : null;
  const parts = [t('fixedTime', lang, { days: workingDays(c.min, lang) })];
  if (elapsed !== null && elapsed !== c.min) parts.push(t('fixedElapsed', lang, { days: workingDays(elapsed, lang) }));
  for (const [key, measure] of [['statutory', 'statutoryLimit'], ['committed', 'committedLimit']] as const) {
    const e = s.sim.exceed[key];
    if (!e) continue;
    const words = { name: lang === 'en' ? say(MEASURES[measure].name, lang).toLowerCase() : say(MEASURES[measure].name, lang), days: workingDays(e.limit, lang) };
    parts.push(t(c.min < e.limit ? 'fixedWithin' : c.min === e.limit ? 'fixedOnLimit' : 'fixedBeyond', lang, words));
  }
  return parts.join(clauseSeparator(lang)) + fullStop(lang);
}
