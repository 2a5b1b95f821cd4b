/**
 * Checking a catalogue in worker threads: the file list is cut into batches that idle workers take in
 * turn, so two cores validate and analyse about twice as many files a second as one. Each worker loads
 * the model and analysis code once and keeps nothing between batches.
 */
import { availableParallelism } from 'node:os';
import { startWorker } from '../threads.js';
import type { CatalogueAnswer, CatalogueEntry, CatalogueOptions } from './types.js';

/** Files a worker takes at a time: enough to make a message worth its cost, few enough to share the tail. */
const BATCH = 50;

/**
 * A worker's young generation: 12 MB rather than V8's default. A procedure's garbage is small and
 * short-lived; over 10,000 procedures V8's default gave the process a peak of 404–423 MB. Runs
 * interleaved (catalogue pool alone, 2 workers): 8 MB took 9.1–9.8 s and peaked at 314–317 MB;
 * 12 MB 8.8–9.5 s, 311–327 MB; 16 MB 8.9–10.2 s, 323–342 MB, and up to 407 MB in bench/catalogue.ts.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

/**
 * Validates each file on its own and, as `options` ask, analyses it and sends its document back, in
 * worker threads. Entries come in the order of `files`. Rejects with the error a worker met (its name,
 * message and own figures kept).
 * @example await checkInWorkers(files, { analyze: true })
 */
export async function checkInWorkers(files: readonly string[], options: CatalogueOptions = {}): Promise<CatalogueEntry[]> {
  const { workers: wanted, ...task } = options;
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const count = Math.max(1, Math.min(wanted ?? availableParallelism(), batches.length));
  const answers: CatalogueEntry[][] = new Array(batches.length);
  const threads = Array.from({ length: count }, () => startWorker(new URL('./worker.js', import.meta.url), WORKER_LIMITS));
  let next = 0;
  try {
    await Promise.all(
      threads.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= batches.length) return resolve();
              const id = next++;
              worker.postMessage({ id, files: batches[id], options: task });
            };
            worker.on('message', (answer: CatalogueAnswer) => {
              if ('error' in answer) return reject(Object.assign(new Error(answer.error.message), answer.error));
              answers[answer.id] = answer.entries;
              give();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`a catalogue worker stopped (exit code ${code})`)));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
  return answers.flat();
}
