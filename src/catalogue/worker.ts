/** A catalogue worker thread: answers each task (a batch of files) with their entries. */
import { parentPort } from 'node:worker_threads';
import { checkCatalogueFile } from './check.js';
import type { CatalogueAnswer, CatalogueTask } from './types.js';

parentPort!.on('message', (task: CatalogueTask) => {
  let answer: CatalogueAnswer;
  try {
    answer = { id: task.id, entries: task.files.map((file) => checkCatalogueFile(file, task.options)) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    answer = { id: task.id, error: { name, message } };
  }
  parentPort!.postMessage(answer);
});
