/**
 * Monte Carlo simulation of a procedure (`simulateProcedure`) or a bundle (`simulateBundle`): seeded
 * cases run in chunks, yielding to the event loop between chunks (so a progress bar redraws and
 * Ctrl-C is seen), then summarised.
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import type { Bundle, Procedure } from '../../model/types.js';
import { createBundleEngine } from './bundle-engine.js';
import { createEngine, loadEngine, type Engine } from './engine.js';
import { getBundleInput, getProcedureInput } from './subject.js';
import { summarize, type RunFacts } from './summarize.js';
import type { SimulationOptions, SimulationResult } from './types.js';

/** Milliseconds of work between two yields to the event loop. */
const CHUNK_MS = 50;

/**
 * Simulates `options.runs` cases of a procedure. Same procedure, seed and engine → same result.
 * @example await simulateProcedure(procedure, { runs: 100_000, seed: 42 })
 */
export async function simulateProcedure(procedure: Procedure, options: SimulationOptions): Promise<SimulationResult> {
  const engineName = options.engine ?? 'fast';
  await loadEngine(engineName);
  const engine = createEngine(procedure, engineName, { seed: options.seed, runs: options.runs });
  const facts = await runCases(engine, options);
  return summarize(getProcedureInput(procedure, options.startDate, options.calendar), engine.samples, facts);
}

/**
 * Simulates `options.runs` cases of a bundle whose items were resolved by resolveBundle: each case runs
 * one case of every item and schedules them by the bundle's `after:` graph (bundle-engine.ts says how a
 * case is counted). Same bundle, seed and engine → same result.
 * @example await simulateBundle(bundle, resolveBundle(bundle).items, { runs: 20_000, seed: 1 })
 */
export async function simulateBundle(bundle: Bundle, items: readonly ResolvedItem[], options: SimulationOptions): Promise<SimulationResult> {
  const engineName = options.engine ?? 'fast';
  await loadEngine(engineName);
  const engine = createBundleEngine(items, engineName, { seed: options.seed, runs: options.runs });
  const facts = await runCases(engine, options);
  const n = facts.completed;
  return {
    ...summarize(getBundleInput(bundle, items, options), engine.samples, facts),
    items: items.map((item, k) => {
      const cases = engine.critical[k]!;
      return { id: item.id, name: item.procedure.name, file: item.procedure.file, criticalCases: cases, criticalShare: n > 0 ? cases / n : 0 };
    }),
  };
}

/** Runs an engine's cases in chunks until `options.runs` are done or the signal stops it. */
async function runCases(engine: Engine, options: SimulationOptions): Promise<RunFacts> {
  let completed = 0;
  let chunk = 64;
  while (completed < options.runs && !options.signal?.aborted) {
    const started = performance.now();
    const end = Math.min(options.runs, completed + chunk);
    for (let i = completed; i < end; i++) engine.runCase(i);
    completed = end;
    options.onProgress?.(completed, options.runs);
    // Grow or shrink the chunk toward CHUNK_MS of work, whatever the engine's speed.
    const ms = performance.now() - started;
    chunk = Math.max(16, Math.min(1_000_000, Math.round(ms > 0 ? (chunk * CHUNK_MS) / ms : chunk * 4)));
    if (completed < options.runs) await new Promise((resolve) => setImmediate(resolve));
  }
  return { engine: options.engine ?? 'fast', seed: options.seed, runs: options.runs, completed, startDate: options.startDate, calendar: options.calendar };
}

export { createBundleEngine, getItemSeed, type BundleEngine } from './bundle-engine.js';
export { createEngine, loadEngine, type Engine, type EngineOptions } from './engine.js';
export { getDistribution, getTallyDistribution } from './distribution.js';
export { getExceedance, wilson } from './summarize.js';
export type * from './types.js';
