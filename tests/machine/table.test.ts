/**
 * The unrolled table stays small by design: counters that cannot change what happens next are not
 * part of a node's key, a shared correction budget (maxCorrections) bounds the loops of a region
 * together, and a procedure whose table would still pass the limit is refused with a located
 * diagnostic, while a simulation of it still runs. Sizes are counted in nodes, never timed.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { correctionChain } from '../../bench/state-space.js';
import { getNamedPaths } from '../../src/analysis/paths.js';
import { simulateProcedure } from '../../src/analysis/simulate/index.js';
import { createProcedureMachine } from '../../src/machine/compile.js';
import { createTable } from '../../src/machine/table.js';
import { MAX_UNROLLED_NODES, unrollRegion } from '../../src/model/counters.js';
import { loadText } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { places } from '../support/files.js';

function procedureOf(text: string): Procedure {
  const result = loadText('test.yaml', text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.document as Procedure;
}

const nodesOf = (text: string) => unrollRegion(procedureOf(text).process)!.length;

/** N steps in a row, each with a one-time correction back to itself (a local loop). */
function localLoops(n: number): string {
  const lines = ['id: local', 'name: 局部补正', 'version: { label: 测试 }', 'materials: []', 'process:', '  initial: s1', '  states:'];
  for (let k = 1; k <= n; k++) lines.push(`    s${k}: { name: 环节${k}, on: { NEXT: ${k < n ? `s${k + 1}` : 'done'}, FIX: { target: s${k}, p: 0.2, max: 1 } } }`);
  lines.push('    done: { type: final, outcome: approved }');
  return lines.join('\n') + '\n';
}

