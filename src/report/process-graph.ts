/**
 * A procedure as plain JSON for drawing: its states (with parallel blocks' regions nested inside
 * them), every transition with whether it belongs to a correction loop, and its materials with
 * their reform marks and whether the applicant still prepares them. The web app lays this out with
 * elkjs; nothing here depends on the analysis.
 */
import { getLimits } from '../analysis/measures.js';
import { successors } from '../model/walk.js';
import { reachable, type Digraph } from '../model/check/digraph.js';
import type { Actor, Material, Procedure, Region, State } from '../model/types.js';
import { isPreparedMark, type Outcome } from '../vocabulary/index.js';

/** A material as the diagram and the materials matrix show it. */
export interface GraphMaterial {
  /** Material id. */
  id: string;
  /** Name as in the service guide. */
  name: string;
  /** applicant, government or third-party. */
  source: Material['source'];
  /** 必要, 容缺 or 条件性. */
  necessity: Material['necessity'];
  /** 原件, 复印件 or 电子. */
  form: Material['form'];
  /** Copies to hand in. */
  copies: number;
  /** How the reform cuts it (shared, commitment, deferred, cancelled, merged), if it does. */
  reform?: Material['reform'];
  /** True when the applicant still prepares it (the reform mark's rule, src/vocabulary/reform-marks.ts). */
  prepared: boolean;
}

/** One state of the process: a step, a parallel block (with its regions) or an end. */
export interface GraphState {
  /** Dotted key from the root, unique in the procedure, e.g. "setup.seal.carve". */
  key: string;
  /** Id within its region. */
  id: string;
  /** Name for people (an end state without a name gets its id). */
  name: string;
  /** step, parallel or final. */
  type: State['type'];
  /** Step category (受理, 审查 …). */
  kind?: string;
  /** Who does a step. */
  actor?: Actor;
  /** Department that handles a step. */
  department?: string;
  /** Ids of materials handed in at a step. */
  materials?: string[];
  /** Working days min/mode/max of a step, and how a simulation draws it (fixed, triangular …). */
  duration?: { min: number; mode: number; max: number; distribution: string };
  /** Trips in person at a step. */
  trips?: number;
  /** Fees in yuan charged at a step. */
  fees?: number;
  /** Whether a step's time counts toward the statutory limit. */
  counts?: boolean;
  /** Outcome of an end state. */
  outcome?: Outcome;
  /** Note for people. */
  note?: string;
  /** The branches of a parallel block. */
  regions?: GraphRegion[];
}

/** A branch of a parallel block. */
export interface GraphRegion {
  /** Dotted key of the region. */
  key: string;
  /** Region id. */
  id: string;
  /** Name for people (the id when none is given). */
  name: string;
  /** Key of its first state. */
  initial: string;
  /** Its states in authored order. */
  states: GraphState[];
}

/** An edge between two states of the same region (or a block's join, event "done"). */
export interface GraphTransition {
  /** Key of the state it leaves. */
  source: string;
  /** Key of the state it enters. */
  target: string;
  /** Event name; "done" for a parallel block's onDone. */
  event: string;
  /** Probability. */
  p: number;
  /** Bound on how often it may fire, if any. */
  max?: number;
  /** Label for people. */
  label?: string;
  /**
   * True when the edge is part of a correction detour (补正, 整改): it lies on a loop and is either
   * the loop's bounded transition or its way back. The main flow's edges on the same loop are not.
   */
  correction: boolean;
  /** True when the edge goes back to a state met earlier from the region's start (drawn against the flow). */
  back: boolean;
}

/** A procedure ready to be drawn. */
export interface ProcessGraph {
  /** Item id. */
  id: string;
  /** Item name. */
  name: string;
  /** Version label (改革前 / 改革后). */
  label: string;
  /** Date the version applies from. */
  date?: string;
  /** The file it was read from. */
  file: string;
  /** Statutory and committed limits in working days. */
  limits: { statutory?: number; committed?: number };
  /** Key of the first state. */
  initial: string;
  /** The root region's states. */
  states: GraphState[];
  /** Every transition of every region. */
  transitions: GraphTransition[];
  /** The materials defined in the file. */
  materials: GraphMaterial[];
}

