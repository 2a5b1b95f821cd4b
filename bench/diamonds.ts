/**
 * Exact analysis against path enumeration on a chain of N "diamonds": a step with two transitions
 * (p 0.5 each) to two alternative steps that differ in duration, trips and fees and join at the next
 * diamond, the last pair ending in an approved final state, so 2^N paths. The exact method is
 * createTable + bestPath (dynamic programming, linear in the graph); enumeration is XState's
 * getSimplePaths (through enumeratePathsWithXState with no limit) + measurePath over every path. Both must give
 * the same figures; the script exits non-zero if they do not.
 *
 * Run: node --max-old-space-size=4096 --expose-gc --import tsx bench/diamonds.ts
 */
import { loadText } from '../src/model/load.js';
import type { Procedure, StepState } from '../src/model/types.js';
import { createTable } from '../src/machine/table.js';
import { bestPath, countPaths } from '../src/analysis/exact.js';
import { enumeratePathsWithXState } from '../src/analysis/enumerate-xstate.js';
import { measurePath } from '../src/analysis/measure-path.js';
import { approved, measureObjective, probabilityObjective } from '../src/analysis/paths.js';
import type { Objective } from '../src/analysis/types.js';
import { collectGarbage, describeDiagnostics, fixed, formatTable, isMain, machineLine, readMemory, timeBest } from './support.js';

/** The figures both methods must agree on. */
export interface Figures {
  /** Paths to approval. */
  paths: number;
  /** Shortest elapsed time, every step at duration.min. */
  minTime: number;
  /** Longest elapsed time, every step at duration.max. */
  maxTime: number;
  /** Fewest steps on a path. */
  minSteps: number;
  /** Most steps on a path. */
  maxSteps: number;
  /** Most trips in person on a path. */
  maxTrips: number;
  /** Highest fees on a path. */
  maxFees: number;
  /** Probability of the most probable path. */
  maxProbability: number;
}

/** Chain lengths compared against enumeration. */
export const SIZES = [4, 8, 12, 16];
/** Chain length analysed by the exact method alone. */
export const LARGE_SIZE = 1000;
/** Repetitions of the exact method; the fastest counts. */
const REPETITIONS = 20;
/** Relative tolerance: the measures are integers, so only the probability can differ at all. */
const TOLERANCE = 1e-9;

/** A procedure of `n` diamonds as YAML text; alternatives vary with k so that no objective ties everywhere. */
export function diamondYaml(n: number): string {
  const lines = [`id: diamonds-${n}`, `name: 菱形链 ${n}`, 'version: { label: 基准 }', 'materials:', '  - { id: form, name: 申请表 }'];
  lines.push('process:', '  initial: d0', '  states:');
  for (let k = 0; k < n; k++) {
    const next = k + 1 < n ? `d${k + 1}` : 'done';
    const materials = k === 0 ? '[form]' : '[]';
    lines.push(`    d${k}: { name: 分支 ${k}, materials: ${materials}, duration: 1, on: { A: { target: a${k}, p: 0.5 }, B: { target: b${k}, p: 0.5 } } }`);
    lines.push(alternative(`a${k}`, 1 + (k % 3), 2 + ((k * 5) % 7), k % 3 === 0 ? 2 : 0, 10 * (k % 4), next));
    lines.push(alternative(`b${k}`, 1 + ((k + 1) % 3), 2 + ((k * 3 + 2) % 7), (k + 1) % 2, 10 * ((k + 2) % 5), next));
  }
  lines.push('    done: { type: final, name: 办结, outcome: approved }');
  return lines.join('\n') + '\n';
}

function alternative(id: string, min: number, max: number, trips: number, fee: number, next: string): string {
  const fees = fee > 0 ? `, fees: [{ name: 费用, amount: ${fee} }]` : '';
  return `    ${id}: { name: 环节 ${id}, materials: [], duration: { min: ${min}, max: ${min + max} }, trips: ${trips}${fees}, on: { DONE: ${next} } }`;
}

/** Loads the chain through the real loader and validator; throws with the diagnostics if it fails. */
export function loadDiamonds(n: number): Procedure {
  const text = diamondYaml(n);
  const result = loadText(`diamonds-${n}.yaml`, text);
  if (result.document?.kind !== 'procedure') {
    throw new Error(`diamonds-${n}.yaml did not validate:\n${describeDiagnostics(result.diagnostics, text)}`);
  }
  return result.document;
}

const fees = (s: StepState) => s.fees.reduce((sum, f) => sum + f.amount, 0);

