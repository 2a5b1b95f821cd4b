/**
 * Schema-valid data → the typed model, with every default applied: durations as min/mode/max working
 * days, probabilities shared out, Art. 45 steps not counted toward the statutory limit.
 */
import type {
  Bundle, DataPath, Dependency, Duration, Fee, Limit, Material, Procedure, Region, State, Transition,
} from './types.js';
import { readWord } from '../vocabulary/index.js';

/** Working hours in a working day, for durations given in hours. */
export const HOURS_PER_WORKDAY = 8;

/** Step kinds whose time does not count toward the statutory limit (行政许可法第四十五条). */
export const UNCOUNTED_KINDS: ReadonlySet<string> = new Set(['检验检测', '鉴定', '专家评审', '听证', '招标拍卖']);

type Raw = Record<string, any>;

/** Builds a Procedure from data that passed the procedure schema. */
export function toProcedure(file: string, raw: Raw): Procedure {
  const materials = new Map<string, Material>();
  (raw.materials as Raw[]).forEach((m, i) => {
    if (!materials.has(m.id)) materials.set(m.id, toMaterial(m, ['materials', i]));
  });
  return {
    kind: 'procedure',
    file,
    id: raw.id,
    name: raw.name,
    code: raw.code,
    type: raw.type,
    level: raw.level,
    ...toDepartments(raw.department),
    basis: raw.basis === undefined ? [] : [raw.basis].flat(),
    version: { ...raw.version },
    limits: toLimits(raw.limits),
    handling: raw.handling,
    online: readWord('online', raw.online),
    fees: toFees(raw.fees),
    volume: raw.volume,
    merges: raw.merges ?? [],
    stepCounting: readWord('stepCounting', raw.stepCounting),
    note: raw.note,
    materials,
    process: toRegion(raw.process, '', '', ['process']),
  };
}

/** Builds a Bundle from data that passed the bundle schema. */
export function toBundle(file: string, raw: Raw): Bundle {
  return {
    kind: 'bundle',
    file,
    id: raw.id,
    name: raw.name,
    version: raw.version,
    submission: readWord('submission', raw.submission) ?? 'separate',
    ...(raw.limits ? { limits: toLimits(raw.limits) } : {}),
    sameMaterials: ((raw.sameMaterials as Raw[] | undefined) ?? []).map((g) => [...g.materials]),
    note: raw.note,
    items: (raw.items as Raw[]).map((item, i) => ({
      id: item.id,
      file: item.path,
      after: ((item.after as unknown[] | undefined) ?? []).map((d) => (typeof d === 'string' ? d : (d as Raw).item)),
      dependencies: ((item.after as unknown[] | undefined) ?? []).map(toDependency),
      note: item.note,
      path: ['items', i],
    })),
  };
}

/** An `after:` entry: an item id (finish-to-start), or { item, from: start|finish, lag }. */
function toDependency(raw: unknown): Dependency {
  if (typeof raw === 'string') return { item: raw, from: 'finish', lag: 0 };
  const r = raw as Raw;
  return { item: r.item, from: readWord('dependencyFrom', r.from) ?? 'finish', lag: r.lag ?? 0 };
}

/** The statutory and committed limits of a `limits:` mapping. */
function toLimits(raw: Raw | undefined): { statutory?: Limit; committed?: Limit } {
  return {
    statutory: raw?.statutory === undefined ? undefined : toLimit(raw.statutory),
    committed: raw?.committed === undefined ? undefined : toLimit(raw.committed),
  };
}

/** A limit as days and unit; 即办 is zero days. */
export function toLimit(raw: unknown): Limit {
  if (raw === '即办') return { days: 0, unit: 'workday', instant: true };
  if (typeof raw === 'number') return { days: raw, unit: 'workday', instant: raw === 0 };
  const r = raw as Raw;
  return { days: r.value, unit: readWord('limitUnit', r.unit) ?? 'workday', instant: r.value === 0 };
}


/**
 * A duration as min/mode/max working days with its distribution: a plain number or a lone `value` is
 * fixed, min/mode/max default to triangular; a lognormal's lower bound defaults to 0 and its median
 * (`mode`) must be written (0 when missing, which checkRules reports).
 */