/** Converts a validated procedure to the JSON the web app draws. */
export function toProcessGraph(procedure: Procedure): ProcessGraph {
  const transitions: GraphTransition[] = [];
  const root = toRegion(procedure.process, transitions);
  const { statutory, committed } = getLimits(procedure);
  return {
    id: procedure.id,
    name: procedure.name,
    label: procedure.version.label,
    ...(procedure.version.date ? { date: procedure.version.date } : {}),
    file: procedure.file,
    limits: {
      ...(statutory?.workdays !== undefined ? { statutory: statutory.workdays } : {}),
      ...(committed?.workdays !== undefined ? { committed: committed.workdays } : {}),
    },
    initial: root.initial,
    states: root.states,
    transitions,
    materials: [...procedure.materials.values()].map((m) => ({
      id: m.id,
      name: m.name,
      source: m.source,
      necessity: m.necessity,
      form: m.form,
      copies: m.copies,
      ...(m.reform ? { reform: m.reform } : {}),
      prepared: isPreparedMark(m.reform),
    })),
  };
}

function toRegion(region: Region, transitions: GraphTransition[]): GraphRegion {
  const prefix = region.key ? `${region.key}.` : '';
  const graph: Digraph = new Map([...region.states.values()].map((s) => [s.id, successors(s)]));
  const back = getBackEdges(graph, region.initial);
  const states = [...region.states.values()].map((state) => toState(state, transitions));
  for (const state of region.states.values()) {
    const edges =
      state.type === 'step'
        ? state.transitions.map((t) => ({ event: t.event, target: t.target, p: t.p, max: t.max, label: t.label }))
        : state.type === 'parallel'
          ? [{ event: 'done', target: state.onDone, p: 1, max: undefined, label: undefined }]
          : [];
    for (const edge of edges) {
      const isBack = back.has(`${state.id}\u0000${edge.target}`);
      const onLoop = reachable(graph, [edge.target]).has(state.id);
      transitions.push({
        source: prefix + state.id,
        target: prefix + edge.target,
        event: edge.event,
        p: edge.p,
        ...(edge.max !== undefined ? { max: edge.max } : {}),
        ...(edge.label ? { label: edge.label } : {}),
        correction: onLoop && (edge.max !== undefined || isBack),
        back: isBack,
      });
    }
  }
  return { key: region.key, id: region.id, name: region.name ?? region.id, initial: prefix + region.initial, states };
}

function toState(state: State, transitions: GraphTransition[]): GraphState {
  const base = { key: state.key, id: state.id, name: state.name || state.id, type: state.type, ...(state.note ? { note: state.note } : {}) };
  if (state.type === 'final') return { ...base, ...(state.outcome ? { outcome: state.outcome } : {}) };
  if (state.type === 'parallel') return { ...base, regions: state.regions.map((r) => toRegion(r, transitions)) };
  return {
    ...base,
    ...(state.kind ? { kind: state.kind } : {}),
    actor: state.actor,
    ...(state.department ? { department: state.department } : {}),
    materials: [...state.materials],
    duration: { ...state.duration },
    trips: state.trips,
    fees: state.fees.reduce((sum, f) => sum + f.amount, 0),
    counts: state.counts,
  };
}

/** Edges "from\0to" that close a cycle in a depth-first walk from `start` (iterative: 300-step files stay safe). */
function getBackEdges(graph: Digraph, start: string): Set<string> {
  const back = new Set<string>();
  const onStack = new Set<string>();
  const done = new Set<string>();
  const stack: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
  onStack.add(start);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const targets = graph.get(frame.node) ?? [];
    if (frame.next >= targets.length) {
      stack.pop();
      onStack.delete(frame.node);
      done.add(frame.node);
      continue;
    }
    const to = targets[frame.next++]!;
    if (onStack.has(to)) back.add(`${frame.node}\u0000${to}`);
    else if (!done.has(to)) {
      onStack.add(to);
      stack.push({ node: to, next: 0 });
    }
  }
  return back;
}
