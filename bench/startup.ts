/**
 * Start-up of the built CLI (as installed): `wujian --version` against `node -e 0` started the same
 * number of times in turn with it, and `wujian validate` of one bundled procedure. Medians of
 * interleaved runs, so a busy machine slows every command alike.
 *
 * Run: node --import tsx bench/startup.ts [runs, default 21]   (npm run bench -- startup builds first)
 */
import { join } from 'node:path';
import { BUILT_CLI, median, ROOT, timeSpawns } from './built.js';
import { fixed, formatTable, isMain, machineLine } from './support.js';

/** Targets of issue 13. */
export const STARTUP_TARGETS = { versionOverNodeMs: 150, validateMs: 300 };

/** Median milliseconds of node -e 0, wujian --version and wujian validate <one file>. */
export function measureStartup(runs: number): { node: number; version: number; validate: number } {
  const file = join(ROOT, 'processes', 'food-business-licence', 'before.yaml');
  const times = timeSpawns({ node: ['-e', '0'], version: [BUILT_CLI, '--version'], validate: [BUILT_CLI, 'validate', file] }, runs);
  return { node: median(times.node!), version: median(times.version!), validate: median(times.validate!) };
}

function main(runs: number): void {
  console.log(machineLine());
  const m = measureStartup(runs);
  const over = m.version - m.node;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`${runs} interleaved runs of each, medians:\n`);
  console.log(formatTable(['command', 'ms', 'target', ''], [
    ['node -e 0 (baseline)', fixed(m.node, 0), '', ''],
    ['wujian --version', fixed(m.version, 0), `node + ${STARTUP_TARGETS.versionOverNodeMs}`, `${verdict(over <= STARTUP_TARGETS.versionOverNodeMs)} (+${fixed(over, 0)} ms)`],
    ['wujian validate <one file>', fixed(m.validate, 0), `< ${STARTUP_TARGETS.validateMs}`, verdict(m.validate < STARTUP_TARGETS.validateMs)],
  ]));
}

if (isMain(import.meta.url)) main(Number(process.argv[2] ?? 21));
