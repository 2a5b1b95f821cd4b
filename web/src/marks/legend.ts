/** A legend: swatches and labels in a row that wraps at `width`. */
import { INK, SIZE } from '../theme.js';
import { textWidth } from '../../../src/report/diagram/text.js';
import type { G } from './axis.js';

/** One legend entry. */
export interface LegendEntry {
  /** Label. */
  label: string;
  /** Swatch fill. */
  fill: string;
  /** Swatch outline. */
  stroke?: string;
  /** Draw a dashed line instead of a box. */
  dashed?: boolean;
  /** Draw the swatch faded and struck through (removed by the reform). */
  struck?: boolean;
}

/** Draws `entries` from (0, 0) wrapping at `width`; returns the height used. */
export function legend(g: G, entries: readonly LegendEntry[], width: number): number {
  let x = 0;
  let y = 0;
  for (const entry of entries) {
    const w = 22 + textWidth(entry.label, SIZE) + 20;
    if (x > 0 && x + w > width) {
      x = 0;
      y += SIZE + 12;
    }
    const item = g.append('g').attr('class', 'legend-item').attr('transform', `translate(${x},${y})`);
    if (entry.dashed) {
      item.append('line').attr('x1', 0).attr('x2', 16).attr('y1', SIZE / 2 + 1).attr('y2', SIZE / 2 + 1)
        .attr('stroke', entry.stroke ?? entry.fill).attr('stroke-width', 2).attr('stroke-dasharray', '4 3');
    } else {
      item.append('rect').attr('width', 16).attr('height', 14).attr('y', 1).attr('rx', 2)
        .attr('fill', entry.fill).attr('stroke', entry.stroke ?? 'none').attr('opacity', entry.struck ? 0.45 : 1);
      if (entry.struck) item.append('line').attr('x1', -2).attr('x2', 18).attr('y1', 8).attr('y2', 8).attr('stroke', INK).attr('stroke-width', 1.5);
    }
    item.append('text').attr('x', 22).attr('y', SIZE).attr('font-size', SIZE).attr('fill', INK).text(entry.label);
    x += w;
  }
  return y + SIZE + 6;
}
