/**
 * What both simulation engines share: the samples they fill, the numbering of steps and outcomes,
 * and the choice between them. Both follow one meaning, stated in draw.ts; the reference engine
 * steps the XState machine itself, the fast one a compiled table in typed arrays. The reference engine,
 * and XState with it, is loaded only when asked for (loadEngine): every report simulates with the fast one.
 */
import type { Procedure } from '../../model/types.js';
import { createFastEngine } from './fast.js';
import type { CaseSamples, EngineName } from './types.js';

/** An engine over one procedure: it runs case i and writes its figures into `samples`. */
export interface Engine {
  /** Runs one case and records it in slot `i`. */
  runCase(i: number): void;
  /** Where the cases are recorded. */
  samples: CaseSamples;
}

/** How to build an engine. */
export interface EngineOptions {
  /** Seed of the draws. */
  seed: number;
  /** Slots to allocate: the most cases that will be run. */
  runs: number;
  /** Called with each step's key as a case enters it (tests compare the engines' walks with it). */
  onStep?: (key: string) => void;
}

/** The reference engine's module, once loaded. */
let reference: typeof import('./reference.js') | undefined;

/** Loads what the named engine needs before createEngine builds it (XState for the reference engine). */
export async function loadEngine(name: EngineName): Promise<void> {
  if (name === 'reference') reference ??= await import('./reference.js');
}

/** Builds the named engine over a procedure; the reference engine must have been loaded (loadEngine). */
export function createEngine(procedure: Procedure, name: EngineName, options: EngineOptions): Engine {
  if (name === 'fast') return createFastEngine(procedure, options);
  if (!reference) throw new Error('the reference engine was not loaded: await loadEngine("reference") first');
  return reference.createReferenceEngine(procedure, options);
}
