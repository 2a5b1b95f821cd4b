/** The process layout (elkjs): boxes never overlap, even for a 300-step procedure with parallel blocks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createDice } from '../../bench/generate-catalogue.js';
import { generateProcess } from '../../bench/generate-process.js';
import { loadText } from '../../src/model/load.js';
import { toProcessGraph, type ProcessGraph } from '../../src/report/process-graph.js';
import type { CasesDocument } from '../../web/src/contract.js';
import type { NodeBox } from '../../web/src/layout/elk.js';
import { layoutProcess } from '../../web/src/layout/engine.js';
import { getEdgeLabel } from '../../web/src/views/process-text.js';
import { buildWebCases } from '../support/cases.js';

let cases: CasesDocument;

beforeAll(async () => {
  cases = await buildWebCases();
}, 120_000);

function contains(outer: NodeBox, inner: NodeBox): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Pairs of boxes that overlap where neither holds the other (a container holds its children). */
function overlaps(nodes: readonly NodeBox[]): string[] {
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

const label = (lang: 'zh' | 'en') => (t: ProcessGraph['transitions'][number]) => getEdgeLabel(t, lang);
const meta = () => '申请人 · 3个工作日 · 跑动1次';

describe('layoutProcess', () => {
  it('lays out every graph of the cases in processes/ without overlapping boxes, parallel regions inside their block', async () => {
    for (const c of cases.cases) {
      for (const graph of [...c.graphs.before, ...c.graphs.after]) {
        const layout = await layoutProcess(graph, label('zh'), meta);
        expect(overlaps(layout.nodes), graph.file).toEqual([]);
        const block = layout.nodes.find((n) => n.kind === 'parallel');
        for (const region of layout.nodes.filter((n) => n.kind === 'region')) expect(block && contains(block, region)).toBe(true);
      }
    }
  }, 60_000);

  it('routes every transition with a start and an end point, labels only where p < 1 or a bound is set', async () => {
    const graph = cases.cases.find((c) => c.id === 'food-business-licence')!.graphs.before[0]!;
    const layout = await layoutProcess(graph, label('zh'), meta);
    expect(layout.edges).toHaveLength(graph.transitions.length);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    const correct = layout.edges.find((e) => e.transition.event === 'CORRECT');
    expect(correct?.label?.text).toBe('30% 最多1次');
    expect(layout.edges.find((e) => e.transition.event === 'SUBMIT')?.label).toBeUndefined();
  });

  it('lays out a 300-step generated procedure with parallel blocks without overlapping boxes', async () => {
    const { process } = generateProcess(createDice(20261124), 300, false);
    const yaml = stringify({ id: 'large', name: '大型联合审批事项', version: { label: '改革前' }, materials: [], process });
    const loaded = loadText('large.yaml', yaml);
    expect(loaded.document?.kind).toBe('procedure');
    const graph = toProcessGraph(loaded.document as Parameters<typeof toProcessGraph>[0]);
    const layout = await layoutProcess(graph, label('en'), meta);
    expect(layout.nodes.filter((n) => n.kind === 'step')).toHaveLength(300);
    expect(overlaps(layout.nodes)).toEqual([]);
  }, 60_000);
});
