/**
 * The process layout in Node, for the diagrams of Office files: the web's own ELK graph of a process
 * (web/src/layout/elk.ts) laid out by elkjs in this process. One small function on purpose: the
 * packaging work (issue 13) moves the layout into Node as a plain function of the graph, and that
 * replaces this seam.
 */
import type { GraphTransition, ProcessGraph } from '../process-graph.js';
import { layoutWith, type LayoutEngine, type MetaText, type ProcessLayout } from '../../../web/src/layout/elk.js';

let engine: Promise<LayoutEngine> | undefined;

/** elkjs, loaded on the first diagram (its script takes a moment to start). */
function getEngine(): Promise<LayoutEngine> {
  engine ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return engine;
}

/** Lays out `graph` as the page would, making room for `edgeLabel` and `meta` in the boxes. */
export async function layoutInNode(graph: ProcessGraph, edgeLabel: (t: GraphTransition) => string | undefined, meta: MetaText): Promise<ProcessLayout> {
  return layoutWith(await getEngine(), graph, edgeLabel, meta);
}
