/**
 * Starting a worker thread on a module of wujian, compiled or not: the built package starts the
 * compiled module; run from the TypeScript sources (a clone, the tests) the worker starts through
 * src/tsx-worker.js, which registers tsx in the thread first.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker on the module at `url`, written as its compiled .js (new URL('./x.js', import.meta.url)),
 * with V8's `resourceLimits` when given.
 * @example const worker = startWorker(new URL('./worker.js', import.meta.url))
 */
export function startWorker(url: URL, resourceLimits?: ResourceLimits): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(url, { resourceLimits });
  const module = url.href.replace(/\.js$/, '.ts');
  return new Worker(new URL('./tsx-worker.js', import.meta.url), { workerData: { module }, resourceLimits });
}
