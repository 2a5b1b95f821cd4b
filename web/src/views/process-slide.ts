/**
 * The process view on a presentation slide. An item whose diagrams do not fit the slide at a readable
 * size is first shown whole, as an overview: the shape of before and after, boxes coloured by actor
 * and arrows, without words (they would be too small to read); the next key shows it at the readable
 * size, paged down by present.ts; the next goes on to the bundle's next item.
 */
import { isOnSlide, setSlideSteps } from '../present.js';

/** The items a slide steps through. */
export interface SlideItems {
  /** How many there are. */
  count: number;
  /** The one shown. */
  index(): number;
  /** Draws item `i` (its panels fitted and registered with setRefit). */
  show(i: number): void;
}

const refits = new WeakMap<HTMLElement, () => void>();

/** Tells how to fit again the diagrams drawn in `area` (and open them at their start). */
export function setRefit(area: HTMLElement, refit: () => void): void {
  refits.set(area, refit);
}

/** True when the diagrams in `row` are to be shown whole as an overview. */
export function isOverview(row: HTMLElement): boolean {
  return isOnSlide(row) && row.closest('.process-area[data-overview]') !== null;
}

/** Makes the forward and back keys go through the overview, the readable pages and the items of the process slide. */
export function setProcessSteps(section: HTMLElement, area: HTMLElement, items: SlideItems): void {
  // The panels, or the stacked pair of them (process-fit.ts), hold more than the slide shows.
  const overflows = () => [...area.querySelectorAll<HTMLElement>('.process-panels, .process-panel')].some((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1);
  const view = (overview: boolean) => {
    area.toggleAttribute('data-overview', overview);
    refits.get(area)?.();
  };
  const open = (i: number) => {
    if (i !== items.index()) items.show(i);
    view(false);
    if (overflows()) view(true);
  };
  setSlideSteps(section, {
    step(direction) {
      const overview = area.hasAttribute('data-overview');
      if (direction > 0 && overview) view(false);
      else if (direction < 0 && !overview && overflows()) view(true);
      else if (items.index() + direction >= 0 && items.index() + direction < items.count) open(items.index() + direction);
      else return false;
      return true;
    },
    enter: (direction) => open(direction > 0 ? 0 : items.count - 1),
  });
}
