/**
 * What is worked out from a region once (its lists, graphs and unrolled nodes, model/derived.ts) is
 * kept on the region and shared, and no copy of a procedure carries it: a procedure the checks and the
 * analysis have walked is, as JSON, read back from v8.serialize and a structured clone (what a worker
 * sends) and to toEqual, the procedure freshly loaded. On every procedure of processes/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { createTable } from '../../src/machine/table.js';
import { unrollRegion } from '../../src/model/counters.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { allRegions, allStates, allSteps, regionGraphs } from '../../src/model/walk.js';
import { ROOT } from '../support/files.js';

const PROCESSES = join(ROOT, 'processes');
/** Every procedure of processes/ (its bundles left out). */
const files = readdirSync(PROCESSES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(PROCESSES, f))
  .filter((f) => loadFile(f).document?.kind === 'procedure');

function load(file: string): Procedure {
  return loadFile(file).document as Procedure;
}

describe('what is derived from a region', () => {
  it('is worked out once and shared: the lists, each region’s graphs and its unrolled nodes', () => {
    expect(files).not.toEqual([]);
    for (const file of files) {
      const procedure = load(file);
      const root = procedure.process;
      expect(allRegions(root)).toBe(allRegions(root));
      expect(allStates(root)).toBe(allStates(root));
      expect(allSteps(root)).toBe(allSteps(root));
      for (const region of allRegions(root)) {
        expect(regionGraphs(region)).toBe(regionGraphs(region));
        // The state-space check unrolled every region as the file loaded; the table reads those nodes.
        expect(createTable(region).nodes, `${file} ${region.key}`).toBe(unrollRegion(region));
      }
    }
  });

  it('is in no copy of the procedure: JSON, a structured clone and toEqual see the procedure as loaded', () => {
    for (const file of files) {
      const walked = load(file);
      analyzeProcedure(walked);
      const fresh = load(file);
      const regions = allRegions(walked.process);
      for (const region of regions) expect(Object.keys(region), file).toEqual(Object.keys(allRegions(fresh.process)[regions.indexOf(region)]!));
      expect(JSON.stringify(walked), file).toBe(JSON.stringify(fresh));
      // What a worker posts, read back. (Not its bytes: V8 writes an empty array as dense or sparse by how
      // its storage happens to be held, which a walk of other procedures can change.)
      expect(deserialize(serialize(walked)), file).toEqual(fresh);
      expect(structuredClone(walked)).toEqual(fresh);
      expect(walked).toEqual(fresh);
    }
  });
});
