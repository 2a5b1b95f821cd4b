/**
 * A layout worker thread (pool.ts): loads elkjs as it starts, before any graph comes, then lays out
 * each graph it is sent, with its words, and answers with the layout.
 */
import { parentPort } from 'node:worker_threads';
import { getEngine, layoutProcessGraph, type LayoutTask, wordsOf } from './layout.js';
import type { LayoutAnswer } from './pool.js';

getEngine();
parentPort!.on('message', (task: LayoutTask) => {
  const answer = (message: LayoutAnswer) => parentPort!.postMessage(message);
  layoutProcessGraph(task.graph, wordsOf(task.words)).then(
    (layout) => answer({ layout }),
    (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
  );
});
