/** A layout worker thread: lays out each graph it is sent, with its words, and answers with the layout. */
import { parentPort } from 'node:worker_threads';
import { layoutProcessGraph, type LayoutTask, wordsOf } from './layout.js';

parentPort!.on('message', (task: LayoutTask) => {
  layoutProcessGraph(task.graph, wordsOf(task.words)).then(
    (layout) => parentPort!.postMessage({ layout }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
