/** A catalogue worker thread: answers each task (a batch of files) with their entries. */
import { parentPort } from 'node:worker_threads';
import { checkCatalogueFile } from './check.js';
import type { CatalogueAnswer, CatalogueTask } from './types.js';

parentPort!.on('message', (task: CatalogueTask) => {
  let answer: CatalogueAnswer;
  try {
    answer = { id: task.id, entries: task.files.map((file) => checkCatalogueFile(file, task.options)) };
  } catch (error) {
    // The error's own figures go along (DateBeyondCalendarError's start and days), for the command to word it.
    const { name, message, ...figures } = error instanceof Error ? error : new Error(String(error));
    answer = { id: task.id, error: { ...figures, name, message } };
  }
  parentPort!.postMessage(answer);
});
