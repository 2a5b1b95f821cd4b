/**
 * The diagrams of a case laid out where the case is built (createCase): every item's graph gets its
 * layout, with the words of its boxes and transitions worked out from the comparison's ledger and the
 * item it is paired with, so the report and the served dashboard carry positions and no layout engine.
 */
import { availableParallelism } from 'node:os';
import type { ComparisonJson } from '../comparison-json.js';
import type { ProcessGraph } from '../process-graph.js';
import { layoutProcessGraph, toPlainWords, type LayoutTask, type LayoutWords, type ProcessLayout } from './layout.js';
import { getItemPairs } from './pairs.js';
import { startLayoutPool, type LayoutPool } from './pool.js';
import { createStatusIndex } from './status.js';
import { getBoxWords, getEdgeLabels } from './words.js';

/** A process graph with its layout. */
export type LaidOutGraph = ProcessGraph & { layout: ProcessLayout };

/**
 * Boxes from which a graph is laid out in a worker thread when no pool is given, beside the rest of
 * the case's work (the other side's layout, the simulations): a 300-step diagram takes ELK about a
 * second, most of it spent while its code is new to the engine, and two such run side by side on two
 * cores. Smaller graphs are then laid out here, where starting a thread would cost more than their layout.
 */
export const WORKER_FROM = 120;

/**
 * Lays out every graph of both sides; the before side's words name what the after side dropped.
 * Given a pool (started early by the command, pool.ts), every graph is laid out in it; otherwise
 * the large ones are laid out in worker threads started here and the rest in this thread. Layouts are
 * kept between runs in `cacheDir` (LAYOUT_CACHE_DIR by default; null for none).
 */
export async function layoutCaseGraphs(
  graphs: { before: ProcessGraph[]; after: ProcessGraph[] },
  comparison: Pick<ComparisonJson, 'ledger'>,
  pool?: LayoutPool,
  cacheDir?: string | null,
): Promise<{ before: LaidOutGraph[]; after: LaidOutGraph[] }> {
  const words = getCaseWords(graphs, comparison);
  const all = [...graphs.before.map((g) => ({ graph: g, side: 'before' as const })), ...graphs.after.map((g) => ({ graph: g, side: 'after' as const }))];
  const away = pool ? all : all.filter(({ graph }) => countBoxes(graph) >= WORKER_FROM);
  const inWorkers = layoutInPool(pool, away.map(({ graph, side }) => ({ graph, words: toPlainWords(graph, words(graph, side)), cacheDir })));
  // Its failure is met at `await inWorkers` below, not as an unhandled rejection while this thread lays out.
  inWorkers.catch(() => {});
  const layouts = new Map<ProcessGraph, ProcessLayout>();
  for (const { graph, side } of all) if (!away.some((l) => l.graph === graph)) layouts.set(graph, await layoutProcessGraph(graph, words(graph, side), cacheDir));
  (await inWorkers).forEach((layout, i) => layouts.set(away[i]!.graph, layout));
  const withLayout = (g: ProcessGraph): LaidOutGraph => ({ ...g, layout: layouts.get(g)! });
  return { before: graphs.before.map(withLayout), after: graphs.after.map(withLayout) };
}

/**
 * The words each graph of `graphs` is laid out with, from the comparison's ledger: the before side's
 * name what the after side dropped.
 */
export function getCaseWords(graphs: { before: ProcessGraph[]; after: ProcessGraph[] }, comparison: Pick<ComparisonJson, 'ledger'>): (graph: ProcessGraph, side: 'before' | 'after') => LayoutWords {
  const steps = createStatusIndex(comparison.ledger, 'step');
  const materials = createStatusIndex(comparison.ledger, 'material');
  const pairs = getItemPairs(graphs, comparison.ledger);
  return (graph, side) => {
    const other = side === 'before' ? pairs.find((p) => p.before === graph)?.after : undefined;
    return { box: (s) => getBoxWords(s, graph, other, side, steps, materials), edgeLabel: getEdgeLabels };
  };
}

/** The states of `graph`, blocks' branches included: the boxes ELK places. */
function countBoxes(graph: ProcessGraph): number {
  const count = (states: ProcessGraph['states']): number => states.reduce((n, s) => n + 1 + (s.regions ?? []).reduce((m, r) => m + 1 + count(r.states), 0), 0);
  return count(graph.states);
}

/**
 * The layouts of `tasks`, in their order, made in `pool`, or without one in a pool started here (as
 * many workers as the machine has cores, at most one per task) and closed when they are done.
 */
async function layoutInPool(pool: LayoutPool | undefined, tasks: readonly LayoutTask[]): Promise<ProcessLayout[]> {
  if (tasks.length === 0) return [];
  const own = pool ? undefined : startLayoutPool(Math.min(availableParallelism(), tasks.length));
  try {
    return await Promise.all(tasks.map((task) => (pool ?? own!).layout(task)));
  } finally {
    await own?.close();
  }
}
