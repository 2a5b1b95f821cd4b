/**
 * Layout workers (src/report/diagram/pool.ts), elkjs's code cache (elk.ts) and the cache of layouts
 * (layout.ts): a graph laid out in a worker thread, by elkjs loaded from its cache, or read from the
 * layouts kept by an earlier run, gets the very layout it gets laid out afresh in this thread, so
 * `report` and `view` draw the same positions whichever way the layout was made. The comparisons lay
 * out without the layout cache, which would otherwise answer the second of them.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createDice } from '../../../bench/generate-catalogue.js';
import { generateProcess } from '../../../bench/generate-process.js';
import { compareDocuments } from '../../../src/analysis/compare/compare.js';
import { loadText } from '../../../src/model/load.js';
import { toComparisonJson } from '../../../src/report/comparison-json.js';
import { layoutCaseGraphs, WORKER_FROM } from '../../../src/report/diagram/case.js';
import { loadElk } from '../../../src/report/diagram/elk.js';
import { layoutProcessGraph, toPlainWords, type LayoutWords } from '../../../src/report/diagram/layout.js';
import { startLayoutPool } from '../../../src/report/diagram/pool.js';
import { getEdgeLabels } from '../../../src/report/diagram/words.js';
import { getSideProcedures } from '../../../src/report/presentation.js';
import { toProcessGraph, type ProcessGraph } from '../../../src/report/process-graph.js';
import { getProcessPairs } from '../../support/cases.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder of this user's, removed after the tests. */
function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'wujian-elk-'));
  folders.push(folder);
  return folder;
}

/** The generated 300-step procedure with parallel blocks and correction loops (bench/generate-process.ts), as a graph. */
function largeGraph(): ProcessGraph {
  const { process } = generateProcess(createDice(20261124), 300, false);
  const loaded = loadText('large.yaml', stringify({ id: 'large', name: '大型联合审批事项', version: { label: '改革前' }, materials: [], process }));
  return toProcessGraph(loaded.document as Parameters<typeof toProcessGraph>[0]);
}

const WORDS: LayoutWords = { box: () => ({ meta: { zh: '申请人 · 3个工作日 · 跑动1次', en: 'Applicant · 3 days · 1× in person' }, cut: false }), edgeLabel: getEdgeLabels };

