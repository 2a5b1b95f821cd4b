/**
 * The timed part of bench/catalogue.ts, in a process of its own that runs only the built package, as
 * `wujian` does once installed: no tsx, whose loader thread held about 50 MB of the benchmark's own
 * process and counted in its peak. Checks the YAML files under $WUJIAN_BENCH_DIR in threads
 * (checkInThreads, analyse: true) and prints one line of JSON: the figures, what the model held, and
 * the first files that did not validate with their diagnostics.
 *
 * Plain JavaScript, as Node runs it without a loader; bench/catalogue.ts starts it.
 */
import { availableParallelism } from 'node:os';

const { checkInThreads } = await import('../dist/catalogue/pool.js');
const { findYamlFiles } = await import('../dist/model/files.js');

/** Invalid files sent back when the generator and the validator disagree. */
const SHOWN_FAILURES = 3;

const { files } = findYamlFiles([process.env.WUJIAN_BENCH_DIR]);
const cpuStart = process.cpuUsage();
const started = performance.now();
const entries = await checkInThreads(files, { analyze: true });
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpuStart);
const failed = entries.filter((e) => e.kind !== 'procedure' || !e.analysis);
const analyses = entries.flatMap((e) => (e.analysis ? [e.analysis] : []));
const paths = analyses.map((a) => a.paths.approvalPaths).sort((a, b) => a - b);
const figures = {
  count: entries.length,
  threads: availableParallelism(),
  seconds,
  cpu: (used.user + used.system) / 1e6,
  warnings: entries.reduce((sum, e) => sum + e.diagnostics.length, 0),
  maxRss: process.resourceUsage().maxRSS / 1024,
  steps: analyses.reduce((sum, a) => sum + a.steps.model, 0),
  medianPaths: paths[paths.length >> 1] ?? 0,
  maxPaths: paths.at(-1) ?? 0,
  findings: analyses.reduce((sum, a) => sum + a.findings.length, 0),
  failed: failed.length,
  shown: failed.slice(0, SHOWN_FAILURES).map((e) => ({ file: e.file, diagnostics: e.diagnostics })),
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
