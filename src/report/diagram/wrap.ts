/**
 * When a diagram is laid out again with its parallel blocks' branches wrapped into rows (layout.ts):
 * only when it is wider than a slide shows, wrapping can bring it within that width, and every edge
 * stays inside the branch it starts in (a wrapped block is laid out apart, and ELK routes no edge
 * across its border then). A diagram wide for other reasons is not laid out a second time for nothing.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ProcessGraph } from '../process-graph.js';
import { CONTAINER_PAD_X } from './metrics.js';

/**
 * True when `graph`, laid out as `root` with its blocks' branches side by side, is wider than
 * `fitWidth` and would be no wider than it were its most wrappable block as narrow as its widest
 * branch, and no transition crosses a branch's border.
 */
export function shouldWrap(graph: ProcessGraph, root: ElkNode, fitWidth: number): boolean {
  const width = root.width ?? 0;
  if (width <= fitWidth) return false;
  const blocks = new Set<string>();
  const collect = (states: ProcessGraph['states']) => {
    for (const s of states) {
      if (s.type !== 'parallel') continue;
      blocks.add(s.key);
      for (const r of s.regions ?? []) collect(r.states);
    }
  };
  collect(graph.states);
  if (blocks.size === 0) return false;
  const parent = (key: string) => key.slice(0, Math.max(0, key.lastIndexOf('.')));
  if (!graph.transitions.every((t) => parent(t.source) === parent(t.target))) return false;
  return width - getMostSaved(root, blocks) <= fitWidth;
}

/** The most width one block of `node` would give up as narrow as its widest branch. */
function getMostSaved(node: ElkNode, blocks: ReadonlySet<string>): number {
  let most = 0;
  for (const child of node.children ?? []) {
    if (blocks.has(child.id)) {
      const widest = Math.max(0, ...(child.children ?? []).map((r) => r.width ?? 0));
      most = Math.max(most, (child.width ?? 0) - widest - 2 * CONTAINER_PAD_X);
    }
    most = Math.max(most, getMostSaved(child, blocks));
  }
  return most;
}
