/** Vertical reference lines (statutory and committed limits) with a label at the top. */
import type { ScaleLinear } from 'd3';
import { textWidth } from '../../../src/report/diagram/text.js';
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

/** Where a limit's label goes: its row in the stack at the top, its x and anchor. */
export interface PlacedLimit extends LimitLine {
  /** Pixel x of the line. */
  px: number;
  /** Row of the label (0 at the top); the line starts at its label's row. */
  row: number;
  /** Left end and right end of the label, pixels. */
  from: number;
  to: number;
}

/** Height of one row of limit labels. */
export const LIMIT_ROW = SIZE + 6;

/**
 * Places each label right of its line, or left of it when it would run past `right` (never past 0
 * either), and stacks them so no label crosses a line: a line starts at its own label's row, so a
 * label whose span holds another limit's line goes on a row above that label. Measured by the text
 * estimate, not by layout, so the same placement comes out in Node (Office files) and in the browser.
 */
export function placeLimits(x: ScaleLinear<number, number>, limits: readonly LimitLine[], right = x.range()[1]!): PlacedLimit[] {
  const sorted = [...limits].sort((a, b) => a.value - b.value);
  // Each label right of its line where it fits, else left; when two labels would each cross the other's
  // line (no stacking works), flip labels left until one does: fewest flips first.
  const masks = Array.from({ length: 2 ** Math.min(sorted.length, 6) }, (_, m) => m).sort((a, b) => bits(a) - bits(b));
  let fallback: PlacedLimit[] | undefined;
  for (const mask of masks) {
    const spans = sorted.map((limit, i) => {
      const px = x(limit.value);
      const w = textWidth(limit.label, SIZE);
      const rightFits = px + 4 + w <= right;
      const from = rightFits && !(mask & (1 << i)) ? px + 4 : Math.max(0, px - 4 - w);
      return { ...limit, px, from, to: from + w, row: 0 };
    });
    const order = stack(spans);
    if (order) {
      order.forEach((s, row) => (s.row = row));
      return spans;
    }
    fallback ??= spans.map((s, row) => ({ ...s, row }));
  }
  return fallback ?? [];
}

/** Labels top to bottom so that none crosses a line (a line starts at its own label's row), or undefined when none does. */
function stack(spans: PlacedLimit[]): PlacedLimit[] | undefined {
  const crosses = (label: PlacedLimit, line: PlacedLimit) => label !== line && line.px >= label.from - 2 && line.px <= label.to + 2;
  const order: PlacedLimit[] = [];
  const left = [...spans];
  while (left.length > 0) {
    // Next row: a label no remaining label must stand above (none of them crosses its line).
    const i = left.findIndex((s) => !left.some((o) => crosses(o, s)));
    if (i < 0) return undefined;
    order.push(...left.splice(i, 1));
  }
  return order;
}

/** The number of bits set in `n`. */
function bits(n: number): number {
  let count = 0;
  for (let m = n; m > 0; m >>= 1) count += m & 1;
  return count;
}

/**
 * Draws each limit from `top` to `bottom`, labels stacked at the top (placeLimits) so two close
 * limits never overlap, no label crosses a line, and none is cut at the chart's edge.
 */
export function limitRules(g: G, x: ScaleLinear<number, number>, limits: readonly LimitLine[], top: number, bottom: number, right?: number): void {
  for (const limit of placeLimits(x, limits, right)) {
    const y = top + limit.row * LIMIT_ROW;
    const rule = g.append('g').attr('class', 'limit').attr('data-limit', limit.value);
    rule.append('line')
      .attr('x1', limit.px).attr('x2', limit.px).attr('y1', y).attr('y2', bottom)
      .attr('stroke', WARN).attr('stroke-width', 1.5).attr('stroke-dasharray', limit.dashed ? '6 4' : null);
    rule.append('text')
      .attr('x', limit.from)
      .attr('y', y + SIZE - 2)
      .attr('font-size', SIZE)
      .attr('fill', WARN)
      .text(limit.label);
  }
}
