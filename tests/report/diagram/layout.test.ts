/**
 * The process layout, made in Node where the cases are built (elkjs): boxes never overlap, even for a
 * 300-step procedure with parallel blocks; every transition is routed; a box is tall enough for its
 * words in either language and carries them, with the reform's mark, for the page to draw.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createDice } from '../../../bench/generate-catalogue.js';
import { generateProcess } from '../../../bench/generate-process.js';
import { loadText } from '../../../src/model/load.js';
import { getCaseWords } from '../../../src/report/diagram/case.js';
import { layoutProcessGraph, type NodeLayout, type ProcessLayout } from '../../../src/report/diagram/layout.js';
import { SLIDE_DIAGRAM_W } from '../../../src/report/diagram/metrics.js';
import { getEdgeLabels } from '../../../src/report/diagram/words.js';
import { toProcessGraph } from '../../../src/report/process-graph.js';
import type { CasesDocument } from '../../../web/src/contract.js';
import { buildWebCases } from '../../support/cases.js';

let cases: CasesDocument;

beforeAll(async () => {
  cases = await buildWebCases();
}, 120_000);

function contains(outer: NodeLayout, inner: NodeLayout): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Pairs of boxes that overlap where neither holds the other (a container holds its children). */
function overlaps(nodes: readonly NodeLayout[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (contains(a, b) || contains(b, a)) continue;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

/** Every transition of a graph with `count` of them is routed inside the drawing, from a start to an end point. */
function expectRouted(layout: ProcessLayout, count: number): void {
  expect(layout.edges.map((e) => e.transition).sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
  for (const edge of layout.edges) {
    expect(edge.points.length).toBeGreaterThanOrEqual(2);
    for (const p of edge.points) expect(p.x >= 0 && p.y >= 0 && p.x <= layout.width && p.y <= layout.height, `${edge.transition} at ${p.x},${p.y}`).toBe(true);
  }
}

describe('layoutProcessGraph', () => {
  it('lays out every graph of the cases in processes/ without overlapping boxes, parallel regions inside their block', () => {
    for (const c of cases.cases) {
      for (const graph of [...c.graphs.before, ...c.graphs.after]) {
        expect(overlaps(graph.layout.nodes), graph.file).toEqual([]);
        const block = graph.layout.nodes.find((n) => n.kind === 'parallel');
        for (const region of graph.layout.nodes.filter((n) => n.kind === 'region')) expect(block && contains(block, region)).toBe(true);
      }
    }
  });

  it('lays out every graph of processes/ as it lays it out unwrapped, unless that is wider than a slide shows at 14 px: then its parallel branches are wrapped into rows', async () => {
    const wrapped: string[] = [];
    for (const c of cases.cases) {
      const words = getCaseWords(c.graphs, c.comparison);
      for (const side of ['before', 'after'] as const) {
        for (const graph of c.graphs[side]) {
          const plain = await layoutProcessGraph(graph, words(graph, side), null, Infinity);
          if (plain.width <= SLIDE_DIAGRAM_W) {
            expect(graph.layout, graph.file).toEqual(plain);
            continue;
          }
          wrapped.push(graph.file);
          const { layout } = graph;
          expect(layout.width, graph.file).toBeLessThanOrEqual(SLIDE_DIAGRAM_W);
          // Still a block holding its branches, now in rows: some branch below another.
          const block = layout.nodes.find((n) => n.kind === 'parallel')!;
          const regions = layout.nodes.filter((n) => n.kind === 'region');
          for (const region of regions) expect(contains(block, region), region.id).toBe(true);
          expect(new Set(regions.map((r) => r.y)).size, graph.file).toBeGreaterThan(1);
          expect(layout.nodes.map((n) => n.id).sort()).toEqual(plain.nodes.map((n) => n.id).sort());
          expectRouted(layout, graph.transitions.length);
        }
      }
    }
    expect(wrapped).toContain('processes/enterprise-establishment/after.yaml');
    expect(wrapped).toContain('processes/construction-permit/after.yaml');
  }, 60_000);

  it('routes every transition with a start and an end point, labelled in both languages only where p < 1 or a bound is set', () => {
    const graph = cases.cases.find((c) => c.id === 'food-business-licence')!.graphs.before[0]!;
    const { edges } = graph.layout;
    expect(edges.map((e) => e.transition).sort((a, b) => a - b)).toEqual(graph.transitions.map((_, i) => i));
    for (const edge of edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    const event = (name: string) => edges.find((e) => graph.transitions[e.transition]!.event === name);
    expect(event('CORRECT')?.label?.text).toEqual({ zh: '30% 最多1次', en: '30% ≤1×' });
    expect(event('SUBMIT')?.label).toBeUndefined();
  });

  it("gives each step its words in both languages and the box the height of the wordier, marking what the reform cut", () => {
    const c = cases.cases.find((x) => x.id === 'food-business-licence')!;
    const steps = c.graphs.before[0]!.layout.nodes.filter((n) => n.kind === 'step');
    for (const n of steps) {
      expect(n.meta.zh.length, n.id).toBeGreaterThan(0);
      expect(n.meta.en.length, n.id).toBeGreaterThan(0);
      expect(n.height).toBeGreaterThanOrEqual(14 + n.lines.length * 19 + Math.max(n.meta.zh.length, n.meta.en.length) * 18 + 6);
    }
    const cut = steps.filter((n) => n.cut);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((n) => n.status === 'removed' || n.status === 'merged')).toBe(true);
  });

  it('lays out a 300-step generated procedure with parallel blocks without overlapping boxes', async () => {
    const { process } = generateProcess(createDice(20261124), 300, false);
    const yaml = stringify({ id: 'large', name: '大型联合审批事项', version: { label: '改革前' }, materials: [], process });
    const loaded = loadText('large.yaml', yaml);
    expect(loaded.document?.kind).toBe('procedure');
    const graph = toProcessGraph(loaded.document as Parameters<typeof toProcessGraph>[0]);
    const layout = await layoutProcessGraph(graph, { box: () => ({ meta: { zh: '申请人 · 3个工作日 · 跑动1次', en: 'Applicant · 3 days · 1× in person' }, cut: false }), edgeLabel: getEdgeLabels });
    expect(layout.nodes.filter((n) => n.kind === 'step')).toHaveLength(300);
    expect(overlaps(layout.nodes)).toEqual([]);
  }, 60_000);
});
