/**
 * Presentation mode: one chart per slide under a headline (the case and its result, in the
 * comparison's own words), the app's header hidden. Each chart is fitted to the slide, but never
 * shrunk so far that its text falls under READABLE_PX on screen; a chart taller than the slide at
 * that size scrolls, and the forward keys page through it before moving on (a bundle's process slide
 * then steps through its items, setSlideSteps). →/PageDown/Space forward, ←/PageUp back, Esc leaves,
 * P enters. The current slide is in document.body.dataset.slide, for tests.
 */

/** The smallest size, in screen pixels, chart text is shown at on a slide. */
export const READABLE_PX = 14;

/** Largest scale a small chart grows to on a slide. */
export const MAX_SLIDE_SCALE = 1.6;

/** Controls of the presentation. */
export interface Presentation {
  /** Starts presenting at slide `index`. */
  enter(index?: number): void;
  /** Leaves presentation mode. */
  leave(): void;
  /** Moves by `step` (±1): to the next part of the slide (a page, an item), else to the next slide (clamped). */
  move(step: number): void;
  /** True while presenting. */
  active(): boolean;
}

/** Steps inside one slide besides paging (a bundle's process slide goes through its items). */
export interface SlideSteps {
  /** Goes one part forward (1) or back (-1); false when there is none that way. */
  step(direction: 1 | -1): boolean;
  /** Shows the first part (arriving going forward, 1) or the last (going back, -1). */
  enter(direction: 1 | -1): void;
}

const slideSteps = new WeakMap<HTMLElement, SlideSteps>();

/** Gives the slide `section` its own parts, stepped through before the slide's pages. */
export function setSlideSteps(section: HTMLElement, steps: SlideSteps): void {
  slideSteps.set(section, steps);
}

/** Draws a slide's chart again `width` chart units wide, or at its own width (undefined) when the presentation ends. */
export type SlideReflow = (width: number | undefined) => void;

const slideReflows = new WeakMap<HTMLElement, SlideReflow>();

/**
 * Lets the chart of slide `section` reflow: fitSlide tells it the width, in chart units, at which its
 * text is READABLE_PX on screen and it is as wide as the slide, so a chart that can draw narrower (the
 * dashboard: shorter bars) does so instead of scrolling sideways.
 */
function setSlideReflow(section: HTMLElement, reflow: SlideReflow): void {
  slideReflows.set(section, reflow);
}

/**
 * Draws a chart with `draw(width)`, `natural` chart units wide, and lets it reflow on a slide
 * (setSlideReflow): drawn again as wide as the slide holds at readable text, between `least` and
 * `natural`, then at `natural` again when the presentation ends. `draw` appends the chart's svg to
 * `body`; the one drawn before is removed first.
 * @example drawReflowing(frame.section, frame.body, 1080, 720, (width) => drawAt(frame, width))
 */
export function drawReflowing(section: HTMLElement, body: HTMLElement, natural: number, least: number, draw: (width: number) => void): void {
  let drawn = natural;
  draw(natural);
  setSlideReflow(section, (width) => {
    const next = width === undefined ? natural : Math.max(Math.min(least, natural), Math.min(natural, width));
    if (next === drawn) return;
    drawn = next;
    body.querySelector(':scope > svg.chart-svg')?.remove();
    draw(next);
  });
}

/** True when `el` is on the slide being shown. */
export function isOnSlide(el: Element): boolean {
  return el.closest('body.presenting section.chart.current') !== null;
}

const smallestFonts = new WeakMap<SVGSVGElement, number>();

/**
 * The smallest scale at which every text of `svgs` is READABLE_PX or more on screen: READABLE_PX
 * over the smallest font size drawn (a chart with 13 px labels gets 14/13). 1 when there is no text.
 */