describe('layout workers', () => {
  it('lay out every graph of the pairs in processes/ exactly as this thread does', async () => {
    const pool = startLayoutPool();
    try {
      for (const { id, before, after } of getProcessPairs()) {
        const comparison = toComparisonJson(compareDocuments(before.side!, after.side!));
        const graphs = { before: getSideProcedures(before.side!).map(toProcessGraph), after: getSideProcedures(after.side!).map(toProcessGraph) };
        const here = await layoutCaseGraphs(graphs, comparison, undefined, null);
        // Without a pool, graphs this small are laid out in this thread.
        for (const graph of [...here.before, ...here.after]) expect(graph.layout.nodes.length, graph.file).toBeLessThan(WORKER_FROM);
        expect(await layoutCaseGraphs(graphs, comparison, pool, null), id).toEqual(here);
      }
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('lay out the 300-step generated procedure exactly as this thread does, two side by side', async () => {
    const graph = largeGraph();
    const here = await layoutProcessGraph(graph, WORDS, null);
    const pool = startLayoutPool(2);
    try {
      const task = { graph, words: toPlainWords(graph, WORDS), cacheDir: null };
      const [first, second] = await Promise.all([pool.layout(task), pool.layout(task)]);
      expect(first).toEqual(here);
      expect(second).toEqual(here);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("answer a graph ELK refuses with ELK's error, and go on with the next", async () => {
    const pool = startLayoutPool();
    try {
      const good = largeGraph();
      const broken: ProcessGraph = { ...good, transitions: [{ ...good.transitions[0]!, target: 'no-such-step' }] };
      await expect(pool.layout({ graph: broken, words: toPlainWords(broken, WORDS), cacheDir: null })).rejects.toThrow(/no-such-step/);
      const small: ProcessGraph = { ...good, states: good.states.slice(0, 3), transitions: [] };
      expect(await pool.layout({ graph: small, words: toPlainWords(small, WORDS), cacheDir: null })).toEqual(await layoutProcessGraph(small, WORDS, null));
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('refuse graphs once closed', async () => {
    const pool = startLayoutPool();
    await pool.close();
    const graph = largeGraph();
    await expect(pool.layout({ graph, words: toPlainWords(graph, WORDS) })).rejects.toThrow(/closed/);
  });
});

describe("elkjs's code cache", () => {
  it('is kept after a layout and taken by the next load, which lays out the same', async () => {
    const folder = newFolder();
    const first = loadElk(folder);
    expect(first.cached).toBe(false);
    const small = { id: 'root', children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }] };
    const fresh = await new first.ELK().layout(structuredClone(small));
    first.keepCode();
    const second = loadElk(folder);
    expect(second.cached).toBe(true);
    expect(await new second.ELK().layout(structuredClone(small))).toEqual(fresh);
  });

  it.skipIf(process.getuid === undefined)('is not read from a folder that other users may write to', async () => {
    const folder = newFolder();
    const first = loadElk(folder);
    await new first.ELK().layout({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }] });
    first.keepCode();
    expect(loadElk(folder).cached).toBe(true);
    chmodSync(folder, 0o777);
    expect(loadElk(folder).cached).toBe(false);
  });
});

describe('the layouts kept between runs', () => {
  /** The one file a layout left in `folder`, and its content. */
  const keptIn = (folder: string) => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    const file = join(folder, files[0]!);
    return { file, kept: JSON.parse(readFileSync(file, 'utf8')) as { question: string; layout: { children: Array<{ x: number }> } } };
  };

  it('give a graph laid out before the layout ELK gives it afresh, and are read instead of laying out again', async () => {
    const folder = newFolder();
    const graph = largeGraph();
    const fresh = await layoutProcessGraph(graph, WORDS, null);
    expect(await layoutProcessGraph(graph, WORDS, folder)).toEqual(fresh);
    expect(await layoutProcessGraph(graph, WORDS, folder)).toEqual(fresh);
    // What is kept is what is used: a kept position moved moves the drawing.
    const { file, kept } = keptIn(folder);
    kept.layout.children[0]!.x += 5;
    writeFileSync(file, JSON.stringify(kept));
    const moved = await layoutProcessGraph(graph, WORDS, folder);
    expect(moved.nodes[0]!.x).toBe(fresh.nodes[0]!.x + 5);
  }, 60_000);

  it('are laid out afresh for another graph, a kept file of another question, or a damaged one', async () => {
    const folder = newFolder();
    const graph = largeGraph();
    const fresh = await layoutProcessGraph(graph, WORDS, null);
    await layoutProcessGraph(graph, WORDS, folder);
    const { file, kept } = keptIn(folder);
    writeFileSync(file, JSON.stringify({ ...kept, question: kept.question.replace('"id":"root"', '"id":"other"'), layout: { ...kept.layout, width: 1 } }));
    expect(await layoutProcessGraph(graph, WORDS, folder)).toEqual(fresh);
    writeFileSync(file, '{"question": ');
    expect(await layoutProcessGraph(graph, WORDS, folder)).toEqual(fresh);
    const small: ProcessGraph = { ...graph, states: graph.states.slice(0, 3), transitions: [] };
    expect(await layoutProcessGraph(small, WORDS, folder)).toEqual(await layoutProcessGraph(small, WORDS, null));
  }, 60_000);

  it("keep a diagram too wide for a slide under two questions, its branches side by side and wrapped, and give the wrapped one back", async () => {
    const folder = newFolder();
    const pair = getProcessPairs().find((p) => p.id === 'enterprise-establishment')!;
    const graph = toProcessGraph(getSideProcedures(pair.after.side!)[0]!);
    const fresh = await layoutProcessGraph(graph, WORDS, null);
    expect(fresh.width).toBeLessThan((await layoutProcessGraph(graph, WORDS, null, Infinity)).width);
    expect(await layoutProcessGraph(graph, WORDS, folder)).toEqual(fresh);
    const kept = readdirSync(folder).map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as { question: string });
    expect(kept.map((k) => k.question.includes('rectpacking')).sort()).toEqual([false, true]);
    // Read back, not laid out again: a kept wrapped position moved moves the drawing.
    const file = readdirSync(folder).map((f) => join(folder, f)).find((f) => readFileSync(f, 'utf8').includes('rectpacking'))!;
    const answer = JSON.parse(readFileSync(file, 'utf8')) as { question: string; layout: { children: Array<{ x: number }> } };
    answer.layout.children[0]!.x += 5;
    writeFileSync(file, JSON.stringify(answer));
    expect((await layoutProcessGraph(graph, WORDS, folder)).nodes[0]!.x).toBe(fresh.nodes[0]!.x + 5);
  }, 60_000);

  it.skipIf(process.getuid === undefined)('are not read from a folder that other users may write to', async () => {
    const folder = newFolder();
    const graph = largeGraph();
    const fresh = await layoutProcessGraph(graph, WORDS, folder);
    const { file, kept } = keptIn(folder);
    kept.layout.children[0]!.x += 5;
    writeFileSync(file, JSON.stringify(kept));
    chmodSync(folder, 0o777);
    expect(await layoutProcessGraph(graph, WORDS, folder)).toEqual(fresh);
  }, 60_000);
});
