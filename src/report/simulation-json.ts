/** A simulation as JSON, conforming to schemas/simulation.schema.json. */
import type { SimulationResult } from '../analysis/simulate/types.js';

/** Version of the JSON layout; bumped when a field changes meaning. */
export const SIMULATION_FORMAT_VERSION = 1;

/** What `wujian simulate --format json` prints for one procedure. */
export function toSimulationJson(result: SimulationResult) {
  const p = result.procedure;
  return {
    tool: 'wujian',
    kind: 'simulation',
    formatVersion: SIMULATION_FORMAT_VERSION,
    file: p.file,
    id: p.id,
    name: p.name,
    version: { label: p.version.label, ...(p.version.date ? { date: p.version.date } : {}) },
    engine: result.engine,
    seed: result.seed,
    runs: result.runs,
    completed: result.completed,
    interrupted: result.interrupted,
    ...(result.startDate ? { startDate: result.startDate } : {}),
    limits: withoutUndefined(result.limits),
    measures: withoutUndefined(result.measures),
    exceed: withoutUndefined(result.exceed),
    outcomes: result.outcomes,
    corrections: result.corrections,
    stepTime: result.stepTime,
  };
}

/** An object without its undefined fields, so JSON and the schema see only what is there. */
function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
