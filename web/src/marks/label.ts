/** Wrapped or truncated labels: long Chinese names never overlap; the full name is in a <title>. */
import { INK, SIZE } from '../theme.js';
import { wrapText } from '../../../src/report/diagram/text.js';
import type { G } from './axis.js';

/** Options of a wrapped label. */
export interface LabelOptions {
  /** Font size in pixels (default 14). */
  size?: number;
  /** Most lines before the ellipsis (default 2). */
  maxLines?: number;
  /** start, middle or end. */
  anchor?: 'start' | 'middle' | 'end';
  /** Fill colour. */
  fill?: string;
  /** Font weight. */
  weight?: number;
  /** Extra class. */
  className?: string;
}

/**
 * Draws `text` wrapped into `width` with its first baseline at (x, y); returns the number of lines.
 * When the text is cut, hovering shows the whole of it (<title>).
 */
export function wrappedLabel(g: G, text: string, x: number, y: number, width: number, options: LabelOptions = {}): number {
  const size = options.size ?? SIZE;
  const lines = wrapText(text, width, size, options.maxLines ?? 2);
  const el = g.append('text')
    .attr('class', options.className ?? null)
    .attr('x', x)
    .attr('y', y)
    .attr('font-size', size)
    .attr('font-weight', options.weight ?? null)
    .attr('text-anchor', options.anchor ?? 'start')
    .attr('fill', options.fill ?? INK);
  lines.forEach((line, i) => el.append('tspan').attr('x', x).attr('dy', i === 0 ? 0 : size * 1.3).text(line));
  if (lines.join('') !== text) el.append('title').text(text);
  return lines.length;
}
