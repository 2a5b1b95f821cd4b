/**
 * What both benchmarks share: timing, memory readings, a plain-text table, and the "run me when I am
 * the script node was given" test. Benchmarks print figures; they are never timed tests.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { formatDiagnostic } from '../src/report/diagnostics.js';

/** A memory reading in mebibytes. */
export interface MemoryReading {
  /** V8 heap in use. */
  heapUsed: number;
  /** Resident set size now. */
  rss: number;
  /** Largest resident set size the process has had (process.resourceUsage().maxRSS). */
  maxRss: number;
}

/** A timed run: what the function returned and how long it took. */
export interface Timed<T> {
  /** The function's result (of the last repetition). */
  value: T;
  /** Milliseconds of the fastest repetition. */
  ms: number;
}

const MIB = 1024 * 1024;

/** Runs `fn` `repetitions` times and keeps the fastest time (the others absorb JIT warm-up and GC). */
export function timeBest<T>(fn: () => T, repetitions = 1): Timed<T> {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { value, ms: best };
}

/** Collects garbage when node runs with --expose-gc, so heap readings start from live data only. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Reads heap, RSS and peak RSS now, in MiB. */
export function readMemory(): MemoryReading {
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed: heapUsed / MIB, rss: rss / MIB, maxRss: process.resourceUsage().maxRSS / 1024 };
}

/**
 * Renders rows under a header, numbers right-aligned, with a rule under the header.
 * @example formatTable(['N', 'ms'], [[4, '0.01']])
 */
export function formatTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The machine and how busy it is: figures taken while other processes share the cores are slower. */
export function machineLine(): string {
  const [one] = loadavg();
  return `Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average ${fixed(one ?? 0)} at start`;
}

/** Formats a number with `digits` decimals. */
export function fixed(n: number, digits = 2): string {
  return n.toFixed(digits);
}

/** Diagnostics as English text with code frames, for a benchmark that must stop on an invalid file. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[], source: string): string {
  return diagnostics.map((d) => formatDiagnostic(d, 'en', () => source)).join('\n');
}

/** True when the module at `url` is the script node was started with (`node --import tsx <file>`). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(url);
}
