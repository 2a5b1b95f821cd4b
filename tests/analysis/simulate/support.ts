/**
 * What the simulation tests share: the bundled procedures, running an engine over a few cases, and a
 * two-sample Kolmogorov–Smirnov test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../../src/analysis/simulate/index.js';
import type { CaseSamples, EngineName } from '../../../src/analysis/simulate/types.js';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { ROOT } from '../../support/files.js';

/** Every procedure (not bundle) in processes/: before and after versions and the items of the 一件事 cases. */
export function bundledProcedures(): Procedure[] {
  const dir = join(ROOT, 'processes');
  return readdirSync(dir)
    .sort()
    .flatMap((item) => readdirSync(join(dir, item)).filter((name) => name.endsWith('.yaml')).sort().map((name) => loadFile(join(dir, item, name)).document))
    .filter((d): d is Procedure => d?.kind === 'procedure');
}

/** Runs `runs` cases with one engine and returns its samples and the keys of the steps it entered, in order. */
export function runEngine(procedure: Procedure, engine: EngineName, seed: number, runs: number): { samples: CaseSamples; walk: string[] } {
  const walk: string[] = [];
  const e = createEngine(procedure, engine, { seed, runs, onStep: (key) => walk.push(key) });
  for (let i = 0; i < runs; i++) e.runCase(i);
  return { samples: e.samples, walk };
}

/** The two-sample Kolmogorov–Smirnov statistic D = sup |F₁(x) − F₂(x)|. */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0, j = 0, d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i]! <= v) i++;
    while (j < y.length && y[j]! <= v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/**
 * The asymptotic critical value of D at level α for samples of sizes n and m:
 * c(α) · √((n + m) / (n m)) with c(α) = √(−ln(α / 2) / 2) (1.949 at α = 0.001).
 */
export function ksCritical(alpha: number, n: number, m: number): number {
  return Math.sqrt(-Math.log(alpha / 2) / 2) * Math.sqrt((n + m) / (n * m));
}
