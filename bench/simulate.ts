/**
 * Simulation throughput: cases per second and simulated steps per second of the fast engine (typed
 * arrays) and of the reference engine (an XState actor per case) on the same procedures in one run —
 * every bundled procedure and a seeded 200-step synthetic one — with the ratio between them. Each
 * engine runs for a fixed time budget per procedure after a short warm-up; the figures are for one core.
 *
 * Run: node --import tsx bench/simulate.ts [budget ms per engine and procedure, default 1500]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createEngine, loadEngine } from '../src/analysis/simulate/index.js';
import type { EngineName } from '../src/analysis/simulate/types.js';
import { loadFile, loadText } from '../src/model/load.js';
import type { Procedure } from '../src/model/types.js';
import { createDice } from './generate-catalogue.js';
import { generateProcess } from './generate-process.js';
import { describeDiagnostics, fixed, formatTable, isMain, machineLine } from './support.js';

/** Throughput of one engine on one procedure. */
export interface Throughput {
  /** Cases run within the budget. */
  cases: number;
  /** Steps visited by those cases. */
  steps: number;
  /** Seconds taken. */
  seconds: number;
}

/** Slots in the engines' sample arrays; cases beyond it reuse them (only throughput is measured). */
const SLOTS = 65_536;
/** Seed of the synthetic procedure and of the draws. */
const SEED = 20241124;
/** Steps of the synthetic procedure. */
const SYNTHETIC_STEPS = 200;

/** The bundled procedures (bundles left out) and the synthetic one, with a short label each. */
export function benchProcedures(): Array<{ label: string; procedure: Procedure }> {
  const dir = join(import.meta.dirname, '..', 'processes');
  const bundled = readdirSync(dir).sort().flatMap((item) =>
    ['before', 'after'].flatMap((version) => {
      const document = loadFile(join(dir, item, `${version}.yaml`)).document;
      return document?.kind === 'procedure' ? [{ label: `${item}/${version}`, procedure: document }] : [];
    }));
  return [...bundled, { label: `synthetic ${SYNTHETIC_STEPS} steps`, procedure: createSynthetic() }];
}

/** A seeded synthetic procedure of SYNTHETIC_STEPS steps (generate-process.ts). */
function createSynthetic(): Procedure {
  const { process, steps } = generateProcess(createDice(SEED), SYNTHETIC_STEPS, false);
  steps[0]!.materials = ['form'];
  const text = stringify({ id: 'synthetic', name: '合成事项', version: { label: '改革前' }, limits: { statutory: 60 }, materials: [{ id: 'form', name: '申请书' }], process });
  const result = loadText('synthetic.yaml', text);
  if (result.document?.kind !== 'procedure') throw new Error(`the synthetic procedure does not validate:\n${describeDiagnostics(result.diagnostics, text)}`);
  return result.document;
}

/** Runs one engine on a procedure for `budgetMs` (after a warm-up of a tenth of it). */
export function measure(procedure: Procedure, engine: EngineName, budgetMs: number): Throughput {
  const run = (ms: number): Throughput => {
    const e = createEngine(procedure, engine, { seed: SEED, runs: SLOTS });
    let cases = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let k = 0; k < 256; k++) e.runCase(cases++ % SLOTS);
      elapsed = performance.now() - started;
    }
    return { cases, steps: e.samples.visits, seconds: elapsed / 1000 };
  };
  run(budgetMs / 10);
  return run(budgetMs);
}

function main(budgetMs: number): void {
  console.log(machineLine());
  console.log(`Budget ${budgetMs} ms per engine and procedure; seed ${SEED}.\n`);
  const rows: Array<Array<string | number>> = [];
  const total = { fast: { steps: 0, seconds: 0 }, reference: { steps: 0, seconds: 0 } };
  for (const { label, procedure } of benchProcedures()) {
    const fast = measure(procedure, 'fast', budgetMs);
    const reference = measure(procedure, 'reference', budgetMs);
    for (const [name, t] of [['fast', fast], ['reference', reference]] as const) {
      total[name].steps += t.steps;
      total[name].seconds += t.seconds;
    }
    const rate = (t: Throughput, of: 'cases' | 'steps') => t[of] / t.seconds;
    rows.push([
      label,
      fixed(fast.steps / fast.cases, 1),
      Math.round(rate(fast, 'cases')).toLocaleString('en-US'),
      Math.round(rate(fast, 'steps')).toLocaleString('en-US'),
      Math.round(rate(reference, 'cases')).toLocaleString('en-US'),
      Math.round(rate(reference, 'steps')).toLocaleString('en-US'),
      `${fixed(rate(fast, 'steps') / rate(reference, 'steps'), 0)}×`,
    ]);
  }
  console.log(formatTable(['procedure', 'steps/case', 'fast cases/s', 'fast steps/s', 'ref cases/s', 'ref steps/s', 'ratio'], rows));
  const fastRate = total.fast.steps / total.fast.seconds;
  const referenceRate = total.reference.steps / total.reference.seconds;
  console.log(`\nAll procedures: fast ${Math.round(fastRate).toLocaleString('en-US')} steps/s, reference ${Math.round(referenceRate).toLocaleString('en-US')} steps/s, ratio ${fixed(fastRate / referenceRate, 0)}×`);
  console.log(`Targets: fast ≥ 50× reference (${fastRate / referenceRate >= 50 ? 'met' : 'NOT met'}), fast ≥ 2,000,000 steps/s (${fastRate >= 2e6 ? 'met' : 'NOT met'}).`);
}

if (isMain(import.meta.url)) {
  await loadEngine('reference');
  main(Number(process.argv[2] ?? 1500));
}
