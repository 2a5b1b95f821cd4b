/**
 * Layout worker threads (layout-worker.ts) that lay out process graphs beside the work of the thread
 * that asks: each loads elkjs as it starts, so a pool started as soon as a command knows it will draw
 * diagrams has the engine ready by the time the graphs are known, and lays them out while the asking
 * thread simulates. A layout made here is the one layoutProcessGraph makes in the asking thread.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../threads.js';
import type { LayoutTask, ProcessLayout } from './layout.js';

/** Worker threads laying out graphs. */
export interface LayoutPool {
  /** The layout of `task`'s graph; rejects with the error the worker met. */
  layout(task: LayoutTask): Promise<ProcessLayout>;
  /** Stops every worker; graphs not yet laid out are refused. */
  close(): Promise<void>;
}

/** What a layout worker is sent: a graph to lay out, numbered. */
export interface LayoutRequest {
  id: number;
  task: LayoutTask;
}

/** What a layout worker answers to request `id`. */
export type LayoutAnswer = { id: number } & ({ layout: ProcessLayout } | { error: string });

/** A graph asked for and not yet laid out. */
interface Job {
  resolve(layout: ProcessLayout): void;
  reject(error: Error): void;
}

/** A worker and the graphs it has been sent, by request id. */
interface Member {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Starts `count` layout workers. Each graph asked for is sent at once to the worker with the fewest
 * graphs to lay out, which lays them out one after the other: the asking thread, busy simulating,
 * need not be free to hand a worker its next graph. An idle worker does not keep the process alive,
 * so a pool left open never holds a command's exit; close it when done all the same.
 * @example const pool = startLayoutPool(); const layout = await pool.layout({ graph, words }); await pool.close()
 */
export function startLayoutPool(count = 1): LayoutPool {
  const members: Member[] = [];
  let closed = false;
  let next = 0;
  const start = (): Member => {
    const member: Member = { worker: startWorker(new URL('./layout-worker.js', import.meta.url)), jobs: new Map() };
    const { worker, jobs } = member;
    worker.unref();
    const fail = (error: Error) => {
      const at = members.indexOf(member);
      if (at >= 0) members.splice(at, 1);
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    };
    worker.on('message', (answer: LayoutAnswer) => {
      const job = jobs.get(answer.id);
      jobs.delete(answer.id);
      if (jobs.size === 0) worker.unref();
      if (job) 'layout' in answer ? job.resolve(answer.layout) : job.reject(new Error(answer.error));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => closed || fail(new Error(`a layout worker stopped (exit code ${code})`)));
    members.push(member);
    return member;
  };
  for (let i = 0; i < count; i++) start();
  return {
    layout(task) {
      if (closed) return Promise.reject(new Error('the layout pool is closed'));
      // A pool whose workers all stopped (a crash) starts a new one.
      const member = members.reduce<Member | undefined>((least, m) => (least && least.jobs.size <= m.jobs.size ? least : m), undefined) ?? start();
      const id = next++;
      return new Promise((resolve, reject) => {
        member.jobs.set(id, { resolve, reject });
        member.worker.ref();
        member.worker.postMessage({ id, task } satisfies LayoutRequest);
      });
    },
    async close() {
      closed = true;
      const refused = new Error('the layout pool is closed');
      const stopping = members.splice(0);
      for (const { jobs } of stopping) {
        for (const job of jobs.values()) job.reject(refused);
        jobs.clear();
      }
      await Promise.all(stopping.map(({ worker }) => worker.terminate()));
    },
  };
}
