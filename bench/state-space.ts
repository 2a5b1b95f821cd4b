/**
 * The state space of correction loops: a chain of N review steps, each of which may send the case back
 * to the application once (`CORRECT: { target: apply, p: 0.1, max: 1 }`). Counted on their own, the
 * loops' counters make (N + 1)·2^N + 1 unrolled nodes; with a shared budget (`maxCorrections: 1`,
 * 一次性告知) there are 2N + 3. For each N the script prints the nodes, the time and memory of loading (which checks
 * the state space against MAX_UNROLLED_NODES) and of the exact analysis, or the diagnostic that stops it,
 * and the time of a 100,000-case simulation, which needs no unrolled graph.
 *
 * Run: node --expose-gc --import tsx bench/state-space.ts [N …]   (npm run bench -- state-space)
 */
import { analyzeProcedure } from '../src/analysis/measures.js';
import { simulateProcedure } from '../src/analysis/simulate/index.js';
import { MAX_UNROLLED_NODES, unrollRegion } from '../src/model/counters.js';
import { loadText } from '../src/model/load.js';
import type { Procedure } from '../src/model/types.js';
import { collectGarbage, fixed, formatTable, isMain, machineLine, readMemory, timeBest } from './support.js';

/** Chain lengths measured unless others are given. */
export const SIZES = [8, 12, 14, 16, 20, 40];
/** Cases of the simulation. */
const RUNS = 100_000;

/**
 * A procedure of `n` review steps after an application, each with a one-time correction back to the
 * application, as YAML text; with `budget`, the process shares that many corrections among them.
 * @example correctionChain(20, 1) // the 20-step chain of issue 17, bounded by 一次性告知
 */
export function correctionChain(n: number, budget?: number): string {
  const lines = [`id: chain-${n}`, `name: 补正链 ${n}`, 'version: { label: 基准 }', 'materials:', '  - { id: form, name: 申请表 }', 'process:'];
  if (budget !== undefined) lines.push(`  maxCorrections: ${budget}`);
  lines.push('  initial: apply', '  states:', '    apply: { name: 申请, actor: applicant, trips: 1, materials: [form], on: { SUBMIT: r1 } }');
  for (let k = 1; k <= n; k++) {
    const next = k < n ? `r${k + 1}` : 'issued';
    lines.push(`    r${k}: { name: 审查 ${k}, duration: { min: 1, mode: 2, max: 3 }, on: { PASS: ${next}, CORRECT: { target: apply, p: 0.1, max: 1 } } }`);
  }
  lines.push('    issued: { type: final, name: 办结, outcome: approved }');
  return lines.join('\n') + '\n';
}

async function measure(n: number, budget: number | undefined): Promise<Array<string | number>> {
  collectGarbage();
  const loaded = timeBest(() => loadText(`chain-${n}.yaml`, correctionChain(n, budget)));
  const result = loaded.value;
  const simulated = loadText(`chain-${n}.yaml`, correctionChain(n, budget), { simulation: true }).document as Procedure;
  const started = performance.now();
  await simulateProcedure(simulated, { runs: RUNS, seed: 1 });
  const simulateMs = performance.now() - started;
  const label = budget === undefined ? 'none' : String(budget);
  if (!result.document) {
    const codes = result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`).join(', ');
    return [n, label, `> ${MAX_UNROLLED_NODES.toLocaleString('en-US')}`, fixed(loaded.ms, 0), '—', fixed(readMemory().maxRss, 0), fixed(simulateMs, 0), codes];
  }
  const procedure = result.document as Procedure;
  const nodes = unrollRegion(procedure.process)!.length;
  const analysed = timeBest(() => analyzeProcedure(procedure));
  return [n, label, nodes.toLocaleString('en-US'), fixed(loaded.ms, 0), fixed(analysed.ms, 0), fixed(readMemory().maxRss, 0), fixed(simulateMs, 0), `slowest ${analysed.value.time.slowest?.elapsed} days`];
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(machineLine());
  console.log(`Unrolled-node limit ${MAX_UNROLLED_NODES.toLocaleString('en-US')}; simulation ${RUNS.toLocaleString('en-US')} cases, fast engine.\n`);
  const rows: Array<Array<string | number>> = [];
  for (const n of sizes.length > 0 ? sizes : SIZES) {
    for (const budget of [undefined, 1]) rows.push(await measure(n, budget));
  }
  console.log(formatTable(['N', 'budget', 'nodes', 'load ms', 'analyze ms', 'peak RSS MiB', 'simulate ms', 'result'], rows));
}

if (isMain(import.meta.url)) await main();
