/**
 * Layout worker threads (layout-worker.ts) that lay out process graphs beside the work of the thread
 * that asks: each loads elkjs as it starts, so a pool started as soon as a command knows it will draw
 * diagrams has the engine ready by the time the graphs are known, and lays them out while the asking
 * thread simulates. A layout made here is the one layoutProcessGraph makes in the asking thread.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../threads.js';
import type { LayoutTask, ProcessLayout } from './layout.js';

/** Worker threads laying out graphs, each taking the next graph asked for when it is free. */
export interface LayoutPool {
  /** The layout of `task`'s graph; rejects with the error the worker met. */
  layout(task: LayoutTask): Promise<ProcessLayout>;
  /** Stops every worker; graphs still waiting are refused. */
  close(): Promise<void>;
}

/** What a layout worker answers. */
export type LayoutAnswer = { layout: ProcessLayout } | { error: string };

/** A graph asked for and not yet laid out. */
interface Job {
  task: LayoutTask;
  resolve(layout: ProcessLayout): void;
  reject(error: Error): void;
}

/**
 * Starts `count` layout workers. An idle worker does not keep the process alive, so a pool left open
 * never holds a command's exit; close it when done all the same.
 * @example const pool = startLayoutPool(); const layout = await pool.layout({ graph, words }); await pool.close()
 */
export function startLayoutPool(count = 1): LayoutPool {
  const waiting: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let closed = false;
  const give = (worker: Worker) => {
    const job = waiting.shift();
    if (!job) {
      worker.unref();
      idle.push(worker);
      return;
    }
    busy.set(worker, job);
    worker.ref();
    worker.postMessage(job.task);
  };
  const start = () => {
    const worker = startWorker(new URL('./layout-worker.js', import.meta.url));
    const fail = (error: Error) => {
      const job = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      job?.reject(error);
      // With no worker left, what waits would wait for ever.
      if (busy.size === 0 && idle.length === 0) for (const next of waiting.splice(0)) next.reject(error);
    };
    worker.on('message', (answer: LayoutAnswer) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if (job) 'layout' in answer ? job.resolve(answer.layout) : job.reject(new Error(answer.error));
      give(worker);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => closed || fail(new Error(`a layout worker stopped (exit code ${code})`)));
    give(worker);
  };
  const size = () => idle.length + busy.size;
  for (let i = 0; i < count; i++) start();
  return {
    layout(task) {
      if (closed) return Promise.reject(new Error('the layout pool is closed'));
      // A pool whose workers all stopped (a crash) starts a new one rather than wait for ever.
      if (size() === 0) start();
      return new Promise((resolve, reject) => {
        waiting.push({ task, resolve, reject });
        const worker = idle.shift();
        if (worker) give(worker);
      });
    },
    async close() {
      closed = true;
      const refused = new Error('the layout pool is closed');
      for (const job of [...waiting.splice(0), ...busy.values()]) job.reject(refused);
      const workers = [...idle.splice(0), ...busy.keys()];
      busy.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
