/**
 * What a presentation slide shows, measured in the page: text smaller on screen than a floor,
 * elements cut off, and boxes that scroll sideways. Runs inside the page (page.evaluate(inspectSlide, 14)), so it uses nothing from
 * outside its own body, and names no inner function (tsx would wrap one in a helper the page lacks).
 */

/** One step of the presentation as measured. */
export interface SlideView {
  /** The slide's view (data-chart). */
  chart: string;
  /** How many visible texts were measured. */
  texts: number;
  /** Texts under the floor: where, what, and the size on screen. */
  small: string[];
  /** Elements no one can bring into view: where and what, and the box that cuts them. */
  cut: string[];
  /** The document, and scroll boxes of the slide, whose content is wider than they are: what and scrollWidth/clientWidth. */
  wide: string[];
}

/**
 * Measures the page as shown. A text's size on screen is its computed font size times the scale its
 * element is drawn at (getScreenCTM for SVG). An element is cut off unless its box lies inside every
 * box that clips it — within the whole scrollable extent of a scroll box (which can then be scrolled
 * to show it), within the visible box of one that only clips (an svg, overflow: hidden) — and the
 * outermost of those inside the window. A box is wide when it scrolls (overflow-x auto or scroll, or
 * the document itself) and its content is wider than it is.
 */
export function inspectSlide(floor: number): SlideView {
  const SKIP = new Set(['title', 'desc', 'defs', 'marker', 'clippath', 'style', 'script', 'option', 'head']);
  const GRAPHICS = new Set(['rect', 'line', 'path', 'circle', 'ellipse', 'polygon', 'polyline', 'image', 'td', 'th']);
  const section = document.querySelector<HTMLElement>('section.chart.current');
  const chart = section?.dataset.chart ?? '';
  const small: string[] = [];
  const cut: string[] = [];
  let texts = 0;
  // A slide is read down, page by page: nothing on it may scroll sideways, nor the document.
  const wide: string[] = [];
  const boxes = [document.documentElement, document.body, ...(section ? [section, ...section.querySelectorAll<HTMLElement>('*')] : [])];
  for (const box of boxes) {
    const scrolls = box === document.documentElement || ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
    if (scrolls && box.scrollWidth > box.clientWidth + 1) wide.push(`${box.tagName.toLowerCase()}.${box.getAttribute('class') ?? ''} ${box.scrollWidth}/${box.clientWidth}`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.closest('defs, title, marker, option, .tooltip')) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const what = `<${tag}> “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (ownText) {
      texts++;
      const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (size < floor - 0.01) small.push(`${what} ${size.toFixed(1)} px`);
    }
    if (!ownText && !GRAPHICS.has(tag)) continue;
    // Walk out through the boxes that clip: the element must fit each one's reachable extent.
    let left = box.left;
    let top = box.top;
    let right = box.right;
    let bottom = box.bottom;
    let problem = '';
    for (let a = el.parentElement; a && a !== document.body && !problem; a = a.parentElement) {
      const style = getComputedStyle(a);
      const outerSvg = a instanceof SVGSVGElement && !a.ownerSVGElement;
      if (!outerSvg && style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      const inner = outerSvg
        ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
        : { left: r.left + a.clientLeft, top: r.top + a.clientTop, right: r.left + a.clientLeft + a.clientWidth, bottom: r.top + a.clientTop + a.clientHeight };
      const scrollsX = !outerSvg && ['auto', 'scroll'].includes(style.overflowX);
      const scrollsY = !outerSvg && ['auto', 'scroll'].includes(style.overflowY);
      const reach = {
        left: scrollsX ? inner.left - a.scrollLeft : inner.left,
        right: scrollsX ? inner.left - a.scrollLeft + a.scrollWidth : inner.right,
        top: scrollsY ? inner.top - a.scrollTop : inner.top,
        bottom: scrollsY ? inner.top - a.scrollTop + a.scrollHeight : inner.bottom,
      };
      if (left < reach.left - 1 || right > reach.right + 1 || top < reach.top - 1 || bottom > reach.bottom + 1) {
        problem = `${what} outside ${a.tagName.toLowerCase()}.${a.getAttribute('class') ?? ''}`;
      }
      // Scrolled to, the element lies within the box's visible part; what clips further out sees that.
      if (scrollsX) [left, right] = [Math.max(left, inner.left), Math.min(right, inner.right)];
      if (scrollsY) [top, bottom] = [Math.max(top, inner.top), Math.min(bottom, inner.bottom)];
    }
    if (!problem && (left < -1 || top < -1 || right > innerWidth + 1 || bottom > innerHeight + 1)) problem = `${what} outside the window`;
    if (problem) cut.push(problem);
  }
  return { chart, texts, small, cut, wide };
}
