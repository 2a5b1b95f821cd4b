/**
 * The part of the process view that needs no page around it: the legend of a pair of diagrams, a
 * side's title band and size, and one side's diagram drawn into an <svg> from its layout. The page
 * (process.ts) and the Office files (src/report/office/charts.ts) both draw through these, so a
 * diagram in a Word report is the diagram on the page.
 */
import type { Selection } from 'd3';
import type { LaidOutGraph } from '../contract.js';
import { ACTORS, SIDES, STATE_TYPES, type Actor } from '../../../src/vocabulary/index.js';
import { textWidth } from '../../../src/report/diagram/text.js';
import { say, t, type Lang } from '../i18n.js';
import type { NodeBox, ProcessLayout } from '../layout/process.js';
import type { G } from '../marks/axis.js';
import type { LegendEntry } from '../marks/legend.js';
import { arrowMarker, containerMarks, edgeMarks, LOOP, stateMarks } from '../marks/process.js';
import { ACCENT, ACTOR_COLOURS, BEFORE, BURDEN, GOOD, INK, MUTED, REMOVED_FILL, SIZE } from '../theme.js';
import { PAD } from './process-fit.js';

/** An <svg> selection as the process view draws into. */
export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

/** The legend of a pair of diagrams: who acts in either, correction loops, steps the reform removed or added. */
export function getLegendEntries(before: LaidOutGraph | undefined, after: LaidOutGraph | undefined, lang: Lang): LegendEntry[] {
  const actors = [...new Set([...(before?.states ?? []), ...(after?.states ?? [])].flatMap(flatActors))];
  return [
    ...actors.map((a) => ({ label: say(ACTORS[a], lang), fill: ACTOR_COLOURS[a] ?? '#e6e8eb', stroke: MUTED })),
    { label: t('legendCorrection', lang), fill: LOOP, dashed: true },
    { label: t('legendRemoved', lang), fill: REMOVED_FILL, stroke: GOOD, struck: true },
    { label: t('legendAdded', lang), fill: '#fff', stroke: BURDEN },
  ];
}

/** The box holding every node, edge bend and edge label of `layout` (ELK may route a little outside its own size). */
export function getBounds(layout: ProcessLayout): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [0, layout.width];
  const ys: number[] = [0, layout.height];
  for (const n of layout.nodes) xs.push(n.x, n.x + n.width), ys.push(n.y, n.y + n.height);
  for (const e of layout.edges) {
    for (const p of e.points) xs.push(p.x), ys.push(p.y);
    if (e.label) xs.push(e.label.x, e.label.x + e.label.width), ys.push(e.label.y, e.label.y + e.label.height);
  }
  const x = Math.min(...xs) - 4;
  const y = Math.min(...ys) - 4;
  return { x, y, width: Math.max(...xs) + 4 - x, height: Math.max(...ys) + 4 - y };
}

/** The title over a side's diagram: "改革前 · 食品经营许可（新办）". */
export function getPanelTitle(graph: LaidOutGraph | undefined, side: 'before' | 'after', lang: Lang): string {
  return `${say(SIDES[side], lang)} · ${graph?.name ?? ''}`;
}

/**
 * A side's drawing at scale 1: as wide as the diagram, or as its title when that is wider (up to a
 * limit), so a narrow diagram keeps its name; `bounds` is the diagram's own box (getBounds).
 */
export function getPanelSize(layout: ProcessLayout | undefined, title: string): { width: number; height: number; titleWidth: number; bounds: ReturnType<typeof getBounds> } {
  const bounds = layout ? getBounds(layout) : { x: 0, y: 0, width: 320, height: 80 };
  const titleWidth = Math.min(textWidth(title, SIZE + 2) + PAD + 40, 640);
  return { width: Math.max(bounds.width + 2 * PAD, titleWidth, 320), height: bounds.height + 2 * PAD, titleWidth, bounds };
}

/**
 * Draws a side's title band into `svg` (TITLE_H tall): a bar in the side's colour and the title, whole
 * in data-full (the page then cuts the shown text to the band's width, process-fit.ts, and gives the
 * returned text its tooltip).
 */
export function drawPanelTitle(svg: SvgSelection, text: string, side: 'before' | 'after') {
  svg.append('rect').attr('width', 6).attr('height', 24).attr('y', 4).attr('x', PAD).attr('fill', side === 'before' ? BEFORE : ACCENT);
  return svg.append('text').attr('x', PAD + 14).attr('y', 22).attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK)
    .call((el) => el.append('tspan').attr('data-full', text).text(text));
}

/**
 * Draws `layout` into `svg` with its top-left PAD inside the svg's: parallel blocks, edges, then
 * steps coloured by actor (cut steps struck through). Returns each step box drawn, for tooltips.
 */
export function drawDiagram(svg: SvgSelection, layout: ProcessLayout, side: 'before' | 'after', lang: Lang): Array<{ node: NodeBox; el: SVGGElement }> {
  const bounds = getBounds(layout);
  const defs = svg.append('defs') as unknown as G;
  arrowMarker(defs, `arrow-flow-${side}`, MUTED);
  arrowMarker(defs, `arrow-loop-${side}`, LOOP);
  const body = svg.append('g').attr('transform', `translate(${PAD - bounds.x},${PAD - bounds.y})`) as G;
  containerMarks(body, layout.nodes, say(STATE_TYPES.parallel, lang));
  edgeMarks(body, layout.edges, (loop) => (loop ? `arrow-loop-${side}` : `arrow-flow-${side}`));
  return stateMarks(body, layout.nodes, side === 'before' ? '#7d8791' : ACCENT);
}

function flatActors(state: LaidOutGraph['states'][number]): Actor[] {
  return [...(state.actor ? [state.actor] : []), ...(state.regions ?? []).flatMap((r) => r.states.flatMap(flatActors))];
}
