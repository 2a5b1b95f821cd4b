/**
 * Marks of a process diagram: container boxes for parallel blocks and regions, step boxes coloured
 * by actor (struck through and faded when the reform cut them), end pills, and routed edges
 * (dashed for correction loops) with their labels.
 */
import { line as d3line } from 'd3';
import { NODE_FONT } from '../../../src/report/diagram/metrics.js';
import type { EdgeRoute, NodeBox } from '../layout/process.js';
import { truncate } from '../../../src/report/diagram/text.js';
import { actorColour, INK, MUTED, RULE, WARN } from '../theme.js';
import type { G } from './axis.js';

/** Colour of correction loops. */
export const LOOP = '#c46a1a';

/** How a step box is marked. */
export interface BoxText {
  /** True when the reform removed or merged the step. */
  cut: boolean;
  /** removed, merged or added, for data-status. */
  status?: string;
}

/** Adds an arrowhead marker of `colour` to `defs` under `id`. */
export function arrowMarker(defs: G, id: string, colour: string): void {
  defs.append('marker').attr('id', id).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
    .attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
    .append('path').attr('d', 'M0,0L10,5L0,10z').attr('fill', colour);
}

/** Draws the parallel blocks and their regions (behind everything else). */
export function containerMarks(g: G, nodes: readonly NodeBox[], parallelLabel: string): void {
  for (const n of nodes.filter((b) => b.kind === 'parallel' || b.kind === 'region')) {
    const box = g.append('g').attr('class', n.kind).attr('data-state', n.kind === 'parallel' ? n.id : null);
    box.append('rect').attr('x', n.x).attr('y', n.y).attr('width', n.width).attr('height', n.height).attr('rx', 8)
      .attr('fill', n.kind === 'parallel' ? '#f4f6f8' : '#ffffff').attr('stroke', n.kind === 'parallel' ? MUTED : RULE)
      .attr('stroke-dasharray', n.kind === 'parallel' ? '5 4' : null);
    const text = n.kind === 'parallel' ? `${parallelLabel}：${n.lines[0] ?? ''}` : (n.lines[0] ?? '');
    const label = box.append('text').attr('x', n.x + 12).attr('y', n.y + 22).attr('font-size', NODE_FONT).attr('fill', n.kind === 'parallel' ? INK : MUTED)
      .attr('font-weight', n.kind === 'parallel' ? 700 : null).text(truncate(text, n.width - 24, NODE_FONT));
    if (label.text() !== text) label.append('title').text(text);
  }
}

/** Draws the routed edges; correction loops dashed in the loop colour, with their labels. */
export function edgeMarks(g: G, edges: readonly EdgeRoute[], markerId: (loop: boolean) => string): void {
  const path = d3line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y);
  for (const e of edges) {
    const loop = e.transition.correction;
    const edge = g.append('g').attr('class', loop ? 'edge correction' : 'edge').attr('data-edge', `${e.transition.source}>${e.transition.target}`);
    edge.append('path').attr('d', path(e.points)).attr('fill', 'none').attr('stroke', loop ? LOOP : MUTED).attr('stroke-width', loop ? 1.6 : 1.3)
      .attr('stroke-dasharray', loop ? '6 4' : null).attr('marker-end', `url(#${markerId(loop)})`);
    if (e.label) {
      edge.append('rect').attr('x', e.label.x).attr('y', e.label.y).attr('width', e.label.width).attr('height', e.label.height).attr('fill', '#fff').attr('opacity', 0.9);
      edge.append('text').attr('x', e.label.x + 4).attr('y', e.label.y + e.label.height - 5).attr('font-size', NODE_FONT - 1)
        .attr('fill', loop ? LOOP : MUTED).text(e.label.text);
    }
  }
}

/** Draws the step boxes and end pills, each step with its second line and the reform's mark. */
export function stateMarks(g: G, nodes: readonly NodeBox[], stroke: string): Array<{ node: NodeBox; el: SVGGElement }> {
  const out: Array<{ node: NodeBox; el: SVGGElement }> = [];
  for (const n of nodes.filter((b) => b.kind === 'step' || b.kind === 'final')) {
    const box = g.append('g').attr('class', `state ${n.kind}`).attr('data-state', n.id);
    if (n.kind === 'final' && !n.state?.outcome) {
      box.append('circle').attr('cx', n.x + n.width / 2).attr('cy', n.y + n.height / 2).attr('r', n.width / 2 - 2).attr('fill', '#fff').attr('stroke', MUTED).attr('stroke-width', 1.5);
      box.append('circle').attr('cx', n.x + n.width / 2).attr('cy', n.y + n.height / 2).attr('r', n.width / 2 - 6).attr('fill', MUTED);
      box.append('title').text(n.state?.name ?? '');
    } else if (n.kind === 'final') {
      const approved = n.state?.outcome === 'approved';
      box.append('rect').attr('x', n.x).attr('y', n.y).attr('width', n.width).attr('height', n.height).attr('rx', n.height / 2)
        .attr('fill', approved ? '#eef5ef' : '#f3f4f5').attr('stroke', approved ? '#2f7d4f' : MUTED).attr('stroke-width', 1.3);
      n.lines.forEach((l, i) => box.append('text').attr('x', n.x + n.width / 2).attr('y', n.y + 8 + (i + 1) * 19 - 5).attr('text-anchor', 'middle')
        .attr('font-size', NODE_FONT).attr('fill', INK).text(l));
    } else {
      const info = n.text;
      if (info.status) box.attr('data-status', info.status);
      box.attr('opacity', info.cut ? 0.5 : 1);
      box.append('rect').attr('x', n.x).attr('y', n.y).attr('width', n.width).attr('height', n.height).attr('rx', 6)
        .attr('fill', actorColour(n.state?.actor)).attr('stroke', info.cut ? WARN : stroke).attr('stroke-width', info.status === 'added' ? 2.5 : 1.4)
        .attr('stroke-dasharray', info.cut ? '4 3' : null);
      n.lines.forEach((l, i) => box.append('text').attr('x', n.x + 12).attr('y', n.y + 8 + (i + 1) * 19 - 4).attr('font-size', NODE_FONT)
        .attr('font-weight', 700).attr('fill', INK).attr('text-decoration', info.cut ? 'line-through' : null).text(l));
      const metaTop = n.y + 8 + n.lines.length * 19;
      n.meta.forEach((l, i) => box.append('text').attr('class', 'meta').attr('x', n.x + 12).attr('y', metaTop + (i + 1) * 18 - 2).attr('font-size', NODE_FONT - 1)
        .attr('fill', info.cut ? WARN : MUTED).attr('font-weight', info.cut ? 700 : null).text(l));
    }
    out.push({ node: n, el: box.node()! });
  }
  return out;
}

