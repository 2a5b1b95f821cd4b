/**
 * The process part of a synthetic procedure, as plain data in the authored YAML shape: a chain of
 * segments (a plain step, a branch into 2–3 alternatives that join again, a step with a bounded
 * correction loop back to itself or an earlier segment, a 并联 block of 2–3 branches), planned first so
 * that every exit knows where it leads and the step count comes out exactly as asked.
 */
import type { Dice } from './generate-catalogue.js';

/** A state as written in YAML. */
export type RawState = Record<string, unknown>;

/** A region as written in YAML. */
export interface RawRegion {
  /** Branch name (parallel branches only). */
  name?: string;
  /** Id of the first state. */
  initial: string;
  /** States by id. */
  states: Record<string, RawState>;
}

/** A generated process and its steps in every region, so the caller can hang materials on them. */
export interface GeneratedProcess {
  /** The root region. */
  process: RawRegion;
  /** Every step object, in creation order. */
  steps: RawState[];
}

/** One planned segment of a chain: its kind and, for a block, the step count of each branch. */
type Segment = { kind: 'step' } | { kind: 'correction' } | { kind: 'branch'; alternatives: number } | { kind: 'parallel'; branches: number[] };

interface Builder {
  dice: Dice;
  /** 全程网办 (Ⅳ级): no trips anywhere. */
  noTrips: boolean;
  steps: RawState[];
}

const STEP_NAMES = ['申请', '受理', '审查', '现场核查', '审核', '审批决定', '公示', '缴费', '制证', '送达', '技术审查', '复核'];
const KINDS = ['申请', '受理', '补正', '审查', '现场核查', '检验检测', '鉴定', '专家评审', '听证', '公示', '审批决定', '缴费', '制证', '送达', '其他'];
const ACTORS = ['applicant', 'window', 'department', 'department', 'expert', 'third-party', 'system'];
const EVENTS = ['SUBMIT', 'DONE', 'NEXT', 'ACCEPT', 'PASS'];
/** Bounded transitions per region: each multiplies the unrolled table by up to max + 1. */
const MAX_CORRECTIONS = { root: 3, branch: 1 };

/** Generates a process with exactly `stepCount` steps (≥ 2) over all regions. */
export function generateProcess(dice: Dice, stepCount: number, noTrips: boolean): GeneratedProcess {
  const builder: Builder = { dice, noTrips, steps: [] };
  return { process: buildRegion(builder, stepCount, true), steps: builder.steps };
}

function plan(dice: Dice, budget: number, root: boolean): Segment[] {
  const segments: Segment[] = [];
  let corrections = 0;
  for (let left = budget; left > 0; ) {
    const roll = dice.int(0, 99);
    let segment: Segment = { kind: 'step' };
    if (root && roll < 15 && left >= 4) {
      const branches = Array.from({ length: dice.int(2, 3) }, () => dice.int(1, 3));
      if (branches.reduce((a, b) => a + b, 0) <= left) segment = { kind: 'parallel', branches };
    } else if (roll < 35 && left >= 3) {
      segment = { kind: 'branch', alternatives: Math.min(left - 1, dice.int(2, 3)) };
    } else if (roll < 55 && corrections < (root ? MAX_CORRECTIONS.root : MAX_CORRECTIONS.branch)) {
      segment = { kind: 'correction' };
      corrections++;
    }
    segments.push(segment);
    left -= segment.kind === 'parallel' ? segment.branches.reduce((a, b) => a + b, 0) : segment.kind === 'branch' ? 1 + segment.alternatives : 1;
  }
  return segments;
}

