/**
 * Presentation mode: one chart per screen, large type, ←/→ and PageUp/PageDown to move, Esc to
 * leave, P to enter. The current slide is in document.body.dataset.slide, for tests.
 */

/** Controls of the presentation. */
export interface Presentation {
  /** Starts presenting at slide `index`. */
  enter(index?: number): void;
  /** Leaves presentation mode. */
  leave(): void;
  /** Moves by `step` slides (clamped). */
  move(step: number): void;
  /** True while presenting. */
  active(): boolean;
}

/** Sets up presentation mode over the `section.chart` elements of `main`; `onChange` hears each slide change. */
export function createPresentation(main: HTMLElement, onChange: (index: number, total: number) => void = () => {}): Presentation {
  let index = -1;
  const slides = () => [...main.querySelectorAll<HTMLElement>('section.chart')];
  const show = (i: number) => {
    const all = slides();
    index = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((s, j) => s.classList.toggle('current', j === index));
    document.body.dataset.slide = String(index);
    all[index]?.focus({ preventScroll: true });
    onChange(index, all.length);
  };
  const presentation: Presentation = {
    enter(i = 0) {
      document.body.classList.add('presenting');
      show(i);
    },
    leave() {
      document.body.classList.remove('presenting');
      for (const s of slides()) s.classList.remove('current');
      delete document.body.dataset.slide;
      index = -1;
      onChange(-1, slides().length);
    },
    move(step) {
      if (index >= 0) show(index + step);
    },
    active: () => index >= 0,
  };
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
