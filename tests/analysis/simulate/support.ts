/**
 * What the simulation tests share: the bundled procedures, running an engine (of a procedure or of a
 * bundle) over a few cases, and a two-sample Kolmogorov–Smirnov test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBundleEngine, createEngine, loadEngine, type Engine } from '../../../src/analysis/simulate/index.js';
import type { CaseSamples, EngineName } from '../../../src/analysis/simulate/types.js';
import { loadFile } from '../../../src/model/load.js';
import { resolveBundle, type ResolvedItem } from '../../../src/model/resolve-bundle.js';
import type { Bundle, Procedure } from '../../../src/model/types.js';
import { expect } from 'vitest';
import { ROOT } from '../../support/files.js';

// The engine tests compare both engines, built directly.
await loadEngine('reference');

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
  return { samples: runAll(createEngine(procedure, engine, { seed, runs, onStep: (key) => walk.push(key) }), runs).samples, walk };
}

/** Runs `runs` cases of a bundle with one engine: its samples, the critical-path counts and the steps entered (`item/step`). */
export function runBundleEngine(items: readonly ResolvedItem[], engine: EngineName, seed: number, runs: number) {
  const walk: string[] = [];
  const e = runAll(createBundleEngine(items, engine, { seed, runs, onStep: (key) => walk.push(key) }), runs);
  return { samples: e.samples, critical: e.critical, walk };
}

/** A bundle file under processes/ (or anywhere) with its items resolved; fails when an item cannot be read. */
export function loadBundle(file: string): { bundle: Bundle; items: ResolvedItem[] } {
  const bundle = loadFile(file).document;
  if (bundle?.kind !== 'bundle') throw new Error(`${file} is not a valid bundle`);
  const { items, diagnostics } = resolveBundle(bundle);
  if (diagnostics.length > 0) throw new Error(`${file}: ${diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`).join('; ')}`);
  return { bundle, items };
}

/** Expects two runs to have walked the same steps and recorded the same figures, case by case. */
export function expectSameCases(a: { samples: CaseSamples; walk: string[] }, b: { samples: CaseSamples; walk: string[] }): void {
  expect(a.walk).toEqual(b.walk);
  expect(a.samples.workdays).toEqual(b.samples.workdays);
  expect(a.samples.counted).toEqual(b.samples.counted);
  expect(a.samples.trips).toEqual(b.samples.trips);
  expect(a.samples.outcome).toEqual(b.samples.outcome);
  expect(a.samples.stepDays).toEqual(b.samples.stepDays);
  expect(a.samples.corrections).toBe(b.samples.corrections);
}

function runAll<E extends Engine>(engine: E, runs: number): E {
  for (let i = 0; i < runs; i++) engine.runCase(i);
  return engine;
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
