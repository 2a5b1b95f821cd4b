/**
 * The engine of a bundle (一件事): one case of the bundle runs one case of every item, each with the
 * chosen engine and its own seeded draws, then schedules the items by the bundle's `after:` graph as
 * createSchedule does (an item starts when the latest of the items it comes after finishes; items with
 * no dependency between them run at the same time).
 *   - elapsed working days: the finish of the last item on that schedule of the items' elapsed days;
 *   - counted working days: the same schedule over each item's counted days;
 *   - trips and corrections: summed over the items;
 *   - outcome: approved when every item is approved, otherwise the first item's outcome, in item order,
 *     that is not approved. A simplification: a rejected or withdrawn item does not stop the items that
 *     come after it in the model; they are run, and their time and trips counted, as if it had been approved.
 *   - time per step: every item's steps, in item order (keys `item/step` in getBundleInput).
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import { createSchedulePlan, createScheduleSlots, runSchedulePlan } from '../schedule.js';
import { createEngine, type Engine, type EngineOptions } from './engine.js';
import { createSamples, outcomeIndex } from './samples.js';
import type { CaseSamples, EngineName } from './types.js';

/** An engine over a bundle: an Engine whose cases are the bundle's, and the critical-path counts. */
export interface BundleEngine extends Engine {
  /** Cases in which each item (by index, authored order) was on the critical path of elapsed time. */
  critical: Uint32Array;
}

/**
 * The seed of item `index`'s draws in a run seeded `seed`: the MurmurHash3 finaliser of the two mixed,
 * so that items draw from far-apart points of the generator (consecutive seeds of an LCG would give
 * streams shifted by one draw). A seed mix, not a source of randomness: every draw stays d3.randomLcg's.
 * @example getItemSeed(42, 0) // the same number on every run and machine
 */
export function getItemSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Builds the engine of a bundle whose items were resolved by resolveBundle. */
export function createBundleEngine(items: readonly ResolvedItem[], name: EngineName, options: EngineOptions): BundleEngine {
  const { onStep } = options;
  // Each item engine keeps one slot: the bundle reads it after every item case.
  const engines = items.map((item, k) =>
    createEngine(item.procedure, name, { seed: getItemSeed(options.seed, k), runs: 1, onStep: onStep && ((key) => onStep(`${item.id}/${key}`)) }),
  );
  const offsets = [0];
  for (const e of engines) offsets.push(offsets.at(-1)! + e.samples.stepDays.length);
  const own = createSamples(options.runs, offsets.at(-1)!);
  const plan = createSchedulePlan(items);
  const slots = createScheduleSlots(items.length);
  const elapsed = new Float64Array(items.length);
  const counted = new Float64Array(items.length);
  const critical = new Uint32Array(items.length);
  const approved = outcomeIndex('approved');
  return {
    critical,
    /** The bundle's samples; the sums over all cases (step days, corrections, visits) are gathered from the items when read. */
    get samples(): CaseSamples {
      engines.forEach((e, k) => own.stepDays.set(e.samples.stepDays, offsets[k]));
      own.corrections = engines.reduce((sum, e) => sum + e.samples.corrections, 0);
      own.visits = engines.reduce((sum, e) => sum + e.samples.visits, 0);
      return own;
    },
    runCase(i: number) {
      let trips = 0;
      let outcome = approved;
      for (let k = 0; k < engines.length; k++) {
        const s = engines[k]!.samples;
        engines[k]!.runCase(0);
        elapsed[k] = s.workdays[0]!;
        counted[k] = s.counted[0]!;
        trips += s.trips[0]!;
        if (outcome === approved) outcome = s.outcome[0]!;
      }
      const last = runSchedulePlan(plan, elapsed, slots);
      own.workdays[i] = last < 0 ? 0 : slots.finish[last]!;
      for (let k = last; k >= 0; k = slots.via[k]!) critical[k]!++;
      const lastCounted = runSchedulePlan(plan, counted, slots);
      own.counted[i] = lastCounted < 0 ? 0 : slots.finish[lastCounted]!;
      own.trips[i] = trips;
      own.outcome[i] = outcome;
    },
  };
}