export function getReadableScale(svgs: Iterable<SVGSVGElement>): number {
  let smallest = Infinity;
  for (const svg of svgs) {
    let size = smallestFonts.get(svg);
    if (size === undefined) {
      size = Infinity;
      for (const el of svg.querySelectorAll<SVGElement>('text, tspan')) {
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
        size = Math.min(size, parseFloat(getComputedStyle(el).fontSize) || Infinity);
      }
      smallestFonts.set(svg, size);
    }
    smallest = Math.min(smallest, size);
  }
  return Number.isFinite(smallest) ? READABLE_PX / smallest : 1;
}

/** Names of the inline styles fitSlide sets, cleared when the presentation ends. */
const FITTED = ['width', 'height', 'maxWidth', 'maxHeight'] as const;

/**
 * Sizes the charts on slide `section`: a chart alone in its body as large as the body holds (up to
 * MAX_SLIDE_SCALE), one among other content (tables, headings) as wide as the body; never under
 * getReadableScale, so a chart too big for the slide at that size scrolls instead of shrinking; one
 * that can reflow (setSlideReflow) is first drawn as wide as the slide holds at that size.
 * The process view fits its panels itself (process-fit.ts).
 */
export function fitSlide(section: HTMLElement): void {
  const body = section.querySelector<HTMLElement>(':scope > .chart-body');
  if (!body || section.dataset.chart === 'process') return;
  const reflow = slideReflows.get(section);
  if (reflow) reflow(Math.floor(body.clientWidth / getReadableScale(body.querySelectorAll<SVGSVGElement>(':scope > svg.chart-svg'))));
  const svgs = [...body.querySelectorAll<SVGSVGElement>(':scope > svg.chart-svg')];
  const alone = svgs.length === 1 && body.childElementCount === 1;
  for (const svg of svgs) {
    const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    if (!(width > 0 && height > 0)) continue;
    const fit = alone ? Math.min(body.clientWidth / width, body.clientHeight / height) : body.clientWidth / width;
    const scale = Math.max(getReadableScale([svg]), Math.min(fit, MAX_SLIDE_SCALE));
    Object.assign(svg.style, { width: `${width * scale}px`, height: `${height * scale}px`, maxWidth: 'none', maxHeight: 'none' });
    svg.dataset.slideScale = String(scale);
  }
}

/** Undoes fitSlide on every chart of `main`: sizes cleared, reflowed charts drawn at their own width. */
function unfit(main: HTMLElement): void {
  for (const svg of main.querySelectorAll<SVGSVGElement>('svg[data-slide-scale]')) {
    for (const name of FITTED) svg.style[name] = '';
    delete svg.dataset.slideScale;
  }
  for (const section of main.querySelectorAll<HTMLElement>('section.chart')) slideReflows.get(section)?.(undefined);
}

/**
 * The boxes of a slide that scroll down: the chart's body, the process view's two panels, which page
 * together, or the pair of them when stacked.
 */
const SCROLL_BOXES = ':scope > .chart-body, :scope > .chart-body .process-panels, :scope > .chart-body .process-panel';

/** The scroll boxes of slide `section` whose content is taller than they are. */
function getPagers(section: HTMLElement): HTMLElement[] {
  const boxes = [...section.querySelectorAll<HTMLElement>(SCROLL_BOXES)];
  return boxes.filter((box) => box.scrollHeight > box.clientHeight + 1);
}

/**
 * Scrolls each of `pagers` one page (less a little, so the eye finds its place) in `direction`;
 * false when all are at their end that way.
 */
function turnPage(pagers: readonly HTMLElement[], direction: 1 | -1): boolean {
  const movable = pagers.filter((p) => (direction > 0 ? p.scrollTop < p.scrollHeight - p.clientHeight - 1 : p.scrollTop > 1));
  for (const pager of movable) {
    const end = pager.scrollHeight - pager.clientHeight;
    pager.scrollTop = Math.max(0, Math.min(end, pager.scrollTop + direction * Math.max(pager.clientHeight - 64, pager.clientHeight * 0.6)));
    followAcross(pager);
  }
  return movable.length > 0;
}

/** Marks each scroll box of `section` that has more below (data-more), which the page fades out at its foot. */
function markMore(section: HTMLElement): void {
  // Again once a diagram has been refitted (on the frame after it changes size).
  requestAnimationFrame(() => requestAnimationFrame(() => markBoxes(section)));
  markBoxes(section);
}

