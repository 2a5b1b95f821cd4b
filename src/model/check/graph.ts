/**
 * Checks on the shape of the process that a schema cannot make: every target exists, every step can
 * be reached and can reach an end, every loop has a bound, end states carry outcomes where they must.
 */
import { alg, Graph } from '@dagrejs/graphlib';
import { suggest } from '../suggest.js';
import type { Procedure, Region } from '../types.js';
import { allRegions, successors } from '../walk.js';
import type { CheckContext } from './context.js';

/** Runs every graph check on every region of the procedure. */
export function checkGraph(ctx: CheckContext, procedure: Procedure): void {
  for (const region of allRegions(procedure.process)) {
    const targetsOk = checkTargets(ctx, region);
    if (!targetsOk) continue;
    checkReachability(ctx, region);
    checkCycles(ctx, region);
    checkFinals(ctx, region, region === procedure.process);
  }
}

/** Every initial, target and onDone names a state of the same region; false when one does not. */
function checkTargets(ctx: CheckContext, region: Region): boolean {
  const ids = [...region.states.keys()];
  let ok = true;
  if (!region.states.has(region.initial)) {
    ctx.atValue('unknown-initial', [...region.path, 'initial'], { target: region.initial, suggestion: suggest(region.initial, ids), known: ids.join(', ') });
    ok = false;
  }
  for (const state of region.states.values()) {
    if (state.type === 'step') {
      for (const t of state.transitions) {
        if (region.states.has(t.target)) continue;
        ctx.atValue('unknown-target', [...t.path, 'target'], { step: state.key, event: t.event, target: t.target, suggestion: suggest(t.target, ids), known: ids.join(', ') });
        ok = false;
      }
    } else if (state.type === 'parallel' && !region.states.has(state.onDone)) {
      ctx.atValue('unknown-target', [...state.path, 'onDone'], { step: state.key, event: 'onDone', target: state.onDone, suggestion: suggest(state.onDone, ids), known: ids.join(', ') });
      ok = false;
    }
  }
  return ok;
}

function regionGraph(region: Region, bounded: boolean): Graph {
  const g = new Graph({ directed: true });
  for (const state of region.states.values()) {
    g.setNode(state.id);
    if (state.type === 'step') {
      for (const t of state.transitions) if (bounded || t.max === undefined) g.setEdge(state.id, t.target);
    } else {
      for (const next of successors(state)) g.setEdge(state.id, next);
    }
  }
  return g;
}

/** Steps no path reaches, and steps from which no end state can be reached. */
function checkReachability(ctx: CheckContext, region: Region): void {
  const g = regionGraph(region, true);
  const reached = new Set(alg.preorder(g, [region.initial]));
  const finals = [...region.states.values()].filter((s) => s.type === 'final').map((s) => s.id);
  const reversed = new Graph({ directed: true });
  for (const e of g.edges()) reversed.setEdge(e.w, e.v);
  for (const id of finals) reversed.setNode(id);
  const canFinish = new Set(finals.length > 0 ? alg.preorder(reversed, finals) : []);
  for (const state of region.states.values()) {
    if (!reached.has(state.id)) {
      ctx.atKey('unreachable-step', state.path, { step: state.key, initial: region.initial });
    } else if (!canFinish.has(state.id)) {
      ctx.atKey('dead-end-step', state.path, { step: state.key });
    }
  }
}

/** A loop must contain at least one transition with a `max`, or it could go on for ever. */
function checkCycles(ctx: CheckContext, region: Region): void {
  const g = regionGraph(region, false);
  for (const cycle of alg.findCycles(g)) {
    const first = region.states.get(cycle[cycle.length - 1]!)!;
    ctx.atKey('unbounded-cycle', first.path, { steps: [...cycle].reverse().join(' → ') });
  }
  for (const state of region.states.values()) {
    if (state.type === 'step' && state.transitions.some((t) => t.target === state.id && t.max === undefined)) {
      ctx.atKey('unbounded-cycle', state.path, { steps: `${state.id} → ${state.id}` });
    }
  }
}

/** The root's end states say how the case ends; a branch's end states must not. */
function checkFinals(ctx: CheckContext, region: Region, isRoot: boolean): void {
  const finals = [...region.states.values()].filter((s) => s.type === 'final');
  for (const f of finals) {
    if (f.type !== 'final') continue;
    if (isRoot && !f.outcome) ctx.atKey('final-without-outcome', f.path, { step: f.key }, 'warning');
    if (!isRoot && f.outcome) ctx.atValue('region-final-outcome', [...f.path, 'outcome'], { step: f.key });
  }
  if (finals.length === 0) ctx.atKey('no-final', [...region.path, 'states'], { region: region.key || 'process' });
  if (isRoot && finals.length > 0 && !finals.some((f) => f.type === 'final' && f.outcome === 'approved')) {
    ctx.atKey('no-approval', [...region.path, 'states'], {}, 'warning');
  }
}
