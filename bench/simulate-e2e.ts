/**
 * `wujian simulate --runs 10000000` end to end, as an installed package runs it (the built CLI, its
 * JSON written to a pipe): wall time and peak memory of the process, against the targets, with the
 * same command at 100,000 runs beside it to show what the ten million cost.
 *
 * Run: node --import tsx bench/simulate-e2e.ts [file]   (npm run bench -- simulate-e2e builds first)
 */
import { join } from 'node:path';
import { ROOT, runBuilt } from './built.js';
import { fixed, formatTable, isMain, machineLine } from './support.js';

/** Targets of issue 13 for ten million runs. */
export const SIMULATE_TARGETS = { seconds: 4, maxRssMiB: 300 };

/** The procedure simulated unless another is named: 7.5 steps a case. */
const DEFAULT_FILE = join('processes', 'food-business-licence', 'before.yaml');

function main(file: string): void {
  console.log(machineLine());
  const rows = [100_000, 10_000_000].map((runs) => {
    const run = runBuilt(['simulate', file, '--runs', String(runs), '--format', 'json'], ROOT);
    if (run.status !== 0) throw new Error(`wujian simulate exited with ${run.status}:\n${run.stderr}`);
    return { runs, run };
  });
  console.log(`wujian simulate ${file} --runs N --format json (seed 42, fast engine), one run each:\n`);
  console.log(formatTable(['runs', 'seconds', 'peak RSS MiB'], rows.map(({ runs, run }) => [runs.toLocaleString('en-US'), fixed(run.ms / 1000), fixed(run.maxRssMiB, 0)])));
  const big = rows[1]!.run;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nTargets for 10,000,000 runs: < ${SIMULATE_TARGETS.seconds} s (${verdict(big.ms / 1000 < SIMULATE_TARGETS.seconds)}), < ${SIMULATE_TARGETS.maxRssMiB} MB peak (${verdict(big.maxRssMiB < SIMULATE_TARGETS.maxRssMiB)}).`);
}

if (isMain(import.meta.url)) main(process.argv[2] ?? DEFAULT_FILE);
