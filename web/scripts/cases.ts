/**
 * `npm run web:data`: writes web/public/data/cases.json, the cases the served app shows, from every
 * before/after pair in processes/ (each item, and the open-restaurant bundle).
 */
import { mkdirSync, readdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFiles } from '../../src/model/load.js';
import type { Document, Procedure } from '../../src/model/types.js';
import { createCase, type CaseSide, type PresentationCase } from '../../src/report/presentation.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'web', 'public', 'data', 'cases.json');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'web', 'cases.json');

/** Loads one version; a bundle comes with its items loaded from the files it names. */
function loadSide(file: string): CaseSide {
  const [result] = loadFiles([file]);
  const document: Document | undefined = result?.document;
  if (!document) throw new Error(`${file}: does not validate (run npx wujian validate ${file})`);
  if (document.kind === 'procedure') return document;
  const items = document.items.map((item) => {
    const path = join(dirname(file), item.file ?? `../${item.id}/${file.endsWith('before.yaml') ? 'before' : 'after'}.yaml`);
    const side = loadSide(relative(ROOT, path));
    if (!('kind' in side)) throw new Error(`${path}: a bundle inside a bundle`);
    return side as Procedure;
  });
  return { bundle: document, items };
}

/** The comparison and simulations for `id` from the fixture, until the comparison engine lands. */
function getFixture(id: string): { comparison: object; simulations?: { before: object; after: object } } | undefined {
  if (!existsSync(FIXTURE)) return undefined;
  const cases = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { cases: PresentationCase[] }).cases;
  return cases.find((c) => c.id === id);
}

process.chdir(ROOT);
const cases: PresentationCase[] = [];
for (const id of readdirSync('processes').sort()) {
  const before = join('processes', id, 'before.yaml');
  const after = join('processes', id, 'after.yaml');
  if (!existsSync(before) || !existsSync(after)) continue;
  const fixture = getFixture(id);
  if (!fixture) {
    console.error(`web:data: ${id}: no comparison yet, skipped`);
    continue;
  }
  cases.push(createCase({ id, before: loadSide(before), after: loadSide(after), ...fixture }));
}
// The bundle first: it is the showcase.
cases.sort((a, b) => Number(b.id === 'open-restaurant') - Number(a.id === 'open-restaurant'));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ cases }));
console.error(`web:data: ${cases.length} cases → ${relative(ROOT, OUT)}`);