export function toDuration(raw: unknown): Duration {
  if (raw === undefined) return { min: 0, mode: 0, max: 0, distribution: 'fixed' };
  if (typeof raw === 'number') return { min: raw, mode: raw, max: raw, distribution: 'fixed' };
  const r = raw as Raw;
  const scale = readWord('durationUnit', r.unit) === 'hour' ? 1 / HOURS_PER_WORKDAY : 1;
  const fixed = r.value;
  const ranged = r.min !== undefined || r.mode !== undefined || r.max !== undefined;
  const distribution: Duration['distribution'] = readWord('distribution', r.distribution) ?? (ranged ? 'triangular' : 'fixed');
  if (distribution === 'lognormal') {
    const median = (r.mode ?? fixed ?? 0) * scale;
    return { min: (r.min ?? 0) * scale, mode: median, max: (r.max ?? r.mode ?? fixed ?? 0) * scale, distribution };
  }
  const min = (r.min ?? fixed ?? r.mode ?? r.max ?? 0) * scale;
  const max = (r.max ?? fixed ?? r.mode ?? r.min ?? 0) * scale;
  const mode = r.mode !== undefined ? r.mode * scale : fixed !== undefined ? fixed * scale : (min + max) / 2;
  return { min, mode, max, distribution };
}

/** `department:` as one text or a list: each entry one department, and the whole for display. */
function toDepartments(raw: unknown): { department?: string; departments: string[] } {
  const list = raw === undefined ? [] : ([raw].flat() as string[]);
  return { department: list.length === 0 ? undefined : list.join('、'), departments: list };
}

function toFees(raw: unknown): Fee[] {
  return ((raw as Raw[] | undefined) ?? []).map((f) => ({ name: f.name, amount: f.amount, basis: f.basis }));
}

function toMaterial(m: Raw, path: DataPath): Material {
  return {
    id: m.id,
    name: m.name,
    source: readWord('source', m.source) ?? 'applicant',
    form: m.form ?? '原件',
    copies: m.copies ?? 1,
    necessity: m.necessity ?? '必要',
    condition: m.condition,
    reform: readWord('reform', m.reform),
    into: m.into,
    note: m.note,
    ...(m.fields !== undefined ? { fields: m.fields } : {}),
    path,
  };
}

function toRegion(raw: Raw, id: string, key: string, path: DataPath): Region {
  const states = new Map<string, State>();
  for (const [stateId, value] of Object.entries(raw.states as Raw)) {
    states.set(stateId, toState(stateId, key ? `${key}.${stateId}` : stateId, value as Raw, [...path, 'states', stateId]));
  }
  return { id, key, name: raw.name, initial: raw.initial, maxCorrections: raw.maxCorrections, states, path };
}

function toState(id: string, key: string, raw: Raw, path: DataPath): State {
  const type = readWord('stateType', raw.type);
  if (type === 'final') {
    return { type: 'final', id, key, path, name: raw.name ?? id, note: raw.note, outcome: readWord('outcome', raw.outcome) };
  }
  if (type === 'parallel') {
    const regions = Object.entries(raw.regions as Raw).map(([rid, region]) =>
      toRegion(region as Raw, rid, `${key}.${rid}`, [...path, 'regions', rid]),
    );
    return { type: 'parallel', id, key, path, name: raw.name, note: raw.note, regions, onDone: raw.onDone, stepCounting: readWord('stepCounting', raw.stepCounting) };
  }
  // One object literal, its optional fields left undefined (as a procedure's and a block's are): spreading them in
  // took half the time of normalising a file.
  const { department, departments } = toDepartments(raw.department);
  return {
    type: 'step',
    id,
    key,
    path,
    name: raw.name,
    note: raw.note,
    kind: raw.kind,
    actor: readWord('actor', raw.actor) ?? 'department',
    department,
    departments,
    materials: raw.materials ?? [],
    duration: toDuration(raw.duration),
    counts: raw.counts ?? !UNCOUNTED_KINDS.has(raw.kind),
    trips: raw.trips ?? 0,
    fees: toFees(raw.fees),
    merges: raw.merges ?? [],
    stepCounting: readWord('stepCounting', raw.stepCounting),
    transitions: toTransitions(raw.on ?? {}, [...path, 'on']),
  };
}

/** Transitions with probabilities shared out: unset ones split what the given ones leave. */
function toTransitions(on: Raw, path: DataPath): Transition[] {
  const list: Transition[] = Object.entries(on).map(([event, value]) => {
    const t: Raw = typeof value === 'string' ? { target: value } : value;
    return { event, target: t.target, p: t.p ?? NaN, pGiven: t.p !== undefined, max: t.max, label: t.label, path: [...path, event] };
  });
  const given = list.filter((t) => t.pGiven).reduce((sum, t) => sum + t.p, 0);
  const unset = list.filter((t) => !t.pGiven);
  for (const t of unset) t.p = Math.max(0, 1 - given) / unset.length;
  return list;
}
