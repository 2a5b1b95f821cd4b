/**
 * `npm run web:data`: writes web/public/data/cases.json, the cases the served app shows, from every
 * before/after pair in processes/ (each item, and the open-restaurant bundle first): compared,
 * simulated (seeded) and drawn by createCase. A targets.yaml beside a pair (schemas/targets.schema.json)
 * gives the reform targets its dashboard marks 达标 / 未达标.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFiles } from '../../src/model/load.js';
import { resolveBundle } from '../../src/model/resolve-bundle.js';
import { loadTargetsFile, type Target } from '../../src/model/targets.js';
import { createCase, type CaseSide, type PresentationCase } from '../../src/report/presentation.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'web', 'public', 'data', 'cases.json');

/** Loads one version (a bundle with its items); throws with the first error's place when it does not validate. */
function loadSide(file: string): CaseSide {
  const [result] = loadFiles([file]);
  const error = result?.diagnostics.find((d) => d.severity === 'error');
  const document = result?.document;
  if (!document || error) throw new Error(`${file}${error ? `:${error.line}:${error.column} [${error.code}]` : ''}: does not validate (npx wujian validate ${file})`);
  if (document.kind === 'procedure') return document;
  const resolved = resolveBundle(document);
  const itemError = resolved.diagnostics.find((d) => d.severity === 'error');
  if (itemError) throw new Error(`${itemError.file}:${itemError.line}:${itemError.column} [${itemError.code}]: an item of ${file} does not validate`);
  return { bundle: document, items: resolved.items };
}

/** The targets of a pair folder, from its targets.yaml when there is one. */
function loadTargets(folder: string): Target[] {
  const file = join(folder, 'targets.yaml');
  if (!existsSync(file)) return [];
  const { targets, diagnostics } = loadTargetsFile(file);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error) throw new Error(`${file}:${error.line}:${error.column} [${error.code}]: the targets do not validate`);
  return targets;
}

async function main(): Promise<void> {
  // Paths relative to the repository, so the JSON names files as a reader of processes/ sees them.
  process.chdir(ROOT);
  const cases: PresentationCase[] = [];
  for (const id of readdirSync('processes').sort()) {
    const before = join('processes', id, 'before.yaml');
    const after = join('processes', id, 'after.yaml');
    if (!existsSync(before) || !existsSync(after)) continue;
    const targets = loadTargets(join('processes', id));
    cases.push(await createCase({ id, before: loadSide(before), after: loadSide(after), compare: { targets } }));
  }
  // The bundle first: it is the showcase.
  cases.sort((a, b) => Number(b.id === 'open-restaurant') - Number(a.id === 'open-restaurant'));
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ cases }));
  console.error(`web:data: ${cases.length} cases → ${relative(ROOT, OUT)}`);
}

main().catch((error: unknown) => {
  console.error(`web:data: ${(error as Error).message}`);
  process.exitCode = 1;
});