/** The figures by dynamic programming over the unrolled table. */
export function exactFigures(procedure: Procedure): Figures {
  const table = createTable(procedure.process);
  const best = (objective: Objective) => {
    const found = bestPath(table, objective, approved);
    if (!found) throw new Error(`${procedure.id}: no path to approval`);
    return found.value;
  };
  return {
    paths: countPaths(table, approved),
    minTime: best(measureObjective(-1, (s) => s.duration.min, 'max')),
    maxTime: best(measureObjective(1, (s) => s.duration.max, 'max')),
    minSteps: best(measureObjective(-1, () => 1, 'sum')),
    maxSteps: best(measureObjective(1, () => 1, 'sum')),
    maxTrips: best(measureObjective(1, (s) => s.trips, 'sum')),
    maxFees: best(measureObjective(1, fees, 'sum')),
    maxProbability: Math.exp(best(probabilityObjective(true))),
  };
}

/** The figures by listing every path with XState's getSimplePaths and measuring each one. */
export function enumeratedFigures(procedure: Procedure): Figures {
  const listing = enumeratePathsWithXState(procedure, Infinity);
  if (!listing.ok) throw new Error(`${procedure.id}: enumeratePathsWithXState refused ${listing.total} paths`);
  const all = listing.paths.filter((p) => p.end.outcome === 'approved').map((p) => measurePath(procedure, p));
  const fold = (pick: (m: (typeof all)[number]) => number, f: (...xs: number[]) => number) => all.map(pick).reduce((a, b) => f(a, b));
  return {
    paths: all.length,
    minTime: fold((m) => m.time.min, Math.min),
    maxTime: fold((m) => m.time.max, Math.max),
    minSteps: fold((m) => m.steps, Math.min),
    maxSteps: fold((m) => m.steps, Math.max),
    maxTrips: fold((m) => m.trips, Math.max),
    maxFees: fold((m) => m.fees, Math.max),
    maxProbability: fold((m) => m.probability, Math.max),
  };
}

/** The figures on which two results differ, as "name: exact vs enumerated". */
export function differences(exact: Figures, enumerated: Figures): string[] {
  return (Object.keys(exact) as Array<keyof Figures>)
    .filter((key) => Math.abs(exact[key] - enumerated[key]) > TOLERANCE * Math.max(1, Math.abs(exact[key])))
    .map((key) => `${key}: exact ${exact[key]} vs enumerated ${enumerated[key]}`);
}

/** Runs the comparison and the large exact run, prints the tables, and returns the exit code. */
export function runDiamonds(sizes: readonly number[] = SIZES, large = LARGE_SIZE): number {
  console.log(`Diamonds: exact (createTable + 7×bestPath + countPaths, best of ${REPETITIONS}) vs enumeration (enumeratePathsWithXState(p, Infinity) + measurePath), same process`);
  console.log(machineLine());
  if (!('gc' in globalThis)) console.log('(no --expose-gc: the heap column includes garbage left by the previous size and can be negative)');
  console.log();
  const rows: Array<Array<string | number>> = [];
  const figureRows: Array<Array<string | number>> = [];
  let failures = 0;
  for (const n of sizes) {
    const procedure = loadDiamonds(n);
    const exact = timeBest(() => exactFigures(procedure), REPETITIONS);
    collectGarbage();
    const before = readMemory();
    const enumerated = timeBest(() => enumeratedFigures(procedure));
    const after = readMemory();
    const wrong = differences(exact.value, enumerated.value);
    if (wrong.length > 0) {
      failures++;
      console.error(`MISMATCH at N=${n}: the exact analysis and the enumeration disagree:\n  ${wrong.join('\n  ')}`);
    }
    const f = exact.value;
    rows.push([n, f.paths, fixed(exact.ms, 3), fixed(enumerated.ms, 1), `${fixed(enumerated.ms / exact.ms, 0)}×`,
      fixed(after.heapUsed - before.heapUsed, 1), fixed(after.maxRss - before.maxRss, 1), wrong.length === 0 ? 'yes' : 'NO']);
    figureRows.push([n, f.minTime, f.maxTime, f.minSteps, f.maxSteps, f.maxTrips, f.maxFees, f.maxProbability.toExponential(3)]);
  }
  console.log(formatTable(['N', 'paths', 'exact ms', 'enumeration ms', 'ratio', 'enum heap Δ MiB', 'max RSS Δ MiB', 'same'], rows));
  console.log('\nFigures (identical by both methods where "same" is yes):\n');
  console.log(formatTable(['N', 'min time', 'max time', 'min steps', 'max steps', 'max trips', 'max fees', 'max p'], figureRows));
  const loaded = timeBest(() => loadDiamonds(large), 3);
  const exact = timeBest(() => exactFigures(loaded.value), 5);
  const f = exact.value;
  console.log(`\nExact alone at N=${large} (${f.paths.toExponential(3)} paths, ${3 * large + 1} states): ` +
    `${fixed(exact.ms, 1)} ms (best of 5); loadText ${fixed(loaded.ms, 1)} ms (best of 3); ` +
    `min/max time ${f.minTime}/${f.maxTime}, max trips ${f.maxTrips}, max fees ${f.maxFees}`);
  return failures > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) process.exitCode = runDiamonds();
