/**
 * The exact answers of exact.ts (dynamic programming over the unrolled table) against brute force:
 * on random valid procedures, every figure must equal the minimum or maximum over the paths that
 * enumeratePathsWithXState lists one by one with XState's getSimplePaths and measurePath measures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumeratePathsWithXState } from '../../src/analysis/enumerate-xstate.js';
import { bestPath, countPaths, endProbabilities } from '../../src/analysis/exact.js';
import { measurePath } from '../../src/analysis/measure-path.js';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { approved, getNamedPaths, measureObjective, probabilityObjective } from '../../src/analysis/paths.js';
import type { Path, PathMeasures } from '../../src/analysis/types.js';
import { createTable } from '../../src/machine/table.js';
import { loadFile, loadText } from '../../src/model/load.js';
import type { Procedure, StepState } from '../../src/model/types.js';
import { procedureArb, toYaml } from './random-procedure.js';

// ── Brute force helpers ──────────────────────────────────────────────────────────────────────────

/** Whether a path (or any branch of its blocks) takes a bounded transition. */
function takesCorrection(path: Path): boolean {
  return path.steps.some((s) => (s.type === 'step' ? s.via?.max !== undefined : s.regions.some(takesCorrection)));
}

/** A path as a string, to find a path among the enumerated ones. */
function keyOf(path: Path): string {
  const steps = path.steps.map((s) => (s.type === 'step' ? `${s.state.key}>${s.via?.event}` : `[${s.regions.map(keyOf).join('|')}]`));
  return `${steps.join(',')}#${path.end.key}`;
}

const stepFees = (s: StepState) => s.fees.reduce((sum, f) => sum + f.amount, 0);
const min = (xs: number[]) => Math.min(...xs);
const max = (xs: number[]) => Math.max(...xs);
const close = (actual: number | undefined, expected: number, what: string) => {
  expect(actual, what).toBeDefined();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThan(1e-9);
};

/** Checks every exact figure of `procedure` against its enumerated paths; false when it has too many to list. */
function checkAgainstEnumeration(procedure: Procedure, limit: number): boolean {
  const listing = enumeratePathsWithXState(procedure, limit);
  if (!listing.ok) return false;
  const table = createTable(procedure.process);
  const all = listing.paths;
  const paths = all.filter((p) => p.end.outcome === 'approved');
  const measured: PathMeasures[] = paths.map((p) => measurePath(procedure, p));
  const keys = new Set(all.map(keyOf));

  expect(countPaths(table, approved)).toBe(paths.length);
  expect(countPaths(table, () => true)).toBe(all.length);

  const ends = endProbabilities(table);
  close([...ends.values()].reduce((a, b) => a + b, 0), 1, 'end probabilities sum');
  for (const outcome of ['approved', 'rejected', 'withdrawn']) {
    const exact = [...ends].filter(([end]) => end.outcome === outcome).reduce((sum, [, p]) => sum + p, 0);
    const listed = all.filter((p) => p.end.outcome === outcome).reduce((sum, p) => sum + p.probability, 0);
    close(exact, listed, `probability of ${outcome}`);
  }
  if (paths.length === 0) return true;

  const figures: Array<[string, 1 | -1, (s: StepState) => number, 'max' | 'sum', (m: PathMeasures) => number]> = [
    ['fastest time', -1, (s) => s.duration.min, 'max', (m) => m.time.min],
    ['slowest time', 1, (s) => s.duration.max, 'max', (m) => m.time.max],
    ['shortest mode time', -1, (s) => s.duration.mode, 'max', (m) => m.time.mode],
    ['most trips', 1, (s) => s.trips, 'sum', (m) => m.trips],
    ['fewest trips', -1, (s) => s.trips, 'sum', (m) => m.trips],
    ['most steps', 1, () => 1, 'sum', (m) => m.stepCounts.perStep],
    ['fewest steps', -1, () => 1, 'sum', (m) => m.stepCounts.perStep],
  ];
  for (const [what, sense, weight, combine, of] of figures) {
    const best = bestPath(table, measureObjective(sense, weight, combine), approved);
    const expected = (sense === 1 ? max : min)(measured.map(of));
    close(best?.value, expected, what);
    close(of(measurePath(procedure, best!.path)), expected, `${what}, measured on the path found`);
    expect(keys.has(keyOf(best!.path)), `${what}: the path found is a real path`).toBe(true);
  }

  const itemFees = procedure.fees.reduce((sum, f) => sum + f.amount, 0);
  const mostFees = bestPath(table, measureObjective(1, stepFees, 'sum'), approved);
  close(mostFees && mostFees.value + itemFees, max(measured.map((m) => m.fees)), 'most fees');

  const plain = paths.filter((p) => !takesCorrection(p));
  const standard = bestPath(table, probabilityObjective(false), approved);
  expect(standard === undefined, 'a standard path exists exactly when an approval path without correction does').toBe(plain.length === 0);
  if (standard) {
    close(standard.path.probability, max(plain.map((p) => p.probability)), 'standard probability');
    expect(takesCorrection(standard.path)).toBe(false);
    expect(keys.has(keyOf(standard.path))).toBe(true);
  }
  const likeliest = bestPath(table, probabilityObjective(true), approved);
  close(likeliest?.path.probability, max(paths.map((p) => p.probability)), 'most probable approval');

  const named = getNamedPaths(procedure);
  const analysis = analyzeProcedure(procedure);
  expect(named.approvalPaths).toBe(paths.length);
  close(analysis.time.fastest?.elapsed, min(measured.map((m) => m.time.min)), 'analysis fastest');
  close(analysis.time.slowest?.elapsed, max(measured.map((m) => m.time.max)), 'analysis slowest');
  close(analysis.trips.worst, max(measured.map((m) => m.trips)), 'analysis worst trips');
  close(analysis.fees.max, max(measured.map((m) => m.fees)), 'analysis most fees');
  return true;
}

