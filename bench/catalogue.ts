/**
 * Validating and analysing a whole catalogue: 10,000 seeded synthetic procedures (generate-catalogue.ts)
 * are written to bench/out/catalogue/ (and kept while seed, count and generator stay the same), then
 * checked as wujian checks many files: in threads (checkInThreads, from the built package: this thread and
 * a worker on the 2-core machine), each
 * file read, parsed, schema- and semantically checked and analysed, the analyses sent back. Wall time,
 * the CPU time of all threads and the process's peak memory are printed against the targets. Every
 * file must validate with no error, which proves the generator and the validator agree; the script
 * exits non-zero with the first diagnostics otherwise.
 *
 * Run: node --import tsx bench/catalogue.ts [count]   (npm run bench -- catalogue builds first)
 * Profile: node --cpu-prof --cpu-prof-dir=bench/out/profile --import tsx bench/catalogue.ts
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { CatalogueEntry } from '../src/catalogue/types.js';
import { findYamlFiles } from '../src/model/files.js';
import { importBuilt } from './built.js';
import { CATALOGUE_DIR, CATALOGUE_SEED, ensureCatalogue } from './generate-catalogue.js';
import { describeDiagnostics, fixed, formatTable, isMain, machineLine, readMemory } from './support.js';

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
  /** Largest resident set size of the process, workers included, in MiB. */
  maxRss: number;
}

/** Default catalogue size. */
export const CATALOGUE_SIZE = 10_000;
/** Targets of issue 13 for 10,000 procedures on the 2-core machine. */
export const CATALOGUE_TARGETS = { seconds: 6, maxRssMiB: 400 };
/** Invalid files shown when the generator and the validator disagree. */
const SHOWN_FAILURES = 3;

/** Throws with the first diagnostics when any file is not a valid, analysed procedure. */
export function requireValid(entries: readonly CatalogueEntry[]): void {
  const failed = entries.filter((e) => e.kind !== 'procedure' || !e.analysis);
  if (failed.length > 0) {
    const shown = failed.slice(0, SHOWN_FAILURES).map((e) => describeDiagnostics(e.diagnostics, readFileSync(e.file, 'utf8')));
    throw new Error(`${failed.length} of ${entries.length} generated files did not validate (generator and validator disagree):\n${shown.join('\n')}`);
  }
}

/** Generates the catalogue, then times validating and analysing all of it in threads. */
export async function runCatalogue(count = CATALOGUE_SIZE): Promise<CatalogueFigures> {
  const start = performance.now();
  const wrote = ensureCatalogue({ count, dir: CATALOGUE_DIR, seed: CATALOGUE_SEED });
  const { files } = findYamlFiles([CATALOGUE_DIR]);
  if (files.length !== count) throw new Error(`${CATALOGUE_DIR} holds ${files.length} YAML files, expected ${count}; delete the folder to regenerate it`);
  const how = wrote ? `generated in ${fixed((performance.now() - start) / 1000)} s` : 'reused (same seed, count and generator)';
  console.log(`Catalogue: ${files.length} procedures (seed ${CATALOGUE_SEED}) ${how} in ${relative(process.cwd(), CATALOGUE_DIR)}`);
  console.log(`${machineLine()}\n`);
  const { checkInThreads } = await importBuilt<typeof import('../src/catalogue/pool.js')>('catalogue/pool.js');
  const { availableParallelism } = await import('node:os');
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const entries = await checkInThreads(files, { analyze: true });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpuStart);
  requireValid(entries);
  const steps = entries.reduce((sum, e) => sum + e.analysis!.steps.model, 0);
  const paths = entries.map((e) => e.analysis!.paths.approvalPaths).sort((a, b) => a - b);
  console.log(`Model: ${fixed(steps / entries.length, 1)} steps a procedure on average; approval paths a procedure: median ${paths[paths.length >> 1]}, max ${paths.at(-1)}; ` +
    `${entries.reduce((sum, e) => sum + e.analysis!.findings.length, 0)} findings\n`);
  return {
    count: entries.length,
    threads: availableParallelism(),
    seconds,
    cpu: (used.user + used.system) / 1e6,
    warnings: entries.reduce((sum, e) => sum + e.diagnostics.length, 0),
    maxRss: readMemory().maxRss,
  };
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
