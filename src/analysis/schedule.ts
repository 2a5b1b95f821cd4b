/**
 * Scheduling a bundle's items by their `after:` graph: an item starts when the latest of the items it
 * comes after finishes (or, for a start-to-start dependency, when the latest starts, plus any lag), and
 * items with no dependency between them run at the same time. The order of
 * scheduling depends on the graph alone, so it is planned once (createSchedulePlan) and then applied to
 * any set of durations (runSchedulePlan): once by createSchedule for the exact figures, once per case by
 * the simulation, which therefore schedules exactly as the exact figures do.
 */
import type { ResolvedItem } from '../model/resolve-bundle.js';
import type { Dependency } from '../model/types.js';

/** One item's place on a bundle schedule, in working days. */
export interface ScheduledItem {
  /** Item id. */
  id: string;
  /** When it starts: the latest finish of the items it comes after. */
  start: number;
  /** start + its duration. */
  finish: number;
}

/** A schedule of a bundle's items under one duration measure. */
export interface Schedule {
  /** Each item's start and finish, in authored order. */
  items: ScheduledItem[];
  /** Finish of the last item: the bundle's total time. */
  total: number;
  /** Item ids on the critical path, first to last. */
  critical: string[];
}

/** The order in which a bundle's items are scheduled, by item index (authored order). */
export interface SchedulePlan {
  /** Item indices in scheduling order: each after every item it waits for. */
  order: Int32Array;
  /** By item index, the indices of the items it waits for, in the order its `after:` names them. */
  waitsFor: Int32Array[];
  /** By item index, per dependency: 1 when it waits for the other's start (start-to-start), 0 for its finish. */
  fromStart: Uint8Array[];
  /** By item index, per dependency: working days of lag. */
  lag: Float64Array[];
}

/** An item as scheduling reads it: its id and what it waits for. */
type Schedulable = Pick<ResolvedItem, 'id' | 'after' | 'dependencies'>;

/** An item's dependencies: as written, or finish-to-start on each id of `after`. */
function dependenciesOf(item: Schedulable): Dependency[] {
  return item.dependencies ?? item.after.map((id) => ({ item: id, from: 'finish' as const, lag: 0 }));
}

/** Where runSchedulePlan writes one schedule, by item index; allocated once, reused case after case. */
export interface ScheduleSlots {
  /** Start of each item. */
  start: Float64Array;
  /** Finish of each item. */
  finish: Float64Array;
  /** The item each one waited for (the latest of its predecessors), or −1. */
  via: Int32Array;
}

/**
 * Plans the scheduling order of items (a pass over the dependency graph, which the bundle check keeps
 * free of cycles). Dependencies on ids that are not items are ignored.
 */
export function createSchedulePlan(items: readonly Schedulable[]): SchedulePlan {
  const ids = new Set(items.map((i) => i.id));
  const indexOf = new Map(items.map((item, k) => [item.id, k] as const));
  const done = new Set<string>();
  const pending = items.map((_, k) => k);
  const order: number[] = [];
  const waitsFor: Int32Array[] = items.map(() => new Int32Array(0));
  const fromStart: Uint8Array[] = items.map(() => new Uint8Array(0));
  const lag: Float64Array[] = items.map(() => new Float64Array(0));
  while (pending.length > 0) {
    const index = pending.findIndex((k) => items[k]!.after.every((dep) => done.has(dep) || !ids.has(dep)));
    // A cycle cannot pass the bundle check; should one slip through, schedule the rest from zero.
    const [k] = pending.splice(index >= 0 ? index : 0, 1);
    const item = items[k!]!;
    const deps = dependenciesOf(item).filter((d) => done.has(d.item));
    waitsFor[k!] = Int32Array.from(deps, (d) => indexOf.get(d.item)!);
    fromStart[k!] = Uint8Array.from(deps, (d) => (d.from === 'start' ? 1 : 0));
    lag[k!] = Float64Array.from(deps, (d) => d.lag);
    order.push(k!);
    done.add(item.id);
  }
  return { order: Int32Array.from(order), waitsFor, fromStart, lag };
}

/** Empty slots for a schedule of `count` items. */
export function createScheduleSlots(count: number): ScheduleSlots {
  return { start: new Float64Array(count), finish: new Float64Array(count), via: new Int32Array(count) };
}

/**
 * Schedules one set of durations (by item index) on a plan into `slots`, and returns the index of the
 * item that finishes last — the first such in authored order — or −1 when there are no items. The
 * critical path is that item, then `slots.via` back to an item that waited for none.
 */
export function runSchedulePlan(plan: SchedulePlan, duration: ArrayLike<number>, slots: ScheduleSlots): number {
  const { start, finish, via } = slots;
  for (let o = 0; o < plan.order.length; o++) {
    const k = plan.order[o]!;
    const waits = plan.waitsFor[k]!;
    const fromStart = plan.fromStart[k]!;
    const lag = plan.lag[k]!;
    let first = -1;
    let at = 0;
    for (let w = 0; w < waits.length; w++) {
      const j = waits[w]!;
      const ready = (fromStart[w] === 1 ? start[j]! : finish[j]!) + lag[w]!;
      if (first < 0 || ready > at) {
        first = j;
        at = ready;
      }
    }
    start[k] = at;
    finish[k] = start[k]! + duration[k]!;
    via[k] = first;
  }
  let last = -1;
  for (let k = 0; k < plan.order.length; k++) if (last < 0 || finish[k]! > finish[last]!) last = k;
  return last;
}

/**
 * Schedules items as early as their `after:` allows and names the critical path.
 * @example createSchedule([{ id: 'a', after: [] }, { id: 'b', after: ['a'] }], () => 2).total // 4
 */
export function createSchedule(items: readonly Schedulable[], duration: (id: string) => number): Schedule {
  const slots = createScheduleSlots(items.length);
  const last = runSchedulePlan(createSchedulePlan(items), items.map((i) => duration(i.id)), slots);
  const critical: string[] = [];
  for (let k = last; k >= 0; k = slots.via[k]!) critical.unshift(items[k]!.id);
  return {
    items: items.map((item, k) => ({ id: item.id, start: slots.start[k]!, finish: slots.finish[k]! })),
    total: last < 0 ? 0 : slots.finish[last]!,
    critical,
  };
}
