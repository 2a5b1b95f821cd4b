/**
 * Monte Carlo simulation of a procedure: `simulateProcedure` runs seeded cases in chunks, yielding to
 * the event loop between chunks (so a progress bar redraws and Ctrl-C is seen), and summarises them.
 */
import type { Procedure } from '../../model/types.js';
import { createEngine } from './engine.js';
import { summarize } from './summarize.js';
import type { SimulationOptions, SimulationResult } from './types.js';

/** Fewest and most cases a run may ask for. */
export const RUNS_RANGE = { min: 1, max: 10_000_000 } as const;

/** Milliseconds of work between two yields to the event loop. */
const CHUNK_MS = 50;

/**
 * Simulates `options.runs` cases of a procedure. Same procedure, seed and engine → same result.
 * Throws CalendarRangeError when a case with startDate finishes past the official calendar data.
 * @example await simulateProcedure(procedure, { runs: 100_000, seed: 42 })
 */
export async function simulateProcedure(procedure: Procedure, options: SimulationOptions): Promise<SimulationResult> {
  const engineName = options.engine ?? 'fast';
  const engine = createEngine(procedure, engineName, { seed: options.seed, runs: options.runs });
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
  return summarize(procedure, engine.samples, {
    engine: engineName,
    seed: options.seed,
    runs: options.runs,
    completed,
    startDate: options.startDate,
  });
}

export { createEngine, type Engine, type EngineOptions } from './engine.js';
export { getDistribution, getExceedance, wilson } from './summarize.js';
export type * from './types.js';
