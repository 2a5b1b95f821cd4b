/**
 * The diagrams of a case laid out where the case is built (createCase): every item's graph gets its
 * layout, with the words of its boxes and transitions worked out from the comparison's ledger and the
 * item it is paired with, so the report and the served dashboard carry positions and no layout engine.
 */
import type { ComparisonJson } from '../comparison-json.js';
import type { ProcessGraph } from '../process-graph.js';
import { layoutProcessGraph, type LayoutWords, type ProcessLayout } from './layout.js';
import { getItemPairs } from './pairs.js';
import { createStatusIndex } from './status.js';
import { getBoxWords, getEdgeLabels } from './words.js';

/** A process graph with its layout. */
export type LaidOutGraph = ProcessGraph & { layout: ProcessLayout };

/** Lays out every graph of both sides; the before side's words name what the after side dropped. */
export async function layoutCaseGraphs(graphs: { before: ProcessGraph[]; after: ProcessGraph[] }, comparison: Pick<ComparisonJson, 'ledger'>): Promise<{ before: LaidOutGraph[]; after: LaidOutGraph[] }> {
  const steps = createStatusIndex(comparison.ledger, 'step');
  const materials = createStatusIndex(comparison.ledger, 'material');
  const pairs = getItemPairs(graphs, comparison.ledger);
  const words = (graph: ProcessGraph, side: 'before' | 'after'): LayoutWords => {
    const other = side === 'before' ? pairs.find((p) => p.before === graph)?.after : undefined;
    return { box: (s) => getBoxWords(s, graph, other, side, steps, materials), edgeLabel: getEdgeLabels };
  };
  // One after another: ELK lays out synchronously, so nothing is gained by starting them together.
  const laidOut = async (list: ProcessGraph[], side: 'before' | 'after') => {
    const out: LaidOutGraph[] = [];
    for (const graph of list) out.push({ ...graph, layout: await layoutProcessGraph(graph, words(graph, side)) });
    return out;
  };
  return { before: await laidOut(graphs.before, 'before'), after: await laidOut(graphs.after, 'after') };
}