// ── The properties ───────────────────────────────────────────────────────────────────────────────

describe('exact analysis on random procedures', () => {
  it('draws only procedures the real loader accepts', () => {
    fc.assert(
      fc.property(procedureArb, (spec) => {
        const result = loadText('random.yaml', toYaml(spec));
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(result.document?.kind).toBe('procedure');
      }),
      { seed: 451, numRuns: 200 },
    );
  });

  it('equals the minimum or maximum over the enumerated paths, for every figure', () => {
    let checked = 0;
    fc.assert(
      fc.property(procedureArb, (spec) => {
        const result = loadText('random.yaml', toYaml(spec));
        if (result.document?.kind !== 'procedure') throw new Error('the arbitrary drew an invalid procedure');
        if (checkAgainstEnumeration(result.document, 400)) checked++;
      }),
      { seed: 20240927, numRuns: 100 },
    );
    // Most draws must be small enough to list (96 of 100 with this seed), or the property proves little.
    expect(checked).toBeGreaterThanOrEqual(90);
  }, 60_000);

  it('holds on every bundled procedure too', () => {
    for (const dir of ['construction-permit', 'enterprise-establishment', 'fire-safety-check', 'food-business-licence', 'food-worker-health-certificate', 'outdoor-signboard']) {
      for (const version of ['before', 'after']) {
        const doc = loadFile(`processes/${dir}/${version}.yaml`).document;
        if (doc?.kind !== 'procedure') throw new Error(`${dir}/${version}.yaml should load`);
        expect(checkAgainstEnumeration(doc, 100_000), `${dir}/${version}`).toBe(true);
      }
    }
  });
});

describe('probability mass', () => {
  // BUG (validation gap, src/model/check/graph.ts ↔ src/machine/table.ts): `fix` can be entered twice
  // (RECTIFY max 2) but left once (RECHECK max 1). The loader accepts the file; the unrolled table then
  // has a non-final node without edges, the machine gets stuck there, and endProbabilities sums to 0.75:
  // a quarter of the cases silently vanish from every outcome.
  it('is never lost: a procedure whose bounded exits can run out is refused, or its end probabilities sum to 1', () => {
    const result = loadFile('tests/fixtures/engine/exhausted-exit.yaml');
    if (result.document?.kind !== 'procedure') {
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      return;
    }
    const ends = endProbabilities(createTable(result.document.process));
    close([...ends.values()].reduce((a, b) => a + b, 0), 1, 'end probabilities sum');
  });
});