describe('the unrolled table', () => {
  it('keys a chain of loops back to the start on every counter: (N + 1)·2^N + 1 nodes', () => {
    for (const n of [4, 6, 8]) expect(nodesOf(correctionChain(n))).toBe((n + 1) * 2 ** n + 1);
  });

  it('unrolls a region once: the check and the analysis share its nodes, and a smaller limit still refuses it', () => {
    // Loaded for simulation, so that validation has not unrolled it yet.
    const region = (loadText('test.yaml', correctionChain(4), { simulation: true }).document as Procedure).process;
    const all = (4 + 1) * 2 ** 4 + 1;
    expect(unrollRegion(region, all - 1)).toBeUndefined();
    expect(unrollRegion(region, all - 10)).toBeUndefined();
    const nodes = unrollRegion(region, all);
    expect(nodes).toHaveLength(all);
    expect(unrollRegion(region)).toBe(nodes);
    expect(unrollRegion(region, all - 1)).toBeUndefined();
    expect(createTable(region).nodes).toBe(nodes);
  });

  it('with maxCorrections: 1 keys the same chain on the budget alone: 2N + 3 nodes', () => {
    for (const n of [4, 8, 20, 60]) expect(nodesOf(correctionChain(n, 1))).toBe(2 * n + 3);
  });

  it('drops the counter of a loop the case has left behind, so local loops grow linearly, not as 2^N', () => {
    // At s_k only loop k can still fire: (s_k, used or not) plus the end.
    for (const n of [4, 10, 30]) expect(nodesOf(localLoops(n))).toBe(2 * n + 1);
  });

  it('keeps a counter whose max can bind before the budget does', () => {
    const text = correctionChain(3, 2).replace('CORRECT: { target: apply, p: 0.1, max: 1 }', 'CORRECT: { target: apply, p: 0.1, max: 2 }');
    // Budget 2: after one correction, loop r1's own max (1) binds first for r2 and r3, so their counters stay.
    expect(nodesOf(text)).toBeGreaterThan(2 * 3 + 3);
    expect(nodesOf(text)).toBeLessThan(4 * 2 ** 3 + 1);
  });

  it('with a budget of 1 takes at most one correction on the slowest path, against one per loop without it', () => {
    const count = (p: Procedure) => getNamedPaths(p).slowest!.steps.filter((s) => s.type === 'step' && s.via?.max !== undefined).length;
    expect(count(procedureOf(correctionChain(6)))).toBe(6);
    expect(count(procedureOf(correctionChain(6, 1)))).toBe(1);
    expect(count(procedureOf(correctionChain(6, 2)))).toBe(2);
  });

  it('refuses a second correction in the XState machine once the budget is spent, whichever loop asks', () => {
    const actor = createActor(createProcedureMachine(procedureOf(correctionChain(3, 1)))).start();
    for (const type of ['SUBMIT', 'PASS', 'CORRECT', 'SUBMIT', 'PASS', 'PASS']) actor.send({ type });
    expect(actor.getSnapshot().value).toBe('r3');
    expect(actor.getSnapshot().can({ type: 'CORRECT' })).toBe(false);
    actor.send({ type: 'PASS' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('gives a branch its own budget and starts it afresh each time its block is entered', () => {
    const text = `id: branches
name: 并联
version: { label: 测试 }
materials: []
process:
  initial: apply
  maxCorrections: 1
  states:
    apply: { name: 申请, on: { SUBMIT: par } }
    par:
      type: parallel
      name: 并联审查
      onDone: decide
      regions:
        a:
          initial: a1
          maxCorrections: 1
          states:
            a1: { name: 甲审, duration: 1, on: { OK: a2, FIX: { target: a1, max: 2 } } }
            a2: { name: 甲复核, duration: 1, on: { OK: done, FIX: { target: a1, max: 2 } } }
            done: { type: final }
        b:
          initial: b1
          states:
            b1: { name: 乙审, duration: 1, on: { OK: done, FIX: { target: b1, max: 2 } } }
            done: { type: final }
    decide: { name: 决定, duration: 1, on: { APPROVE: issued, BACK: { target: par, p: 0.1, max: 1 } } }
    issued: { type: final, outcome: approved }
`;
    const procedure = procedureOf(text);
    const slowest = getNamedPaths(procedure).slowest!;
    const block = slowest.steps.filter((s) => s.type === 'parallel');
    // The block is entered twice (BACK once); each time branch a corrects once (its budget), b twice (its max).
    expect(block).toHaveLength(2);
    for (const entry of block) {
      if (entry.type !== 'parallel') continue;
      const fixes = entry.regions.map((r) => r.steps.filter((s) => s.type === 'step' && s.via?.event === 'FIX').length);
      expect(fixes).toEqual([1, 2]);
    }
  });

  it('stops at the node limit with a located diagnostic naming the loops and suggesting the shared budget', () => {
    const result = loadText('chain.yaml', correctionChain(20));
    expect(result.document).toBeUndefined();
    expect(places(result.diagnostics)).toEqual(['state-space-too-large 6:1']);
    const [stop] = result.diagnostics;
    expect(stop).toMatchObject({ code: 'state-space-too-large', args: { count: 20, limit: MAX_UNROLLED_NODES.toLocaleString('en-US') } });
    expect(stop?.code === 'state-space-too-large' && stop.args.loops).toMatch(/^r1 CORRECT → apply, r2 CORRECT → apply, .*…$/);
  });

  it('analyses the 20-step chain with maxCorrections: 1 in 43 nodes', () => {
    const procedure = procedureOf(correctionChain(20, 1));
    expect(createTable(procedure.process).nodes).toHaveLength(43);
    expect(getNamedPaths(procedure).slowest!.steps).toHaveLength(20 + 1 + 1 + 20);
  });

  it('still simulates the 20-step chain without a budget: loaded for simulation, it keeps its counters as it goes', async () => {
    const result = loadText('chain.yaml', correctionChain(20), { simulation: true });
    expect(result.diagnostics).toEqual([]);
    const simulated = await simulateProcedure(result.document as Procedure, { runs: 200, seed: 3 });
    expect(simulated.completed).toBe(200);
    expect(simulated.corrections.mean).toBeGreaterThan(1);
  });
});
