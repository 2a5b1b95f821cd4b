/** A progress bar for long runs (cli-progress), drawn only on an interactive terminal. */
import cliProgress from 'cli-progress';
import type { Lang } from '../model/types.js';
import type { IO } from './io.js';
import { say } from './messages.js';

/** Something that follows a run of cases. */
export interface Progress {
  /** Cases done so far. */
  update(completed: number): void;
  /** Removes the bar. */
  stop(): void;
}

/**
 * A bar with cases done, cases per second and time left on io.errTTY, or nothing when standard error
 * is not a terminal (a pipe, a file, a test).
 */
export function createProgress(io: IO, total: number, lang: Lang): Progress | undefined {
  if (!io.errTTY) return undefined;
  const bar = new cliProgress.SingleBar({
    stream: io.errTTY,
    format: say(lang, 'progress'),
    barCompleteChar: '█',
    barIncompleteChar: '░',
    clearOnComplete: true,
    hideCursor: true,
    etaBuffer: 50,
  });
  const started = performance.now();
  bar.start(total, 0, { speed: '—' });
  return {
    update(completed) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(completed, { speed: seconds > 0 ? Math.round(completed / seconds).toLocaleString('en-US') : '—' });
    },
    stop: () => bar.stop(),
  };
}
