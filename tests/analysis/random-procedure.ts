/**
 * A fast-check arbitrary of random procedures, as YAML text that passes the real loader: a chain of
 * 2–4 steps with branches forward (SKIP), ends (REJECT to rejected or withdrawn), bounded corrections
 * back to an earlier step or the same one (FIX, max 1–2), and at most one parallel block of 2–3 branches
 * of 1–2 steps, with random durations (days or hours), kinds (some not counted, Art. 45), trips, fees and
 * materials (some with reform marks). Probabilities are given or left to share the rest. The process and
 * each branch may share a correction budget (maxCorrections 1–2) among their loops.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

const MATERIALS = ['m0', 'm1', 'm2', 'm3', 'm4'];

/** What the arbitrary draws for one step; targets are drawn as numbers and resolved when built. */
interface StepSpec {
  duration: number | { min: number; mode: number; max: number; unit?: 'hour' };
  kind?: string;
  counts?: boolean;
  trips: number;
  fees: number[];
  materials: string[];
  /** Give NEXT its p explicitly (so all of the step's p are given) rather than leave it the rest. */
  explicitNext: boolean;
  skip?: { to: number; p: number };
  reject?: { outcome: 'rejected' | 'withdrawn'; p: number };
  fix?: { to: number; p: number; max: number };
}

export interface ProcedureSpec {
  steps: StepSpec[];
  /** The process's shared correction budget. */
  budget?: number;
  block?: { at: number; regions: StepSpec[][]; budgets: Array<number | undefined> };
  materials: Array<{ reform?: string; copies: number }>;
  itemFee?: number;
}

const durationArb = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc
    .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.boolean())
    .map(([a, b, c, hours]) => {
      const [min, mode, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return hours ? { min, mode, max, unit: 'hour' as const } : { min, mode, max };
    }),
);

/** `arb` with probability `chance`, else undefined. */
const sometimes = <T>(arb: fc.Arbitrary<T>, chance: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: Math.round(100 * (1 - chance)) }, { arbitrary: arb, weight: Math.round(100 * chance) });

const stepArb = (inBranch: boolean): fc.Arbitrary<StepSpec> =>
  fc.record(
    {
      duration: durationArb,
      kind: fc.constantFrom(undefined, '审查', '专家评审', '检验检测', '受理'),
      counts: fc.constantFrom(undefined, undefined, true, false),
      trips: fc.integer({ min: 0, max: 2 }),
      fees: fc.array(fc.constantFrom(0, 5, 10, 50, 120), { maxLength: 2 }),
      materials: fc.subarray(MATERIALS),
      explicitNext: fc.boolean(),
      skip: fc.option(fc.record({ to: fc.nat(), p: fc.constantFrom(0, 0.1, 0.2, 0.3) }), { nil: undefined }),
      reject: inBranch
        ? fc.constant(undefined)
        : fc.option(fc.record({ outcome: fc.constantFrom('rejected' as const, 'withdrawn' as const), p: fc.constantFrom(0, 0.05, 0.1) }), { nil: undefined }),
      // Inside a branch, loops are rarer and stay at max 1, so that the interleavings of the branches,
      // which getSimplePaths lists one by one, stay few enough to enumerate.
      fix: sometimes(
        fc.record({ to: fc.nat(), p: fc.constantFrom(0.1, 0.2, 0.3), max: inBranch ? fc.constant(1) : fc.integer({ min: 1, max: 2 }) }),
        inBranch ? 0.2 : 0.4,
      ),
    },
    { requiredKeys: ['duration', 'trips', 'fees', 'materials', 'explicitNext'] },
  );

