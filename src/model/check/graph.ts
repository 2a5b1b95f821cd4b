/**
 * Checks on the shape of the process that a schema cannot make: every target exists, every step can
 * be reached and can reach an end, every loop has a bound, end states carry outcomes where they must.
 */
import { suggest } from '../suggest.js';
import type { Procedure, Region } from '../types.js';
import { allRegions, regionGraph, regionGraphs } from '../walk.js';
import type { CheckContext } from './context.js';
import { findCycles, reachable } from './digraph.js';

/** Runs every graph check on every region of the procedure. */
export function checkGraph(ctx: CheckContext, procedure: Procedure): void {
  for (const region of allRegions(procedure.process)) {
    const targetsOk = checkTargets(ctx, region);
    if (!targetsOk) continue;
    checkReachability(ctx, region);
    checkCycles(ctx, region);
    checkBoundedExits(ctx, region);
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

/** Steps no path reaches, and steps from which no end state can be reached. */
function checkReachability(ctx: CheckContext, region: Region): void {
  const { forward, back } = regionGraphs(region);
  const reached = reachable(forward, [region.initial]);
  const finals = [...region.states.values()].filter((s) => s.type === 'final').map((s) => s.id);
  const canFinish = reachable(back, finals);
  for (const state of region.states.values()) {
    if (!reached.has(state.id)) {
      ctx.atKey('unreachable-step', state.path, { step: state.key, initial: region.initial });
    } else if (!canFinish.has(state.id)) {
      ctx.atKey('dead-end-step', state.path, { step: state.key });
    }
  }
}

/**
 * A loop must contain at least one transition with a `max`, or it could go on for ever. The problem
 * is reported at the loop's backward transition (into the earliest-written step of the loop), which
 * is where the `max` belongs.
 */
function checkCycles(ctx: CheckContext, region: Region): void {
  const order = [...region.states.keys()];
  for (const found of findCycles(regionGraph(region, false))) {
    const start = found.reduce((best, id, i) => (order.indexOf(id) < order.indexOf(found[best]!) ? i : best), 0);
    const cycle = [...found.slice(start), ...found.slice(0, start)];
    const from = region.states.get(cycle[cycle.length - 1]!)!;
    const back = from.type === 'step' ? from.transitions.find((t) => t.target === cycle[0] && t.max === undefined) : undefined;
    const args = { steps: [...cycle, cycle[0]].join(' → ') };
    if (back) ctx.atValue('unbounded-cycle', [...back.path, 'target'], args);
    else ctx.atKey('unbounded-cycle', from.path, args);
  }
}

/**
 * A step whose every way out carries a `max` can run out of ways out: once they are used up the case
 * is stuck there, neither finished nor moving. At least one exit must be unbounded (the max belongs on
 * the backward transition of a loop, not on the way forward).
 */
function checkBoundedExits(ctx: CheckContext, region: Region): void {
  for (const state of region.states.values()) {
    if (state.type === 'step' && state.transitions.length > 0 && state.transitions.every((t) => t.max !== undefined)) {
      ctx.atKey('bounded-exits', state.path, { step: state.key, events: state.transitions.map((t) => t.event).join(', ') });
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
