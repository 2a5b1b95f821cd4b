/**
 * A layout worker thread (pool.ts): loads elkjs as it starts, before any graph comes, then lays out
 * the graphs it is sent one after the other, in the order sent, and answers each with its layout.
 */
import { parentPort } from 'node:worker_threads';
import { getEngine, layoutProcessGraph, wordsOf } from './layout.js';
import type { LayoutAnswer, LayoutRequest } from './pool.js';

getEngine();
let done: Promise<void> = Promise.resolve();
parentPort!.on('message', ({ id, task }: LayoutRequest) => {
  const answer = (message: LayoutAnswer) => parentPort!.postMessage(message);
  done = done.then(() =>
    layoutProcessGraph(task.graph, wordsOf(task.words), task.cacheDir).then(
      (layout) => answer({ id, layout }),
      (error: unknown) => answer({ id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