function buildRegion(b: Builder, budget: number, root: boolean): RawRegion {
  const { dice } = b;
  const segments = plan(dice, budget, root);
  const states: Record<string, RawState> = {};
  const finals = new Set<string>([root ? 'done' : 'end']);
  segments.forEach((segment, i) => {
    const id = `s${i}`;
    const next = i + 1 < segments.length ? `s${i + 1}` : root ? 'done' : 'end';
    if (segment.kind === 'step') {
      const on: Record<string, unknown> = { [dice.pick(EVENTS)]: next };
      if (root && dice.chance(0.03)) {
        on.WITHDRAW = { target: 'withdrawn', p: 0.02, label: '申请人撤回' };
        finals.add('withdrawn');
      }
      states[id] = step(b, on);
    } else if (segment.kind === 'branch') {
      const ps = shares(dice, segment.alternatives);
      states[id] = {}; // a placeholder, so the head is written before its alternatives
      const on: Record<string, unknown> = {};
      for (let k = 0; k < segment.alternatives; k++) {
        const alt = `${id}_${k}`;
        on[`ROUTE_${k}`] = ps[k] === undefined ? alt : { target: alt, p: ps[k] };
        states[alt] = step(b, { [dice.pick(EVENTS)]: next });
      }
      states[id] = step(b, on);
    } else if (segment.kind === 'correction') {
      const p = dice.real(0.05, 0.3);
      const on: Record<string, unknown> = { PASS: dice.chance(0.5) ? next : { target: next, p: Number((1 - p).toFixed(2)) } };
      on.CORRECT = { target: `s${dice.int(Math.max(0, i - 2), i)}`, p, max: dice.int(1, 2), label: '一次性告知补正' };
      if (root && dice.chance(0.3)) {
        on.DENY = { target: 'rejected', p: 0.05, label: '不予许可' };
        finals.add('rejected');
        if (typeof on.PASS !== 'string') on.PASS = { target: next, p: Number((0.95 - p).toFixed(2)) };
      }
      states[id] = step(b, on);
    } else {
      const regions = Object.fromEntries(segment.branches.map((size, k) => [`r${k}`, { name: `分支${k + 1}`, ...buildRegion(b, size, false) }]));
      states[id] = { type: 'parallel', name: '并联审批', regions, onDone: next };
    }
  });
  if (root) {
    states.done = { type: 'final', name: '办结', outcome: 'approved' };
    if (finals.has('rejected')) states.rejected = { type: 'final', name: '不予许可', outcome: 'rejected' };
    if (finals.has('withdrawn')) states.withdrawn = { type: 'final', name: '撤回', outcome: 'withdrawn' };
  } else {
    states.end = { type: 'final', name: '完成' };
  }
  return { initial: 's0', states };
}

/** Probabilities of `n` alternatives with two decimals summing to 1; sometimes the last is left unset (it takes the rest). */
function shares(dice: Dice, n: number): Array<number | undefined> {
  const weights = Array.from({ length: n }, () => dice.int(1, 9));
  const total = weights.reduce((a, b) => a + b, 0);
  const ps: Array<number | undefined> = weights.slice(0, -1).map((w) => Number((w / total).toFixed(2)));
  const rest = 1 - ps.reduce((a: number, p) => a + p!, 0);
  ps.push(dice.chance(0.3) ? undefined : Number(rest.toFixed(2)));
  return ps;
}

function step(b: Builder, on: Record<string, unknown>): RawState {
  const { dice } = b;
  const actor = dice.pick(ACTORS);
  const state: RawState = { name: `${dice.pick(STEP_NAMES)}${b.steps.length + 1}` };
  if (dice.chance(0.8)) state.kind = dice.pick(KINDS);
  if (actor !== 'department') state.actor = actor;
  if (dice.chance(0.2)) state.department = `${dice.pick(['县市场监管局', '县住建局', '县消防救援大队', '县卫健委'])}`;
  state.materials = [];
  state.duration = duration(dice);
  if (dice.chance(0.1)) state.counts = dice.chance(0.5);
  const trips = b.noTrips ? 0 : actor === 'applicant' ? dice.int(0, 2) : dice.chance(0.1) ? 1 : 0;
  if (trips > 0 || dice.chance(0.2)) state.trips = trips;
  if (dice.chance(0.1)) state.fees = [{ name: dice.pick(['工本费', '检测费', '审查费']), amount: dice.int(5, 500) }];
  state.on = on;
  b.steps.push(state);
  return state;
}

function duration(dice: Dice): unknown {
  const form = dice.int(0, 3);
  if (form === 0) return dice.int(0, 10);
  if (form === 1) return { value: dice.int(1, 8), unit: 'hour' };
  const min = dice.int(0, 5);
  const mode = min + dice.int(0, 5);
  const max = mode + dice.int(0, 10);
  return form === 2 ? { min, mode, max } : { min, max };
}
