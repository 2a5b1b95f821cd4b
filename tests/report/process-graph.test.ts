/** toProcessGraph: the JSON the web app draws, read from the real procedures in processes/. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { toProcessGraph, type GraphState } from '../../src/report/process-graph.js';
import { ROOT } from '../support/files.js';

function load(item: string, version: 'before' | 'after'): Procedure {
  const [result] = loadFiles([join(ROOT, 'processes', item, `${version}.yaml`)]);
  if (result?.document?.kind !== 'procedure') throw new Error(`processes/${item}/${version}.yaml did not load`);
  return result.document;
}

function flatten(states: GraphState[]): GraphState[] {
  return states.flatMap((s) => [s, ...flatten((s.regions ?? []).flatMap((r) => r.states))]);
}

describe('toProcessGraph', () => {
  const before = toProcessGraph(load('food-business-licence', 'before'));
  const edge = (source: string, event: string) => before.transitions.find((t) => t.source === source && t.event === event);

  it('keeps the item, its version and its limits in working days', () => {
    expect(before).toMatchObject({ id: 'food-business-licence', name: '食品经营许可（新办）', label: '改革前', date: '2015-10-01', initial: 'apply' });
    expect(before.limits).toEqual({ statutory: 20, committed: 15 });
  });

  it('gives each step its actor, materials, duration in working days, trips and whether it counts', () => {
    const apply = before.states.find((s) => s.key === 'apply');
    expect(apply).toMatchObject({ type: 'step', kind: '申请', actor: 'applicant', trips: 1, counts: false, fees: 0 });
    expect(apply?.materials).toHaveLength(9);
    expect(apply?.duration).toEqual({ min: 0.5, mode: 0.5, max: 0.5, distribution: 'fixed' });
    expect(before.states.find((s) => s.key === 'onsite')?.duration).toMatchObject({ min: 2, mode: 3, max: 5 });
    expect(before.states.find((s) => s.key === 'approved')).toMatchObject({ type: 'final', outcome: 'approved' });
  });

  it('marks the bounded correction and the way back as a correction, but not the main flow on the loop', () => {
    expect(edge('accept', 'CORRECT')).toMatchObject({ target: 'apply', p: 0.3, max: 1, correction: true, back: true, label: '材料不齐，一次性告知补正' });
    expect(edge('apply', 'SUBMIT')).toMatchObject({ target: 'accept', correction: false, back: false });
    expect(edge('onsite', 'RECTIFY')).toMatchObject({ target: 'rectify', max: 1, correction: true, back: false });
    expect(edge('rectify', 'RECHECK')).toMatchObject({ target: 'onsite', correction: true, back: true });
    expect(edge('accept', 'ACCEPT')).toMatchObject({ correction: false, back: false, p: 0.65 });
  });

  it('lists materials with source, necessity, copies and the reform mark of the reformed version', () => {
    const after = toProcessGraph(load('food-business-licence', 'after'));
    const byId = new Map(after.materials.map((m) => [m.id, m]));
    expect(byId.get('business_licence')).toMatchObject({ source: 'government', reform: 'shared', form: '电子', copies: 1 });
    expect(byId.get('health_certs')?.reform).toBe('cancelled');
    expect(byId.get('agent_letter')).toMatchObject({ necessity: '条件性' });
    expect(byId.get('agent_letter')).not.toHaveProperty('reform');
  });

  it('nests a parallel block’s regions with dotted keys and joins them with a done edge', () => {
    const graph = toProcessGraph(load('enterprise-establishment', 'after'));
    const setup = graph.states.find((s) => s.key === 'setup');
    expect(setup?.type).toBe('parallel');
    expect(setup?.regions?.map((r) => r.id)).toEqual(['seal', 'tax', 'social', 'bank']);
    expect(setup?.regions?.[0]).toMatchObject({ key: 'setup.seal', name: '免费刻章', initial: 'setup.seal.carve' });
    expect(graph.transitions).toContainEqual(expect.objectContaining({ source: 'setup.seal.carve', target: 'setup.seal.done', event: 'DONE' }));
    expect(graph.transitions).toContainEqual(expect.objectContaining({ source: 'setup', target: 'deliver', event: 'done', p: 1 }));
    const keys = flatten(graph.states).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
  });
});
