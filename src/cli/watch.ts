/**
 * Watches a folder for edited YAML files, for `wujian view`: Node's own recursive fs.watch (Linux
 * since Node 20, macOS and Windows long before), with the bursts an editor makes (write a temporary
 * file, rename it, touch it again) gathered into one call, and never two calls at once.
 */
import { watch, type FSWatcher } from 'node:fs';

/** Milliseconds of quiet after the last change before `onChange` runs. */
export const SETTLE_MS = 250;

/** Whether a changed file is one the cases are read from (procedures, targets). */
export function isWatchedFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/**
 * Calls `onChange` after YAML files under `folder` change, once per burst; a change during a run
 * calls it again when that run ends. Returns a function that stops watching.
 *
 * @example
 * const stop = watchYaml('processes', () => reload());
 */
export function watchYaml(folder: string, onChange: () => Promise<void>): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  const watcher: FSWatcher = watch(folder, { recursive: true }, (_event, name) => {
    if (name && !isWatchedFile(name.toString())) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  });
  // A folder removed while watched ends the watch; the server keeps the last cases.
  watcher.on('error', () => watcher.close());
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
