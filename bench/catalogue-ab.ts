/**
 * This build against another, on the catalogue, in one process: each procedure checked and analysed
 * as a catalogue worker does (checkCatalogueFile), in chunks of files handed to the two builds by turns,
 * the first of each pair alternating, so that the host's drift (20–40 % from one quarter of an hour to
 * the next on the 2-core machine) falls on both alike. Prints the microseconds a procedure each build
 * took and their ratio, and the same for this build against itself: the method's own noise, against
 * which a ratio is read.
 *
 * The other build is a folder holding a built package (its dist/, with node_modules beside it or above
 * it), e.g. a worktree of the last release after `npm run build`.
 *
 * Run: npm run build && node --import tsx bench/catalogue-ab.ts <other package folder> [files]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { checkCatalogueFile } from '../src/catalogue/check.js';
import { findYamlFiles } from '../src/model/files.js';
import { ROOT } from './built.js';
import { CATALOGUE_DIR, CATALOGUE_SEED, ensureCatalogue } from './generate-catalogue.js';
import { fixed, formatTable, isMain, machineLine } from './support.js';

type Check = typeof checkCatalogueFile;

/** Files a build checks before the other takes its turn. */
const CHUNK = 100;
/** Files each build checks before timing starts (both builds' code warm). */
const WARM_UP = 300;
/** Procedures checked by default, each twice by each build. */
const DEFAULT_FILES = 4000;

/** The microseconds a procedure each of two checks took, over the same files by turns. */
export function timeByTurns(a: Check, b: Check, files: readonly string[]): { a: number; b: number } {
  const options = { analyze: true };
  for (const file of files.slice(0, WARM_UP)) {
    a(file, options);
    b(file, options);
  }
  const total = { a: 0, b: 0 };
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < files.length; i += CHUNK) {
      const chunk = files.slice(i, i + CHUNK);
      const order: Array<'a' | 'b'> = (i / CHUNK + round) % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      for (const which of order) {
        const check = which === 'a' ? a : b;
        const start = performance.now();
        for (const file of chunk) check(file, options);
        total[which] += performance.now() - start;
      }
    }
  }
  const runs = files.length * 2;
  return { a: (total.a * 1000) / runs, b: (total.b * 1000) / runs };
}

/** checkCatalogueFile of the built package in `folder`. */
async function importCheck(folder: string): Promise<Check> {
  const file = join(folder, 'dist', 'catalogue', 'check.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: build that package first (npm run build)`);
  return ((await import(pathToFileURL(file).href)) as { checkCatalogueFile: Check }).checkCatalogueFile;
}

/** Times this build against the one in `other`, and against itself. */
export async function runCatalogueAB(other: string, count = DEFAULT_FILES): Promise<void> {
  ensureCatalogue({ count: Math.max(count, 10_000), dir: CATALOGUE_DIR, seed: CATALOGUE_SEED });
  const files = findYamlFiles([CATALOGUE_DIR]).files.slice(0, count);
  const here = await importCheck(ROOT);
  // The same build imported a second time (another URL, so other module instances) for the A/A line.
  const again = (await import(pathToFileURL(join(ROOT, 'dist', 'catalogue', 'check.js')).href + '?again')) as { checkCatalogueFile: Check };
  const there = await importCheck(other);
  console.log(`${files.length} catalogue procedures, each checked twice by each build, ${CHUNK} at a turn\n${machineLine()}\n`);
  const ab = timeByTurns(here, there, files);
  const aa = timeByTurns(here, again.checkCatalogueFile, files);
  console.log(
    formatTable(
      ['pair', 'this build µs/procedure', 'other µs/procedure', 'ratio'],
      [
        [`this build / ${other}`, fixed(ab.a, 0), fixed(ab.b, 0), fixed(ab.a / ab.b, 3)],
        ['this build / itself (noise)', fixed(aa.a, 0), fixed(aa.b, 0), fixed(aa.a / aa.b, 3)],
      ],
    ),
  );
}

if (isMain(import.meta.url)) {
  const [other, count] = process.argv.slice(2);
  if (!other) {
    console.error('Usage: node --import tsx bench/catalogue-ab.ts <other package folder> [files]');
    process.exit(2);
  }
  await runCatalogueAB(other, count ? Number(count) : undefined);
}
