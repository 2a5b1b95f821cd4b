/** Axes and grid: a bottom axis with light vertical grid lines and a title that states the unit. */
import { axisBottom, type ScaleLinear, type Selection } from 'd3';
import { MUTED, RULE, SIZE } from '../theme.js';

/** Any SVG group selection the marks draw into. */
export type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draws an x axis at y = `y` under a plot `height` tall (grid lines go up through the plot), with
 * `title` at the right end, e.g. "工作日".
 */
export function xAxis(g: G, x: ScaleLinear<number, number>, y: number, height: number, title: string, ticks = 8): void {
  const axis = g.append('g').attr('class', 'axis').attr('transform', `translate(0,${y})`);
  axis.call(axisBottom(x).ticks(ticks).tickSizeOuter(0).tickFormat((d) => String(d)));
  axis.attr('font-family', null).attr('font-size', null);
  axis.selectAll('text').attr('font-size', SIZE).attr('fill', MUTED);
  axis.selectAll('line,path').attr('stroke', MUTED);
  g.insert('g', ':first-child')
    .attr('class', 'grid')
    .selectAll('line')
    .data(x.ticks(ticks))
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', y - height)
    .attr('y2', y)
    .attr('stroke', RULE)
    .attr('stroke-width', 1);
  g.append('text')
    .attr('class', 'axis-title')
    .attr('x', x.range()[1]!)
    .attr('y', y + 40)
    .attr('text-anchor', 'end')
    .attr('font-size', SIZE)
    .attr('fill', MUTED)
    .text(title);
}
