/**
 * Validating and analysing a whole catalogue: 10,000 seeded synthetic procedures (generate-catalogue.ts)
 * are written to bench/out/catalogue/ (and kept while seed, count and generator stay the same), then
 * timed through loadFiles (read + parse + schema + semantic checks) and analyzeProcedure for each.
 * Every file must validate with no error, which proves the generator and the validator agree; the
 * script exits non-zero with the first diagnostics otherwise.
 *
 * Run: node --expose-gc --import tsx bench/catalogue.ts [count]
 * Profile: node --cpu-prof --cpu-prof-dir=bench/out/profile --import tsx bench/catalogue.ts
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadFiles, type LoadResult } from '../src/model/load.js';
import { findYamlFiles } from '../src/model/files.js';
import type { Procedure } from '../src/model/types.js';
import { analyzeProcedure } from '../src/analysis/measures.js';
import type { ProcedureAnalysis } from '../src/analysis/types.js';
import { CATALOGUE_DIR, CATALOGUE_SEED, ensureCatalogue } from './generate-catalogue.js';
import { collectGarbage, describeDiagnostics, fixed, formatTable, isMain, machineLine, readMemory } from './support.js';

/** The figures of one catalogue run. */
export interface CatalogueFigures {
  /** Procedures validated and analysed. */
  count: number;
  /** Seconds in loadFiles: read, parse, schema and semantic checks. */
  loadSeconds: number;
  /** Seconds in analyzeProcedure over every procedure. */
  analyzeSeconds: number;
  /** CPU seconds (user + system) of each stage: below the wall time when other processes share the cores. */
  cpu: { load: number; analyze: number };
  /** Warnings the validator reported (errors stop the run). */
  warnings: number;
  /** Largest heapUsed seen at the samples, in MiB. */
  peakHeap: number;
  /** Largest resident set size of the process, in MiB. */
  maxRss: number;
}

/** Default catalogue size. */
export const CATALOGUE_SIZE = 10_000;
/** Analyses between two heap samples. */
const SAMPLE_EVERY = 250;
/** Invalid files shown when the generator and the validator disagree. */
const SHOWN_FAILURES = 3;

/** Keeps the largest heapUsed seen. */
function createHeapSampler() {
  let peak = 0;
  return { sample: () => (peak = Math.max(peak, readMemory().heapUsed)), peak: () => peak };
}

/** The procedures of valid results; throws with the first diagnostics when any file has an error. */
export function requireValid(results: readonly LoadResult[]): Procedure[] {
  const failed = results.filter((r) => r.document?.kind !== 'procedure');
  if (failed.length > 0) {
    const shown = failed.slice(0, SHOWN_FAILURES).map((r) => describeDiagnostics(r.diagnostics, readFileSync(r.file, 'utf8')));
    throw new Error(`${failed.length} of ${results.length} generated files did not validate (generator and validator disagree):\n${shown.join('\n')}`);
  }
  return results.map((r) => r.document as Procedure);
}

/** Generates the catalogue, then times validation and analysis of all of it. */
export function runCatalogue(count = CATALOGUE_SIZE): CatalogueFigures {
  const start = performance.now();
  const wrote = ensureCatalogue({ count, dir: CATALOGUE_DIR, seed: CATALOGUE_SEED });
  const { files } = findYamlFiles([CATALOGUE_DIR]);
  if (files.length !== count) throw new Error(`${CATALOGUE_DIR} holds ${files.length} YAML files, expected ${count}; delete the folder to regenerate it`);
  const how = wrote ? `generated in ${fixed((performance.now() - start) / 1000)} s` : 'reused (same seed, count and generator)';
  console.log(`Catalogue: ${files.length} procedures (seed ${CATALOGUE_SEED}) ${how} in ${relative(process.cwd(), CATALOGUE_DIR)}`);
  console.log(`${machineLine()}\n`);
  const heap = createHeapSampler();
  collectGarbage();
  heap.sample();
  const loadStart = performance.now();
  const loadCpu = process.cpuUsage();
  const results = loadFiles(files);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const loadCpuSeconds = cpuSeconds(loadCpu);
  heap.sample();
  const procedures = requireValid(results);
  const analyses: ProcedureAnalysis[] = [];
  const analyzeStart = performance.now();
  const analyzeCpu = process.cpuUsage();
  for (const procedure of procedures) {
    analyses.push(analyzeProcedure(procedure));
    if (analyses.length % SAMPLE_EVERY === 0) heap.sample();
  }
  const analyzeSeconds = (performance.now() - analyzeStart) / 1000;
  const analyzeCpuSeconds = cpuSeconds(analyzeCpu);
  heap.sample();
  const steps = analyses.reduce((sum, a) => sum + a.steps.model, 0);
  const paths = analyses.map((a) => a.paths.approvalPaths);
  console.log(`Model: ${fixed(steps / analyses.length, 1)} steps a procedure on average; approval paths a procedure: median ${median(paths)}, max ${Math.max(...paths)}; ` +
    `${analyses.reduce((sum, a) => sum + a.findings.length, 0)} findings\n`);
  return {
    count: analyses.length,
    loadSeconds,
    analyzeSeconds,
    cpu: { load: loadCpuSeconds, analyze: analyzeCpuSeconds },
    warnings: results.reduce((sum, r) => sum + r.diagnostics.length, 0),
    peakHeap: heap.peak(),
    maxRss: readMemory().maxRss,
  };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Prints the figures of a run as a table by stage, with memory under it. */
export function printCatalogue(f: CatalogueFigures): void {
  const total = f.loadSeconds + f.analyzeSeconds;
  const row = (stage: string, seconds: number, cpu: number) =>
    [stage, fixed(seconds), fixed(cpu), fixed(f.count / seconds, 0), fixed((seconds * 1000) / f.count, 2)];
  console.log(formatTable(['stage', 'seconds', 'CPU s', 'procedures/s', 'ms/procedure'], [
    row('read+parse+validate (loadFiles)', f.loadSeconds, f.cpu.load),
    row('analyze (analyzeProcedure)', f.analyzeSeconds, f.cpu.analyze),
    row('total', total, f.cpu.load + f.cpu.analyze),
  ]));
  console.log(`\n${f.count} procedures, ${f.warnings} warnings, 0 errors; peak heapUsed (sampled) ${fixed(f.peakHeap, 0)} MiB; maxRSS ${fixed(f.maxRss, 0)} MiB`);
}

if (isMain(import.meta.url)) printCatalogue(runCatalogue(Number(process.argv[2] ?? CATALOGUE_SIZE)));
