/** A simulation as JSON, conforming to schemas/simulation.schema.json. */
import type { SimulationResult } from '../analysis/simulate/types.js';
import { toDatesJson } from './dates.js';

/** Version of the JSON layout; bumped when a field changes meaning. */
export const SIMULATION_FORMAT_VERSION = 1;

/**
 * What `wujian simulate --format json` prints for one procedure or bundle. `kind` stays "simulation"
 * (what the file is); `subjectKind` says what was simulated, and a bundle adds its `items`.
 */
export function toSimulationJson(result: SimulationResult) {
  const s = result.subject;
  return {
    tool: 'wujian',
    kind: 'simulation',
    formatVersion: SIMULATION_FORMAT_VERSION,
    subjectKind: s.kind,
    file: s.file,
    id: s.id,
    name: s.name,
    version: s.version,
    engine: result.engine,
    seed: result.seed,
    runs: result.runs,
    completed: result.completed,
    interrupted: result.interrupted,
    ...(result.startDate ? { startDate: result.startDate } : {}),
    ...(result.dates ? { dates: toDatesJson(result.dates) } : {}),
    limits: withoutUndefined(result.limits),
    measures: withoutUndefined(result.measures),
    exceed: withoutUndefined(result.exceed),
    outcomes: result.outcomes,
    corrections: result.corrections,
    stepTime: result.stepTime,
    ...(result.items ? { items: result.items } : {}),
  };
}

/** T with its possibly-undefined fields optional (and never undefined), the rest required. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** An object without its undefined fields, so JSON and the schema see only what is there. */
function withoutUndefined<T extends object>(o: T): Defined<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Defined<T>;
}

/** The JSON `wujian simulate --format json` prints, as the web view reads it. */
export type SimulationJson = ReturnType<typeof toSimulationJson>;
