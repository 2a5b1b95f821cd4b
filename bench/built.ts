/**
 * Running the built package (npm run build: dist/ and the web builds), as an installed package runs:
 * start-up, simulate and the catalogue are measured on compiled JavaScript, not on tsx's transpiling.
 * bench/run.ts builds before the benchmarks that need it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..');

/** The compiled CLI entry, which bin/wujian.js runs in an installed package. */
export const BUILT_CLI = join(ROOT, 'dist', 'cli', 'bin.js');

/** A module of dist/, imported as an installed package would import it (typed by its source). */
export async function importBuilt<T>(path: string): Promise<T> {
  const file = join(ROOT, 'dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first (npm run bench builds before measuring)`);
  return (await import(pathToFileURL(file).href)) as T;
}

/** One run of the built CLI. */
export interface BuiltRun {
  /** Exit status. */
  status: number | null;
  /** Milliseconds from spawning to exit. */
  ms: number;
  /** The child's peak resident set size in MiB, as it reported at exit. */
  maxRssMiB: number;
  /** CPU milliseconds (user + system) of the child, all its threads, as it reported at exit. */
  cpuMs: number;
  /** What it wrote to standard error. */
  stderr: string;
}

/** A module preloaded into the measured process: writes its peak RSS (KiB) and CPU time (µs) to $WUJIAN_BENCH_RSS at exit. */
const RSS_HOOK = 'data:text/javascript,' + encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(process.env.WUJIAN_BENCH_RSS,JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime]))})",
);

/** Runs `wujian args…` from dist/ in `cwd` and measures it (wall time, peak memory). */
export function runBuilt(args: readonly string[], cwd = ROOT): BuiltRun {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'wujian-bench-'));
  const rssFile = join(dir, 'rss');
  try {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', RSS_HOOK, BUILT_CLI, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, WUJIAN_BENCH_RSS: rssFile },
      maxBuffer: 1 << 28,
    });
    const ms = performance.now() - started;
    const [rssKiB, cpuUs] = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as [number, number]) : [NaN, NaN];
    return { status: child.status, ms, maxRssMiB: rssKiB / 1024, cpuMs: cpuUs / 1000, stderr: child.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds of `runs` spawns of `node args…`, run in turn with the others so that load affects all alike. */
export function timeSpawns(commands: Record<string, readonly string[]>, runs: number, cwd = ROOT): Record<string, number[]> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      const child = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
      if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${child.status}`);
      times[name]!.push(performance.now() - started);
    }
  }
  return times;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
