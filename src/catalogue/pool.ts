/**
 * Checking a catalogue in threads: this thread and worker threads take batches of the file list in
 * turn, so that every core validates and analyses its share (on the 2-core machine two threads did
 * about 1.35 times the work of one in a slow period of the host: docs/benchmarks.md). This thread
 * works too, rather than only hand out files and gather answers: what it checks is neither copied to it
 * nor warmed up and collected in a third heap. On the 2-core machine one worker beside this thread
 * checked 10,000 procedures in 7.2–7.8 s where two workers beside an idle thread took 8.6–8.8 s, in the
 * same minutes (bench/catalogue.ts, 13.8–14.9 s of CPU against 16.0–16.6 s). Each worker loads the
 * model and analysis code once and keeps nothing between batches.
 */
import { availableParallelism } from 'node:os';
import { setImmediate as turn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../threads.js';
import { checkCatalogueFile } from './check.js';
import type { CatalogueAnswer, CatalogueEntry, CatalogueOptions } from './types.js';

/** Files a worker takes at a time: enough to make a message worth its cost. */
const WORKER_BATCH = 50;
/** Files this thread checks between looks at the workers' answers (a worker does not wait meanwhile: it holds IN_FLIGHT batches). */
const OWN_BATCH = 25;
/** Batches a worker holds at once: it starts the next while this thread is busy with its own. */
const IN_FLIGHT = 2;
/** Fewest files in a batch as the list runs out (batches shrink so that no thread is left with a long tail). */
const LEAST_BATCH = 5;

/**
 * The worker's young generation: 24 MB rather than V8's default (48 MB). A procedure's garbage is small
 * and short-lived; with two workers beside an idle main thread V8's default gave a peak of 404–423 MB,
 * and 12 MB was the compromise. With one worker (2026-12-04, runs interleaved, 10,000 procedures, the
 * benchmark's plain process): 12 MB 7.9–9.6 s and 327–439 MB (median 8.1 s); 16 MB 6.80–7.25 s,
 * 361–411 MB; 24 MB 6.75–7.02 s, 347–357 MB; 32 MB 6.78–6.99 s, 362–384 MB; 48 MB 7.7–8.3 s, 367–385 MB
 * (the 12 and 48 MB runs in a slower half hour than the others). Since a procedure's derived data is kept
 * on its regions (model/derived.ts), little survives a collection and the size no longer tells: 12, 24
 * and 48 MB took 4.62–4.93 s alike, at 254–285 MB; 24 MB is kept.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };

/**
 * Validates each file on its own and, as `options` ask, analyses it and gives its document, in this
 * thread and `options.threads - 1` workers. Entries come in the order of `files`. Rejects with the
 * error met: as thrown here, or as a worker passed it on (its name, message and own figures kept).
 * @example await checkInThreads(files, { analyze: true })
 */
export async function checkInThreads(files: readonly string[], options: CatalogueOptions = {}): Promise<CatalogueEntry[]> {
  const { threads, ...task } = options;
  const entries: CatalogueEntry[] = new Array(files.length);
  const workerCount = Math.max(0, Math.min((threads ?? availableParallelism()) - 1, Math.ceil(files.length / WORKER_BATCH)));
  let next = 0;
  let failed = false;
  /** The next batch of at most `most` files, smaller as the list runs out; its first file's index and the files. */
  const take = (most: number): { start: number; batch: string[] } | undefined => {
    if (failed || next >= files.length) return undefined;
    const size = Math.max(LEAST_BATCH, Math.min(most, Math.ceil((files.length - next) / (2 * (workerCount + 1)))));
    const start = next;
    next = Math.min(files.length, next + size);
    return { start, batch: files.slice(start, next) };
  };
  const workers = Array.from({ length: workerCount }, () => startWorker(new URL('./worker.js', import.meta.url), WORKER_LIMITS));
  const feed = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let held = 0;
      const give = () => {
        const taken = take(WORKER_BATCH);
        if (!taken) return held === 0 && resolve();
        held++;
        worker.postMessage({ id: taken.start, files: taken.batch, options: task });
      };
      worker.on('message', (answer: CatalogueAnswer) => {
        held--;
        if ('error' in answer) return reject(Object.assign(new Error(answer.error.message), answer.error));
        answer.entries.forEach((entry, k) => (entries[answer.id + k] = entry));
        give();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => code !== 0 && reject(new Error(`a catalogue worker stopped (exit code ${code})`)));
      for (let i = 0; i < IN_FLIGHT; i++) give();
    });
  // This thread's share: a batch, then a turn of the event loop for the workers' answers.
  const own = async () => {
    for (let taken = take(OWN_BATCH); taken; taken = take(OWN_BATCH)) {
      taken.batch.forEach((file, k) => (entries[taken!.start + k] = checkCatalogueFile(file, task)));
      if (workerCount > 0) await turn();
    }
  };
  try {
    // The workers take their first batches before this thread its own: they start meanwhile.
    const fed = workers.map(feed);
    await Promise.all([...fed, own()]);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return entries;
}
