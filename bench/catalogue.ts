/**
 * Validating and analysing a whole catalogue: 10,000 seeded synthetic procedures (generate-catalogue.ts)
 * are written to bench/out/catalogue/ (and kept while seed, count and generator stay the same), then
 * checked as wujian checks many files, by the built package in a plain Node process of its own
 * (catalogue-child.js): in threads (checkInThreads: this thread and a worker on the 2-core machine),
 * each file read, parsed, schema- and semantically checked and analysed. Wall time, the CPU time of all
 * threads and that process's peak memory are printed against the targets. Every file must validate
 * with no error, which proves the generator and the validator agree; the script exits non-zero with
 * the first diagnostics otherwise.
 *
 * Run: node --import tsx bench/catalogue.ts [count]   (npm run bench -- catalogue builds first)
 * Profile: WUJIAN_BENCH_DIR=bench/out/catalogue node --cpu-prof --cpu-prof-dir=bench/out/profile bench/catalogue-child.js
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { findYamlFiles } from '../src/model/files.js';
import { ROOT } from './built.js';
import { CATALOGUE_DIR, CATALOGUE_SEED, ensureCatalogue } from './generate-catalogue.js';
import { describeDiagnostics, fixed, formatTable, isMain, machineLine } from './support.js';

/** The figures of one catalogue run. */
export interface CatalogueFigures {
  /** Procedures validated and analysed. */
  count: number;
  /** Threads that checked files, this one included. */
  threads: number;
  /** Seconds from the first file handed out to the last analysis back. */
  seconds: number;
  /** CPU seconds of every thread (user + system): up to threads × seconds. */
  cpu: number;
  /** Warnings the validator reported (errors stop the run). */
  warnings: number;
  /** Largest resident set size of the timed process, its worker included, in MiB. */
  maxRss: number;
}

/** Default catalogue size. */
export const CATALOGUE_SIZE = 10_000;
/** Targets of issue 13 for 10,000 procedures on the 2-core machine. */
export const CATALOGUE_TARGETS = { seconds: 6, maxRssMiB: 400 };
/** What the timed process (catalogue-child.js) sends back besides the figures. */
interface ChildReport extends CatalogueFigures {
  steps: number;
  medianPaths: number;
  maxPaths: number;
  findings: number;
  failed: number;
  shown: Array<{ file: string; diagnostics: Diagnostic[] }>;
}

/** Throws with the first diagnostics when any file was not a valid, analysed procedure. */
function requireValid(report: ChildReport): void {
  if (report.failed > 0) {
    const shown = report.shown.map((e) => describeDiagnostics(e.diagnostics, readFileSync(e.file, 'utf8')));
    throw new Error(`${report.failed} of ${report.count} generated files did not validate (generator and validator disagree):\n${shown.join('\n')}`);
  }
}

/**
 * Generates the catalogue, then times validating and analysing all of it in threads, in a plain Node
 * process running the built package (catalogue-child.js): its peak memory is wujian's alone.
 */
export async function runCatalogue(count = CATALOGUE_SIZE): Promise<CatalogueFigures> {
  const start = performance.now();
  const wrote = ensureCatalogue({ count, dir: CATALOGUE_DIR, seed: CATALOGUE_SEED });
  const { files } = findYamlFiles([CATALOGUE_DIR]);
  if (files.length !== count) throw new Error(`${CATALOGUE_DIR} holds ${files.length} YAML files, expected ${count}; delete the folder to regenerate it`);
  const how = wrote ? `generated in ${fixed((performance.now() - start) / 1000)} s` : 'reused (same seed, count and generator)';
  console.log(`Catalogue: ${files.length} procedures (seed ${CATALOGUE_SEED}) ${how} in ${relative(process.cwd(), CATALOGUE_DIR)}`);
  console.log(`${machineLine()}\n`);
  if (!existsSync(join(ROOT, 'dist', 'catalogue', 'pool.js'))) throw new Error('dist/ is missing: run npm run build first (npm run bench builds before measuring)');
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'catalogue-child.js')], {
    encoding: 'utf8',
    env: { ...process.env, WUJIAN_BENCH_DIR: CATALOGUE_DIR },
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`the timed process failed (exit ${child.status}):\n${child.stderr}`);
  const report = JSON.parse(child.stdout) as ChildReport;
  requireValid(report);
  console.log(`Model: ${fixed(report.steps / report.count, 1)} steps a procedure on average; approval paths a procedure: median ${report.medianPaths}, max ${report.maxPaths}; ` +
    `${report.findings} findings\n`);
  const { count: done, threads, seconds, cpu, warnings, maxRss } = report;
  return { count: done, threads, seconds, cpu, warnings, maxRss };
}

/** Prints the figures of a run with the targets. */
export function printCatalogue(f: CatalogueFigures): void {
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(formatTable(['procedures', 'threads', 'seconds', 'CPU s (all threads)', 'ms/procedure (CPU)', 'peak RSS MiB'], [
    [f.count, f.threads, fixed(f.seconds), fixed(f.cpu), fixed((f.cpu * 1000) / f.count, 2), fixed(f.maxRss, 0)],
  ]));
  console.log(`\n${f.count} procedures validated and analysed, ${f.warnings} warnings, 0 errors.`);
  console.log(`Targets for ${CATALOGUE_SIZE.toLocaleString('en-US')}: < ${CATALOGUE_TARGETS.seconds} s (${verdict(f.seconds < CATALOGUE_TARGETS.seconds)}), ` +
    `< ${CATALOGUE_TARGETS.maxRssMiB} MB peak (${verdict(f.maxRss < CATALOGUE_TARGETS.maxRssMiB)}).`);
}

if (isMain(import.meta.url)) printCatalogue(await runCatalogue(Number(process.argv[2] ?? CATALOGUE_SIZE)));
