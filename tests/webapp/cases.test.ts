/**
 * The cases the web app reads, built from every pair in processes/ as `view` builds them, conform to
 * the project's own output schemas: the comparison to schemas/comparison.schema.json and each
 * simulation to schemas/simulation.schema.json.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CasesDocument } from '../../web/src/contract.js';
import { buildWebCases, getProcessPairs } from '../support/cases.js';
import { ROOT } from '../support/files.js';
import { compileOutputSchema } from '../support/schemas.js';

const schema = (name: string) => JSON.parse(readFileSync(`${ROOT}/schemas/${name}.schema.json`, 'utf8'));
const validateComparison = compileOutputSchema(schema('comparison'));
const validateSimulation = compileOutputSchema(schema('simulation'));

let document: CasesDocument;

beforeAll(async () => {
  document = await buildWebCases();
}, 120_000);

describe('the cases the web app reads', () => {
  it('are built for every before/after pair in processes/, procedures and bundles alike', () => {
    expect(document.cases.map((c) => c.id)).toEqual(getProcessPairs().map((p) => p.id));
    expect(new Set(document.cases.map((c) => c.comparison.before.kind))).toEqual(new Set(['procedure', 'bundle']));
  });

  it('carry comparisons that conform to schemas/comparison.schema.json', () => {
    for (const c of document.cases) expect(validateComparison(c.comparison), `${c.id}: ${JSON.stringify(validateComparison.errors?.slice(0, 3))}`).toBe(true);
  });

  it('carry simulations of both versions that conform to schemas/simulation.schema.json', () => {
    for (const c of document.cases) {
      for (const side of ['before', 'after'] as const) {
        expect(validateSimulation(c.simulations![side]), `${c.id} ${side}: ${JSON.stringify(validateSimulation.errors?.slice(0, 3))}`).toBe(true);
      }
    }
  });

  it('say for every material of every process graph whether the applicant prepares it, by the comparison’s own count', () => {
    for (const c of document.cases) {
      const prepared = new Set(c.comparison.after.materials.filter((m) => m.prepared).map((m) => m.id));
      const drawn = new Set(c.graphs.after.flatMap((g) => g.materials.filter((m) => m.prepared).map((m) => m.id)));
      for (const id of prepared) expect(drawn.has(id), `${c.id}: ${id}`).toBe(true);
    }
  });
});
