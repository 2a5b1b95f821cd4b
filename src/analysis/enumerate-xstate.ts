/**
 * The reference listing of paths: XState's getSimplePaths on the compiled machine, each XState path (a
 * sequence of events, branches interleaved) turned back into the model's Path by replaying its events
 * on the model. Slow (one depth-first search per reachable snapshot, each snapshot of a block as large
 * as its branches) but independent of the unrolled table, so tests and bench/diamonds.ts hold the
 * table's answers to it, as the reference engine holds the fast one.
 */
import { getSimplePaths } from 'xstate/graph';
import { createCounterSpace, enabledTransitions, type CounterSpace, type Counts } from '../model/counters.js';
import type { FinalState, Procedure, Region, State } from '../model/types.js';
import { createProcedureMachine, eventType, serializeSnapshot } from '../machine/compile.js';
import { createTable } from '../machine/table.js';
import { DEFAULT_PATH_LIMIT } from './defaults.js';
import type { Enumeration } from './enumerate.js';
import { countPaths } from './exact.js';
import { pathKey } from './measure-path.js';
import type { Path, PathStep } from './types.js';

/** Lists every path from the start to an end state with XState, or refuses when there are more than `limit`. */
export function enumeratePathsWithXState(procedure: Procedure, limit = DEFAULT_PATH_LIMIT): Enumeration {
  const total = countPaths(createTable(procedure.process), () => true);
  if (total > limit) return { ok: false, total, limit };
  const machine = createProcedureMachine(procedure);
  const xpaths = getSimplePaths(machine, {
    // Offering only the events of the first unfinished branch lets XState walk one interleaving of a
    // parallel block instead of all of them; the model's paths are the same, and getSimplePaths (one
    // depth-first search per reachable snapshot) stays within reach.
    events: (snapshot) => eventsOf(procedure.process, snapshot.value as StateValue),
    serializeState: (snapshot) => serializeSnapshot(snapshot),
    toState: (snapshot) => snapshot.status === 'done',
  });
  const seen = new Set<string>();
  const paths: Path[] = [];
  for (const xpath of xpaths) {
    const events = xpath.steps.map((s) => s.event.type).filter((t) => !t.startsWith('xstate.'));
    const path = replay(procedure, events);
    const key = pathKey(path);
    if (!seen.has(key)) {
      seen.add(key);
      paths.push(path);
    }
  }
  return { ok: true, paths };
}

type StateValue = string | { [key: string]: StateValue };

/** The events of the step a region stands at, or of the first unfinished branch of its block. */
function eventsOf(region: Region, value: StateValue): Array<{ type: string }> {
  const id = typeof value === 'string' ? value : Object.keys(value)[0]!;
  const state = region.states.get(id)!;
  if (state.type === 'step') return state.transitions.map((t) => ({ type: eventType(region, t.event) }));
  if (state.type === 'parallel' && typeof value !== 'string') {
    for (const branch of state.regions) {
      const events = eventsOf(branch, (value[id] as Record<string, StateValue>)[branch.id]!);
      if (events.length > 0) return events;
    }
  }
  return [];
}

/** An open region while replaying: where it stands and the steps taken so far. */
interface Cursor {
  region: Region;
  state: State;
  steps: PathStep[];
  probability: number;
  /** The region's correction counters and their values. */
  space: CounterSpace;
  counts: Counts;
  blockBranches?: Cursor[];
}

/** Replays a sequence of machine event types on the model, rebuilding the nested Path. */
export function replay(procedure: Procedure, events: readonly string[]): Path {
  const root = enter(procedure.process);
  for (const type of events) {
    const cursor = findCursor(root, type);
    if (!cursor || cursor.state.type !== 'step') throw new Error(`replay: no step handles ${type}`);
    const step = cursor.state;
    const enabled = enabledTransitions(cursor.space, step, cursor.counts);
    const t = enabled.find((x) => eventType(cursor.region, x.event) === type);
    if (!t) throw new Error(`replay: ${type} is not enabled at step ${step.key} (its max is used up)`);
    const total = enabled.reduce((sum, x) => sum + x.p, 0);
    cursor.steps.push({ type: 'step', state: step, via: t });
    cursor.probability *= total > 0 ? t.p / total : 1 / enabled.length;
    cursor.counts = cursor.space.next(cursor.counts, t, t.target);
    moveTo(cursor, t.target);
    settleTree(root);
  }
  if (root.state.type !== 'final') throw new Error('replay: the events do not reach an end state');
  return { steps: root.steps, end: root.state, probability: root.probability };
}

function enter(region: Region): Cursor {
  const space = createCounterSpace(region);
  const cursor: Cursor = { region, state: region.states.get(region.initial)!, steps: [], probability: 1, space, counts: space.start };
  settle(cursor);
  return cursor;
}

/** Opens a parallel block the cursor has entered, or closes it when every branch has ended. */
function settle(cursor: Cursor): void {
  if (cursor.state.type === 'parallel' && !cursor.blockBranches) cursor.blockBranches = cursor.state.regions.map(enter);
  const block = cursor.state;
  if (block.type === 'parallel' && cursor.blockBranches!.every((b) => b.state.type === 'final')) {
    const regions = cursor.blockBranches!.map((b) => ({ steps: b.steps, end: b.state as FinalState, probability: b.probability }));
    cursor.steps.push({ type: 'parallel', state: block, regions });
    cursor.probability *= regions.reduce((p, r) => p * r.probability, 1);
    cursor.blockBranches = undefined;
    moveTo(cursor, block.onDone);
  }
}

/** Closes, innermost first, every block whose branches have all ended. */
function settleTree(cursor: Cursor): void {
  for (const branch of cursor.blockBranches ?? []) settleTree(branch);
  settle(cursor);
}

function moveTo(cursor: Cursor, target: string): void {
  cursor.state = cursor.region.states.get(target)!;
  settle(cursor);
}

/** The innermost open cursor whose current step handles `type`. */
function findCursor(cursor: Cursor, type: string): Cursor | undefined {
  for (const branch of cursor.blockBranches ?? []) {
    const found = findCursor(branch, type);
    if (found) return found;
  }
  const state = cursor.state;
  if (state.type === 'step' && state.transitions.some((t) => eventType(cursor.region, t.event) === type)) return cursor;
  return undefined;
}

