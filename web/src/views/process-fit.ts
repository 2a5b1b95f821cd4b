/**
 * How the process view's two panels share the chart's width: one scale for both, shrunk no further
 * than MIN_SCALE (on a slide, no further than keeps every label READABLE_PX), then each panel
 * scrolls; each opens with its first state in view.
 */
import { getReadableScale, isOnSlide, MAX_SLIDE_SCALE } from '../present.js';
import { SIZE } from '../theme.js';
import { isOverview } from './process-slide.js';
import { truncate } from '../../../src/report/diagram/text.js';

/** Space between the before and after panels. */
export const GAP = 32;
/** Height of a panel's title band. */
export const TITLE_H = 40;
/** Space around a panel's drawing. */
export const PAD = 12;

/** Smallest scale a diagram is shrunk to so both fit side by side: 14 px names stay above 11 px. */
export const MIN_SCALE = 0.8;

/** One side of the diagram as drawn: its column (title over a scroll box), its svgs and the drawing's size at scale 1. */
export interface Panel {
  /** The side's column: title band over scroll box. */
  column: HTMLDivElement;
  /** The scroll box ([data-side]). */
  box: HTMLDivElement;
  /** The title band, which stays in view while the diagram scrolls. */
  title: SVGSVGElement;
  /** The diagram's svg inside the scroll box. */
  svg: SVGSVGElement;
  /** Size of the drawing at scale 1. */
  width: number;
  height: number;
  /** Width the title band needs at its own size (titles are not scaled with the drawing). */
  titleWidth: number;
  /** The first state's box in the svg's coordinates, to scroll to on open. */
  start?: { x: number; y: number; width: number; height: number };
}

/**
 * Sizes both panels at one scale: the whole of both side by side when they fit, else shrunk down to
 * MIN_SCALE, then each scrolls; a narrow side keeps its width and the wide one takes the rest. On a
 * slide small diagrams grow to fill it, and none shrinks below the scale that keeps its text
 * READABLE_PX on screen (getReadableScale): a big one scrolls in its panel instead, after an
 * overview that shows both whole. On a slide too narrow for both side by side at that scale (a
 * 1024×768 projector) they are stacked (data-stacked), each as wide as the slide, and page down together.
 * Returns whether they are stacked.
 */
export function fitPanels(row: HTMLElement, panels: readonly Panel[]): boolean {
  const room = Math.max(row.clientWidth - GAP * (panels.length - 1), 200);
  const natural = panels.reduce((sum, p) => sum + p.width, 0);
  const slide = isOnSlide(row);
  const tallest = Math.max(...panels.map((p) => p.height));
  const grow = slide ? Math.max(1, Math.min(MAX_SLIDE_SCALE, (row.clientHeight - TITLE_H - 24) / tallest)) : 1;
  const least = slide ? getReadableScale(panels.map((p) => p.svg)) : MIN_SCALE;
  // An overview (process-slide.ts) shows both whole, its words hidden.
  const whole = Math.min(MAX_SLIDE_SCALE, room / natural, (row.clientHeight - TITLE_H - 8) / tallest);
  const overview = isOverview(row);
  let scale = overview ? whole : Math.max(least, Math.min(grow, room / natural));
  let widths = getPanelWidths(panels.map((p) => Math.max(p.width * scale, p.titleWidth)), room);
  // On a slide too narrow for both side by side at readable text, before goes above after, each as
  // wide as the slide, and the two page down together (present.ts) instead of scrolling sideways.
  const stacked = slide && !overview && panels.length > 1 && panels.reduce((sum, p) => sum + Math.max(p.width * scale, p.titleWidth), 0) > room + 0.5;
  row.toggleAttribute('data-stacked', stacked);
  if (stacked) {
    const full = row.clientWidth;
    scale = Math.max(least, Math.min(grow, full / Math.max(...panels.map((p) => p.width))));
    widths = panels.map(() => full);
  }
  panels.forEach((p, i) => {
    const width = widths[i]!;
    Object.assign(p.svg.style, { width: `${p.width * scale}px`, height: `${p.height * scale}px`, maxWidth: 'none', maxHeight: 'none' });
    p.column.style.width = `${width}px`;
    p.box.dataset.scale = String(scale);
    // The title band is as wide as the column, its text cut to fit (the whole of it in its <title>).
    Object.assign(p.title.style, { width: `${width}px`, height: `${TITLE_H}px`, maxWidth: 'none', maxHeight: 'none' });
    p.title.setAttribute('width', String(width));
    p.title.setAttribute('viewBox', `0 0 ${width} ${TITLE_H}`);
    fitText(p.title.querySelector('tspan')!, p.title.dataset.title ?? '', width - PAD - 24);
  });
  return stacked;
}

/**
 * Widths of boxes that want `wanted` pixels within `room`: all they want when that fits; otherwise
 * those wanting no more than an even share keep it and the others split what is left evenly.
 * Example: getPanelWidths([200, 3000], 1000) → [200, 800].
 */
export function getPanelWidths(wanted: readonly number[], room: number): number[] {
  if (wanted.reduce((a, b) => a + b, 0) <= room) return [...wanted];
  const share = room / wanted.length;
  const small = wanted.filter((w) => w <= share);
  const rest = (room - small.reduce((a, b) => a + b, 0)) / (wanted.length - small.length);
  return wanted.map((w) => (w <= share ? w : rest));
}

/**
 * Opens `panel` at its top-left, or, when its first state lies beyond the box's width or height
 * there, scrolled just enough to bring that state to the middle of the box (its loops and labels
 * either side in view).
 */
export function scrollToStart(panel: Panel): void {
  const { box, start } = panel;
  box.scrollTo(0, 0);
  if (!start) return;
  const scale = Number(box.dataset.scale ?? 1);
  if ((start.x + start.width) * scale > box.clientWidth) box.scrollLeft = Math.max(0, (start.x + start.width / 2) * scale - box.clientWidth / 2);
  if ((start.y + start.height) * scale > box.clientHeight) box.scrollTop = Math.max(0, start.y * scale - 24);
}

/**
 * Puts `text` into `el`, cut with "…" to `width` as the browser measures it (bold Latin runs wider than
 * textWidth's estimate, and an svg clips what passes its edge without an ellipsis).
 */
function fitText(el: SVGTSpanElement, text: string, width: number): void {
  el.textContent = truncate(text, width, SIZE + 2);
  const chars = [...el.textContent.replace(/…$/, '')];
  while (chars.length > 0 && el.getComputedTextLength() > width) {
    chars.pop();
    el.textContent = `${chars.join('')}…`;
  }
}
