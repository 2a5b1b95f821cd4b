/**
 * Runs every benchmark (`npm run bench`), each in its own node process so that one's memory does not
 * colour the other's figures, with the flags it needs: --expose-gc for clean heap readings, and a
 * 4 GiB old space because enumerating 2^16 paths with getSimplePaths holds about half a gigabyte.
 * Benchmarks of what an installed package does (start-up, simulate end to end, the catalogue) run the
 * built code: the package is built first (npm run build) when one of them is chosen.
 *
 * Run: node --import tsx bench/run.ts [startup|diamonds|catalogue|simulate|simulate-e2e|pages|state-space|fuzz …]  (npm run bench -- startup)
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';

/** A benchmark script and the node flags it runs with. */
export interface BenchScript {
  /** Name on the command line. */
  name: string;
  /** File under bench/. */
  file: string;
  /** Node flags before --import tsx. */
  flags: string[];
  /** True when it measures the built package (dist/), which is then built first. */
  built?: boolean;
}

/** Every benchmark, in the order they run. */
export const SCRIPTS: BenchScript[] = [
  { name: 'startup', file: 'startup.ts', flags: [], built: true },
  { name: 'diamonds', file: 'diamonds.ts', flags: ['--max-old-space-size=4096', '--expose-gc'] },
  { name: 'catalogue', file: 'catalogue.ts', flags: [], built: true },
  { name: 'simulate', file: 'simulate.ts', flags: [] },
  { name: 'simulate-e2e', file: 'simulate-e2e.ts', flags: [], built: true },
  { name: 'pages', file: 'pages.ts', flags: [], built: true },
  { name: 'state-space', file: 'state-space.ts', flags: ['--expose-gc'] },
  { name: 'fuzz', file: 'fuzz.ts', flags: [] },
];

/** Exit code when a name on the command line is not a benchmark. */
const EXIT_USAGE = 2;

/**
 * Runs the named benchmarks (all when none is named) one after another and returns the first non-zero
 * exit code, or 0.
 * @example runBenchmarks(['diamonds'])
 */
export function runBenchmarks(names: readonly string[]): number {
  const unknown = names.filter((name) => !SCRIPTS.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark ${unknown.join(', ')}; expected one of: ${SCRIPTS.map((s) => s.name).join(', ')}`);
    return EXIT_USAGE;
  }
  const chosen = names.length === 0 ? SCRIPTS : SCRIPTS.filter((s) => names.includes(s.name));
  let exitCode = 0;
  if (chosen.some((s) => s.built)) {
    console.log('\n$ npm run build\n');
    const build = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'scripts', 'build.ts')], { stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }
  for (const script of chosen) {
    const file = join(import.meta.dirname, script.file);
    const args = [...script.flags, '--import', 'tsx', file];
    console.log(`\n$ node ${[...args.slice(0, -1), relative(process.cwd(), file)].join(' ')}\n`);
    const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
    const code = result.status ?? 1;
    if (code !== 0) {
      console.error(`\n${script.name} failed (exit ${code}${result.signal ? `, ${result.signal}` : ''})`);
      exitCode ||= code;
    }
  }
  return exitCode;
}

process.exitCode = runBenchmarks(process.argv.slice(2));
