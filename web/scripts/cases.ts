/**
 * `npm run web:data`: writes web/public/data/cases.json, the cases the served app shows (for
 * `npm run dev:web`), from every before/after pair in processes/ — the same cases `wujian view`
 * serves, built by the same code (buildCases: compared, simulated with a seed, drawn; a targets.yaml
 * beside a pair gives the targets its dashboard marks 达标 / 未达标), with the catalogue of reform
 * opportunities across processes/ (buildCatalogue).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCases, buildCatalogue, loadPairs } from '../../src/cli/commands/cases.js';
import { createMemoryIO } from '../../src/cli/io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'web', 'public', 'data', 'cases.json');

const io = createMemoryIO(ROOT);
const { pairs, files, failed } = loadPairs(['processes'], 'zh', io);
const built = failed ? undefined : await buildCases(pairs, 'zh', io);
if (built) built.document.catalogue = await buildCatalogue(files, io);
if (!built) {
  process.stderr.write(io.stderr);
  process.exitCode = 1;
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(built.document));
  process.stderr.write(`web:data: ${built.document.cases.length} cases → ${relative(ROOT, OUT)}\n`);
}
