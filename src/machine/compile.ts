/**
 * A validated procedure as an XState v5 machine. Steps carry their data in `meta`; correction loops
 * are bounded by a guard on a per-transition counter in context and, in a region with a shared budget
 * (maxCorrections), on the region's count of corrections too; 并联 blocks are parallel states whose
 * regions end in final states and join through onDone.
 */
import { assign, setup, type AnyMachineSnapshot } from 'xstate';
import type { Procedure, Region, State, Transition } from '../model/types.js';

/** The machine's context: how often each bounded transition has fired, by transition key, and each region's corrections, by budgetKey. */
export interface ProcedureContext {
  counts: Record<string, number>;
}

/** Any event of a procedure machine. */
export interface ProcedureEvent {
  type: string;
}

/** Data kept in each state node's `meta`. */
export interface StateMeta {
  /** The model state. */
  state: State;
}

/**
 * The event type a transition listens to. Events of the root process keep their name (SUBMIT);
 * events inside a parallel branch are prefixed with the branch key ("review.fire.APPROVE"), so an
 * event moves one branch only, as the branches are independent.
 */
export function eventType(region: Region, event: string): string {
  return region.key ? `${region.key}.${event}` : event;
}

/** Key of a bounded transition's counter: "<state key>:<event>". */
export function counterKey(stateKey: string, t: Transition): string {
  return `${stateKey}:${t.event}`;
}

/** Key of a region's count of corrections, for its shared budget: "#corrections" for the process, "<block>.<branch>#corrections" for a branch. */
export function budgetKey(region: Region): string {
  return `${region.key}#corrections`;
}

/** A bounded transition's guard and count: its own counter, and its region's budget when it has one. */
interface Bound {
  key: string;
  max: number;
  budgetKey?: string;
  budget?: number;
}

/**
 * Compiles a procedure to an XState machine.
 * @example createActor(createProcedureMachine(p)).start().send({ type: 'SUBMIT' })
 */
export function createProcedureMachine(procedure: Procedure) {
  return setup({
    types: { context: {} as ProcedureContext, events: {} as ProcedureEvent },
    guards: {
      withinBound: ({ context }, params: Bound) =>
        (context.counts[params.key] ?? 0) < params.max && (params.budgetKey === undefined || (context.counts[params.budgetKey] ?? 0) < params.budget!),
    },
    actions: {
      count: assign({
        counts: ({ context }, params: Bound) => {
          const counts = { ...context.counts, [params.key]: (context.counts[params.key] ?? 0) + 1 };
          if (params.budgetKey !== undefined) counts[params.budgetKey] = (counts[params.budgetKey] ?? 0) + 1;
          return counts;
        },
      }),
      // A parallel block starts its branches' corrections afresh each time it is entered.
      reset: assign({
        counts: ({ context }, params: { prefix: string }) =>
          Object.fromEntries(Object.entries(context.counts).filter(([key]) => !key.startsWith(params.prefix))),
      }),
    },
  }).createMachine({
    id: procedure.id,
    context: { counts: {} },
    ...regionConfig(procedure.process),
  });
}

/** The machine type createProcedureMachine returns. */
export type ProcedureMachine = ReturnType<typeof createProcedureMachine>;

function regionConfig(region: Region): { initial: string; states: Record<string, object> } {
  const states: Record<string, object> = {};
  for (const state of region.states.values()) states[state.id] = stateConfig(region, state);
  return { initial: region.initial, states };
}

function stateConfig(region: Region, state: State): object {
  const meta: StateMeta = { state };
  if (state.type === 'final') return { type: 'final', meta };
  if (state.type === 'parallel') {
    return {
      type: 'parallel',
      meta,
      entry: { type: 'reset', params: { prefix: `${state.key}.` } },
      states: Object.fromEntries(state.regions.map((r) => [r.id, regionConfig(r)])),
      onDone: { target: state.onDone },
    };
  }
  const on: Record<string, object> = {};
  const budget = region.maxCorrections === undefined ? {} : { budgetKey: budgetKey(region), budget: region.maxCorrections };
  for (const t of state.transitions) {
    const bound: Bound = { key: counterKey(state.key, t), max: t.max ?? 0, ...budget };
    on[eventType(region, t.event)] =
      t.max === undefined
        ? { target: t.target }
        : { target: t.target, guard: { type: 'withinBound', params: bound }, actions: { type: 'count', params: bound } };
  }
  return { meta, on };
}

/** Every event type the machine listens to, for graph traversal (never xstate.* internals). */
export function machineEvents(procedure: Procedure): ProcedureEvent[] {
  const types = new Set<string>();
  const visit = (region: Region) => {
    for (const state of region.states.values()) {
      if (state.type === 'step') state.transitions.forEach((t) => types.add(eventType(region, t.event)));
      if (state.type === 'parallel') state.regions.forEach(visit);
    }
  };
  visit(procedure.process);
  return [...types].map((type) => ({ type }));
}

/** Serialises a snapshot for traversal: the state value and the counters, nothing volatile. */
export function serializeSnapshot(snapshot: AnyMachineSnapshot): string {
  const counts = (snapshot.context as ProcedureContext).counts;
  const sorted = Object.keys(counts).sort().map((k) => [k, counts[k]]);
  return JSON.stringify([snapshot.value, sorted]);
}
