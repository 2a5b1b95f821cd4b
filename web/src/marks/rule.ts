/** Vertical reference lines (statutory and committed limits) with a label at the top. */
import type { ScaleLinear } from 'd3';
import { SIZE, WARN } from '../theme.js';
import type { G } from './axis.js';

/** A limit to mark: value in working days and its label. */
export interface LimitLine {
  /** Where, in the x scale's unit. */
  value: number;
  /** Label, e.g. "法定时限 20". */
  label: string;
  /** Dashed for the committed limit, solid for the statutory one. */
  dashed?: boolean;
}

/**
 * Draws each limit from `top` to `bottom`, labels stacked at the top so two close limits never overlap.
 * Labels are anchored left of the line when they would run past the right edge.
 */
export function limitRules(g: G, x: ScaleLinear<number, number>, limits: readonly LimitLine[], top: number, bottom: number): void {
  const sorted = [...limits].sort((a, b) => a.value - b.value);
  const right = x.range()[1]!;
  sorted.forEach((limit, i) => {
    const px = x(limit.value);
    const rule = g.append('g').attr('class', 'limit').attr('data-limit', limit.value);
    rule.append('line')
      .attr('x1', px).attr('x2', px).attr('y1', top + i * (SIZE + 6)).attr('y2', bottom)
      .attr('stroke', WARN).attr('stroke-width', 1.5).attr('stroke-dasharray', limit.dashed ? '6 4' : null);
    rule.append('text')
      .attr('x', px > right - 120 ? px - 4 : px + 4)
      .attr('y', top + i * (SIZE + 6) + SIZE - 2)
      .attr('text-anchor', px > right - 120 ? 'end' : 'start')
      .attr('font-size', SIZE)
      .attr('fill', WARN)
      .text(limit.label);
  });
}
