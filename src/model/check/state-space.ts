/**
 * The exact analysis unrolls each region over its correction counters (counters.ts). Loops that count
 * on their own multiply: N one-time corrections back to the start need 2^N nodes. A procedure whose
 * unrolled graph would pass MAX_UNROLLED_NODES is reported where the shared budget that bounds it
 * belongs, naming its loops; a simulation, which keeps counters as it goes, does not need the graph.
 */
import { MAX_UNROLLED_NODES, unrollRegion } from '../counters.js';
import type { Procedure, Region } from '../types.js';
import { allRegions } from '../walk.js';
import type { CheckContext } from './context.js';

/** Loops named in the message before "…". */
const NAMED_LOOPS = 5;

/** Reports a procedure whose unrolled graph would pass `limit` nodes, at the region that passes it. */
export function checkStateSpace(ctx: CheckContext, procedure: Procedure, limit = MAX_UNROLLED_NODES): void {
  const region = findOversizedRegion(procedure, limit);
  if (!region) return;
  const loops = [...region.states.values()].flatMap((s) =>
    s.type === 'step' ? s.transitions.filter((t) => t.max !== undefined).map((t) => `${s.id} ${t.event} → ${t.target}`) : [],
  );
  const named = loops.slice(0, NAMED_LOOPS).join(', ') + (loops.length > NAMED_LOOPS ? ', …' : '');
  ctx.atKey('state-space-too-large', region.path, {
    limit: limit.toLocaleString('en-US'),
    loops: named,
    count: loops.length,
    region: region.key || 'process',
    budget: region.maxCorrections ?? 0,
  });
}

/** The region whose unrolled graph takes the procedure past `limit` nodes (counted as createTable builds them). */
export function findOversizedRegion(procedure: Procedure, limit = MAX_UNROLLED_NODES): Region | undefined {
  let left = limit;
  for (const region of allRegions(procedure.process)) {
    const nodes = unrollRegion(region, left);
    if (!nodes) return region;
    left -= nodes.length;
  }
  return undefined;
}