/** Marks the scroll boxes of `section` as they are now. */
function markBoxes(section: HTMLElement): void {
  for (const box of section.querySelectorAll<HTMLElement>(SCROLL_BOXES)) {
    box.toggleAttribute('data-more', box.scrollTop < box.scrollHeight - box.clientHeight - 1);
  }
}

/**
 * After a page turn down a diagram wider than its box, brings the steps of the new page into view
 * across when none of them is wholly in view (a long path wanders sideways): scrolled to the
 * leftmost of them.
 */
function followAcross(pager: HTMLElement): void {
  const view = pager.getBoundingClientRect();
  const steps = [...pager.querySelectorAll('.state')].map((e) => e.getBoundingClientRect()).filter((r) => r.bottom > view.top && r.top < view.bottom);
  if (steps.length === 0 || steps.some((r) => r.left >= view.left && r.right <= view.right)) return;
  pager.scrollLeft += Math.min(...steps.map((r) => r.left)) - view.left - 24;
}

/**
 * Puts the presentation's headline, the case's name and its result, at the top of `main` (shown only
 * while presenting). `result` is the comparison's summary sentence, as every report words it.
 */
export function drawHeadline(main: HTMLElement, name: string, result: string): void {
  const headline = document.createElement('div');
  headline.className = 'slide-headline';
  const title = document.createElement('p');
  title.className = 'slide-case';
  title.textContent = name;
  const summary = document.createElement('p');
  summary.className = 'slide-result';
  summary.textContent = result;
  headline.append(title, summary);
  main.prepend(headline);
}

/** Sets up presentation mode over the `section.chart` elements of `main`; `onChange` hears each slide change. */
export function createPresentation(main: HTMLElement, onChange: (index: number, total: number) => void = () => {}): Presentation {
  let index = -1;
  const slides = () => [...main.querySelectorAll<HTMLElement>('section.chart')];
  const show = (i: number, direction: 1 | -1) => {
    const all = slides();
    index = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((s, j) => s.classList.toggle('current', j === index));
    document.body.dataset.slide = String(index);
    const current = all[index];
    if (current) {
      fitSlide(current);
      slideSteps.get(current)?.enter(direction);
      // Arriving from the slide before, at the top; from the one after, at the end.
      if (direction < 0) for (const pager of getPagers(current)) pager.scrollTop = pager.scrollHeight;
      markMore(current);
      current.focus({ preventScroll: true });
    }
    onChange(index, all.length);
  };
  const presentation: Presentation = {
    enter(i = 0) {
      document.body.classList.add('presenting');
      show(i, 1);
    },
    leave() {
      document.body.classList.remove('presenting');
      for (const s of slides()) s.classList.remove('current');
      unfit(main);
      delete document.body.dataset.slide;
      index = -1;
      onChange(-1, slides().length);
    },
    move(step) {
      if (index < 0 || step === 0) return;
      const direction = step > 0 ? 1 : -1;
      const current = slides()[index];
      if (current && (turnPage(getPagers(current), direction) || slideSteps.get(current)?.step(direction))) {
        markMore(current);
        return;
      }
      if (index + direction >= 0 && index + direction < slides().length) show(index + direction, direction);
    },
    active: () => index >= 0,
  };
  const shown = () => (index >= 0 ? slides()[index] : undefined);
  window.addEventListener('resize', () => {
    const section = shown();
    if (section) fitSlide(section);
  });
  // Scrolled by keys, wheel or refitting, a box shows whether it has more below.
  main.addEventListener('scroll', () => {
    const section = shown();
    if (section) markBoxes(section);
  }, true);
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (!presentation.active()) {
      if (e.key === 'p' || e.key === 'P') presentation.enter(0);
      return;
    }
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') presentation.move(1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') presentation.move(-1);
    else if (e.key === 'Escape') presentation.leave();
    else return;
    e.preventDefault();
  });
  return presentation;
}
