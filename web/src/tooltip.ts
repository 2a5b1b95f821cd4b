/**
 * One tooltip for the page, filled with text only (user data is never parsed as HTML), for every
 * chart's marks: shown on hover and on keyboard focus, hidden by Esc, and named by the focused mark's
 * aria-describedby so that a screen reader reads it.
 */
import type { BaseType, Selection } from 'd3';

/** Id of the page's tooltip element. */
export const TOOLTIP_ID = 'wujian-tooltip';

let tip: HTMLDivElement | undefined;

function element(): HTMLDivElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'tooltip';
    tip.id = TOOLTIP_ID;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.append(tip);
  }
  return tip;
}

/** Shows `lines` (the first in bold) near the point (x, y) in page coordinates. */
export function showTooltip(lines: readonly string[], x: number, y: number): void {
  const el = element();
  el.replaceChildren(
    ...lines.map((line, i) => {
      const div = document.createElement('div');
      if (i === 0) div.className = 'tooltip-title';
      div.textContent = line;
      return div;
    }),
  );
  el.hidden = false;
  const { width, height } = el.getBoundingClientRect();
  const left = Math.min(x + 14, window.scrollX + document.documentElement.clientWidth - width - 8);
  const below = y + 14 + height <= window.scrollY + window.innerHeight;
  const top = below ? y + 14 : Math.max(window.scrollY + 8, y - height - 10);
  el.style.left = `${Math.max(8, left)}px`;
  el.style.top = `${top}px`;
}

/** Hides the tooltip. */
export function hideTooltip(): void {
  if (tip) tip.hidden = true;
}

/**
 * Gives `target` a text tooltip on hover and on keyboard focus; `lines` is called when it shows.
 * The element becomes focusable so that keyboard users reach it too; Esc hides the tooltip (a second
 * Esc reaches the page, which leaves the presentation).
 */
export function attachTooltip(target: Element, lines: () => string[]): void {
  target.setAttribute('tabindex', '0');
  target.addEventListener('mousemove', (e) => {
    const m = e as MouseEvent;
    showTooltip(lines(), m.pageX, m.pageY);
  });
  target.addEventListener('mouseleave', hideTooltip);
  target.addEventListener('focus', () => {
    const box = target.getBoundingClientRect();
    showTooltip(lines(), box.right + window.scrollX, box.top + window.scrollY);
    target.setAttribute('aria-describedby', TOOLTIP_ID);
  });
  target.addEventListener('blur', () => {
    hideTooltip();
    target.removeAttribute('aria-describedby');
  });
  target.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape' || !tip || tip.hidden) return;
    hideTooltip();
    e.stopPropagation();
  });
}

/**
 * Gives every element of a d3 selection the tooltip of its datum, for `.call`.
 *
 * @example
 * bars.call(withTooltip, (b) => [b.name, num(b.value)]);
 */
export function withTooltip<E extends BaseType, D, P extends BaseType>(selection: Selection<E, D, P, unknown>, lines: (d: D) => string[]): void {
  selection.each(function (d) {
    if (this instanceof Element) attachTooltip(this, () => lines(d));
  });
}
