/**
 * The reference engine: each case is a fresh actor of the procedure's XState machine (compile.ts),
 * driven by sending the events the draws choose. XState decides which transitions are enabled (its
 * guards bound the corrections) and where each one leads; this engine only adds what the machine
 * does not model: durations, probabilities and the bookkeeping of time. Slow (an actor per case) but
 * plainly right, it is the meaning the fast engine is tested against.
 */
import { createActor, type AnyMachineSnapshot, type StateValue } from 'xstate';
import { createProcedureMachine, eventType } from '../../machine/compile.js';
import type { Procedure, Region } from '../../model/types.js';
import { unionFrom, type Intervals } from '../counted-time.js';
import { createDraws, drawDuration, pickAmong, toSampler } from './draw.js';
import type { Engine, EngineOptions } from './engine.js';
import { createSamples, getStepIndex, outcomeIndex } from './samples.js';

/** The reference engine over a procedure. */
export function createReferenceEngine(procedure: Procedure, options: EngineOptions): Engine {
  const machine = createProcedureMachine(procedure);
  const steps = getStepIndex(procedure);
  const samples = createSamples(options.runs, steps.size);
  const draws = createDraws(options.seed);

  /** One case's running figures. */
  let trips = 0;
  let outcome = 0;

  /**
   * Drives `region` (whose value sits at `path` in the machine's state value) from its current state
   * to its end, and returns its elapsed and counted working days.
   */
  const driveRegion = (actor: ReturnType<typeof createActor<typeof machine>>, region: Region, path: string[], base = 0, intervals?: Intervals) => {
    let time = 0;
    let counted = 0;
    let id = currentState(actor.getSnapshot(), path);
    for (;;) {
      const state = region.states.get(id)!;
      if (state.type === 'final') {
        if (path.length === 0) outcome = outcomeIndex(state.outcome);
        return { time, counted };
      }
      if (state.type === 'parallel') {
        // The branches' counted intervals on one timeline, their union counted (counted-time.ts).
        const laid: Intervals = [];
        let slowest = 0;
        for (const branch of state.regions) {
          const done = driveRegion(actor, branch, [...path, state.id, branch.id], base + time, laid);
          slowest = Math.max(slowest, done.time);
        }
        counted += unionFrom(laid, 0);
        intervals?.push(...laid);
        time += slowest;
        id = state.onDone;
      } else {
        const sampler = toSampler(state.duration);
        const days = drawDuration(draws, sampler.kind, sampler.a, sampler.b, sampler.c);
        if (state.counts) {
          counted += days;
          intervals?.push(base + time, base + time + days);
        }
        time += days;
        trips += state.trips;
        samples.stepDays[steps.get(state)!]! += days;
        samples.visits++;
        options.onStep?.(state.key);
        const snapshot = actor.getSnapshot();
        const enabled = state.transitions.filter((t) => snapshot.can({ type: eventType(region, t.event) }));
        const chosen = enabled.length === 1 ? enabled[0]! : enabled[pickAmong(draws.uniform(), enabled.map((t) => t.p))]!;
        actor.send({ type: eventType(region, chosen.event) });
        if (chosen.max !== undefined) samples.corrections++;
        id = chosen.target;
      }
      // The machine, not this engine, says where the case is now (a branch's final state ends the walk).
      if (region.states.get(id)!.type !== 'final') {
        const now = currentState(actor.getSnapshot(), path);
        if (now !== id) throw new Error(`reference engine: expected the machine in "${id}", found "${now}"`);
      }
    }
  };

  return {
    samples,
    runCase(i: number) {
      const actor = createActor(machine).start();
      trips = 0;
      const { time, counted } = driveRegion(actor, procedure.process, []);
      if (actor.getSnapshot().status !== 'done') throw new Error('reference engine: the case ended but the machine did not');
      actor.stop();
      samples.workdays[i] = time;
      samples.counted[i] = counted;
      samples.trips[i] = trips;
      samples.outcome[i] = outcome;
    },
  };
}

/** The id of the active state of the region whose value sits at `path` in the snapshot's state value. */
function currentState(snapshot: AnyMachineSnapshot, path: readonly string[]): string {
  let value: StateValue | undefined = snapshot.value as StateValue;
  for (const key of path) value = typeof value === 'object' ? value[key] : undefined;
  if (value === undefined) throw new Error(`reference engine: no active state at ${path.join('.')}`);
  return typeof value === 'string' ? value : Object.keys(value)[0]!;
}
