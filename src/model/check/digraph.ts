/**
 * The two graph questions the checks ask — what can be reached, and is there a cycle — answered
 * without recursion. (graphlib's preorder and findCycles recurse once per state and overflow the
 * stack on a few thousand steps, well inside the file-size limit.)
 */

/** A directed graph as successor lists, by node id. */
export type Digraph = Map<string, string[]>;

/** Every node reachable from `starts` (the starts included), breadth first. */
export function reachable(graph: Digraph, starts: Iterable<string>): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...seen];
  for (let head = 0; head < queue.length; head++) {
    for (const next of graph.get(queue[head]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The same graph with every edge turned round. */
export function reversed(graph: Digraph): Digraph {
  const out: Digraph = new Map([...graph.keys()].map((k) => [k, []]));
  for (const [from, tos] of graph) for (const to of tos) (out.get(to) ?? out.set(to, []).get(to)!).push(from);
  return out;
}

/**
 * Cycles of a graph, each as a list of nodes in edge order, none sharing a node with another: every
 * graph with a cycle gives at least one. Kahn's algorithm removes every
 * node that is on no cycle and not downstream of one; walking back from a remaining node along
 * remaining predecessors must come round to a node already seen, which closes a cycle.
 */
export function findCycles(graph: Digraph): string[][] {
  const indegree = new Map<string, number>([...graph.keys()].map((k) => [k, 0]));
  for (const tos of graph.values()) for (const to of tos) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  const ready = [...indegree].filter(([, d]) => d === 0).map(([k]) => k);
  const removed = new Set<string>();
  while (ready.length > 0) {
    const node = ready.pop()!;
    removed.add(node);
    for (const to of graph.get(node) ?? []) {
      const d = indegree.get(to)! - 1;
      indegree.set(to, d);
      if (d === 0) ready.push(to);
    }
  }
  // Every node removed: no cycle (most branches of a parallel block), and no need to turn the graph round.
  if (removed.size === indegree.size) return [];
  const back = reversed(graph);
  const cycles: string[][] = [];
  const covered = new Set<string>();
  for (const start of indegree.keys()) {
    if (removed.has(start) || covered.has(start)) continue;
    const order: string[] = [];
    const position = new Map<string, number>();
    let node = start;
    while (!position.has(node)) {
      position.set(node, order.length);
      order.push(node);
      node = back.get(node)!.find((p) => !removed.has(p))!;
    }
    const cycle = order.slice(position.get(node)!).reverse();
    if (cycle.some((n) => covered.has(n))) continue;
    cycle.forEach((n) => covered.add(n));
    cycles.push(cycle);
  }
  return cycles;
}