export const procedureArb: fc.Arbitrary<ProcedureSpec> = fc.record(
  {
    steps: fc.array(stepArb(false), { minLength: 2, maxLength: 4 }),
    budget: sometimes(fc.integer({ min: 1, max: 2 }), 0.4),
    block: fc.option(
      fc.record({
        at: fc.nat(),
        regions: fc.array(fc.array(stepArb(true), { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 3 }),
        budgets: fc.array(sometimes(fc.constant(1), 0.3), { minLength: 3, maxLength: 3 }),
      }),
      { nil: undefined },
    ),
    materials: fc.array(
      fc.record({ reform: fc.constantFrom(undefined, undefined, 'shared', 'commitment', 'deferred', 'cancelled'), copies: fc.integer({ min: 1, max: 3 }) }),
      { minLength: MATERIALS.length, maxLength: MATERIALS.length },
    ),
    itemFee: fc.option(fc.constantFrom(0, 20, 100), { nil: undefined }),
  },
  { requiredKeys: ['steps', 'materials'] },
);

/**
 * A region as YAML data: the states `ids` in a chain (each NEXT goes to the following one, the last to
 * `end`), with SKIP to a later state, REJECT to an outcome, FIX back to an earlier state or itself.
 */
function chain(ids: string[], specs: Map<string, StepSpec>, end: string, finals: Set<string>, extra: Record<string, object> = {}) {
  const states: Record<string, object> = {};
  ids.forEach((id, i) => {
    const spec = specs.get(id);
    if (!spec) return; // the parallel block, in `extra`
    const next = ids[i + 1] ?? end;
    const on: Record<string, object | string> = {};
    let given = 0;
    const later = [...ids.slice(i + 2), ...(i + 1 < ids.length ? [end] : [])];
    if (spec.skip && later.length > 0) {
      on.SKIP = { target: later[spec.skip.to % later.length]!, p: spec.skip.p };
      given += spec.skip.p;
    }
    if (spec.reject) {
      on.REJECT = { target: spec.reject.outcome, p: spec.reject.p };
      finals.add(spec.reject.outcome);
      given += spec.reject.p;
    }
    if (spec.fix) {
      on.FIX = { target: ids[spec.fix.to % (i + 1)]!, p: spec.fix.p, max: spec.fix.max };
      given += spec.fix.p;
    }
    on.NEXT = spec.explicitNext ? { target: next, p: Math.round((1 - given) * 1e6) / 1e6 } : next;
    states[id] = {
      name: `环节${id}`,
      ...(spec.kind ? { kind: spec.kind } : {}),
      ...(spec.counts === undefined ? {} : { counts: spec.counts }),
      actor: spec.trips > 0 ? 'applicant' : 'department',
      materials: spec.materials,
      duration: spec.duration,
      trips: spec.trips,
      fees: spec.fees.map((amount, k) => ({ name: `费${k}`, amount })),
      on,
    };
  });
  return { ...states, ...extra };
}

/** The YAML text of a drawn procedure. */
export function toYaml(spec: ProcedureSpec): string {
  const specs = new Map<string, StepSpec>();
  const ids = spec.steps.map((s, i) => {
    specs.set(`s${i}`, s);
    return `s${i}`;
  });
  const extra: Record<string, object> = {};
  const finals = new Set<string>(['approved']);
  if (spec.block) {
    const at = 1 + (spec.block.at % ids.length); // never first, so the process starts with a step
    ids.splice(at, 0, 'par');
    const regions: Record<string, object> = {};
    spec.block.regions.forEach((steps, r) => {
      const branchSpecs = new Map(steps.map((s, i) => [`b${i}`, s] as const));
      const branchIds = [...branchSpecs.keys()];
      const budget = spec.block!.budgets[r];
      regions[`r${r}`] = {
        initial: 'b0',
        ...(budget === undefined ? {} : { maxCorrections: budget }),
        states: chain(branchIds, branchSpecs, 'done', new Set(), { done: { type: 'final' } }),
      };
    });
    extra.par = { type: 'parallel', name: '并联审查', regions, onDone: ids[at + 1] ?? 'approved' };
  }
  const states = chain(ids, specs, 'approved', finals, extra);
  for (const outcome of finals) states[outcome] = { type: 'final', name: outcome, outcome };
  return stringify({
    id: 'random',
    name: '随机事项',
    version: { label: '测试' },
    ...(spec.itemFee === undefined ? {} : { fees: [{ name: '工本费', amount: spec.itemFee }] }),
    materials: MATERIALS.map((id, i) => ({ id, name: `材料${id}`, copies: spec.materials[i]!.copies, ...(spec.materials[i]!.reform ? { reform: spec.materials[i]!.reform } : {}) })),
    process: { initial: 's0', ...(spec.budget === undefined ? {} : { maxCorrections: spec.budget }), states },
  });
}
