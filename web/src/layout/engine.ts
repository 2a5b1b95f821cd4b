/**
 * The ELK engine, in a Web Worker when the browser allows one, so that laying out a 300-step
 * procedure never freezes the page. The worker runs elkjs's own worker script from a blob URL (one
 * copy of the 1.6 MB script serves both cases); where a worker cannot start (Node in the unit tests,
 * a browser that refuses blob workers on file://), the same script runs on the page as elkjs's
 * FakeWorker, still behind a promise.
 */
import ELK from 'elkjs/lib/elk-api.js';
import workerSource from 'elkjs/lib/elk-worker.min.js?raw';
import type { GraphTransition, ProcessGraph } from '../contract.js';
import { layoutWith, type MetaText, type ProcessLayout } from './elk.js';

/** An ELK instance. */
export type Engine = InstanceType<typeof ELK>;

/** How long a worker may take to answer its first layout before the page runs ELK itself. */
const WORKER_START_MS = 8000;

/** The smallest graph: what the first layout runs to set ELK up. */
const TINY = { id: 'warm-up', children: [{ id: 'a', width: 10, height: 10 }], edges: [] };

let engine: Promise<Engine> | undefined;
let where: 'worker' | 'page' | undefined;
let FakeWorker: (new (url?: string) => Worker) | undefined;

/** The engine, started on first use: a worker if one answers, else ELK on the page. */
export function getEngine(): Promise<Engine> {
  engine ??= startWorker().then(
    (elk) => ((where = 'worker'), elk),
    () => ((where = 'page'), new ELK({ workerFactory: () => createFakeWorker() })),
  );
  return engine;
}

/** Starts ELK while the page is still fetching data, so the first diagram does not wait for it to set up. */
export function warmUpLayout(): Promise<unknown> {
  return getEngine();
}

/** Lays out `graph` on the page's engine (in a worker when there is one: the caller shows 正在布局… meanwhile). */
export async function layoutProcess(graph: ProcessGraph, edgeLabel: (t: GraphTransition) => string | undefined, meta: MetaText): Promise<ProcessLayout> {
  return layoutWith(await getEngine(), graph, edgeLabel, meta);
}

/** Where layouts run: "worker" or "page" once the engine has started, undefined before. */
export function getEngineLocation(): 'worker' | 'page' | undefined {
  return where;
}

/** Starts ELK in a Web Worker and resolves once it has laid out a tiny graph; rejects on error or timeout. */
async function startWorker(): Promise<Engine> {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined') throw new Error('no Web Worker here');
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  let failed: (reason: unknown) => void = () => {};
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const elk = new ELK({
    workerFactory: () => {
      const worker = new Worker(url);
      worker.addEventListener('error', (e) => failed(e));
      return worker;
    },
  });
  const timer = setTimeout(() => failed(new Error('the layout worker did not answer')), WORKER_START_MS);
  try {
    await Promise.race([elk.layout(TINY), failure]);
    return elk;
  } catch (error) {
    elk.terminateWorker();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** elkjs's FakeWorker: the worker script run on the page, answering through the same messages. */
function createFakeWorker(): Worker {
  if (!FakeWorker) {
    const module = { exports: {} as { Worker?: new (url?: string) => Worker } };
    // The script is elkjs's own (a bundled dependency, not user data); run as CommonJS it exports FakeWorker.
    new Function('module', 'exports', workerSource)(module, module.exports);
    FakeWorker = module.exports.Worker!;
  }
  return new FakeWorker('');
}
