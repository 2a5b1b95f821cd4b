import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { DEFAULT_PATH_LIMIT, enumeratePaths } from '../../src/analysis/enumerate.js';
import { enumeratePathsWithXState, replay } from '../../src/analysis/enumerate-xstate.js';
import { pathKey, samePath } from '../../src/analysis/measure-path.js';
import { getNamedPaths } from '../../src/analysis/paths.js';
import { countPaths } from '../../src/analysis/exact.js';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import type { Path } from '../../src/analysis/types.js';
import { createTable } from '../../src/machine/table.js';
import { loadFile, loadText } from '../../src/model/load.js';
import type { Procedure, Region, State, Transition } from '../../src/model/types.js';
import { procedureArb, toYaml } from './random-procedure.js';

// Counted, not timed: a reference listing over the limit must not start XState's path search at all.
vi.mock('xstate/graph', async (importOriginal) => {
  const actual = await importOriginal<typeof import('xstate/graph')>();
  return { ...actual, getSimplePaths: vi.fn(actual.getSimplePaths) };
});

function load(file: string): Procedure {
  const result = loadFile(file);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (result.document?.kind !== 'procedure') throw new Error(`${file} is not a procedure`);
  return result.document;
}

const bundled = readdirSync('processes')
  .flatMap((dir) => ['before', 'after'].map((v) => join('processes', dir, `${v}.yaml`)))
  .flatMap((file) => {
    const document = loadFile(file).document;
    return document?.kind === 'procedure' ? [{ file, procedure: document }] : [];
  });

/**
 * Walks `path` through `region` by the model's rules, written out again here: it starts at the
 * region's initial state, each step leaves by one of its own transitions that is still within its
 * bound, each block runs every branch from its start to an end and then goes to onDone, and the path
 * ends in the state it claims. Returns the probability the model gives the path (enabled transitions'
 * p renormalised, blocks multiplying their branches).
 */
function checkPath(region: Region, path: Path, where: string): number {
  let state: State = region.states.get(region.initial)!;
  const used = new Map<Transition, number>();
  let probability = 1;
  for (const step of path.steps) {
    expect(step.state, where).toBe(state);
    if (step.type === 'step') {
      const t = step.via!;
      const enabled = step.state.transitions.filter((x) => x.max === undefined || (used.get(x) ?? 0) < x.max);
      expect(enabled, `${where}: ${step.state.key} leaves by ${t.event}`).toContain(t);
      const total = enabled.reduce((sum, x) => sum + x.p, 0);
      probability *= total > 0 ? t.p / total : 1 / enabled.length;
      if (t.max !== undefined) used.set(t, (used.get(t) ?? 0) + 1);
      state = region.states.get(t.target)!;
    } else {
      expect(step.regions.length, where).toBe(step.state.regions.length);
      step.state.regions.forEach((branch, i) => {
        probability *= checkPath(branch, step.regions[i]!, `${where} ∥ ${branch.key}`);
      });
      state = region.states.get(step.state.onDone)!;
    }
  }
  expect(path.end, where).toBe(state);
  expect(state.type, where).toBe('final');
  expect(path.probability, where).toBeCloseTo(probability, 12);
  return probability;
}

describe('enumeratePaths', () => {
  it('lists the paths XState\'s getSimplePaths lists, with the same probabilities, on every bundled and random procedure', () => {
    const same = (procedure: Procedure, where: string) => {
      const table = enumeratePaths(procedure, 5000);
      const xstate = enumeratePathsWithXState(procedure, 5000);
      if (!table.ok || !xstate.ok) return;
      const byKey = (paths: Path[]) => new Map(paths.map((p) => [pathKey(p), p.probability]));
      const expected = byKey(xstate.paths);
      expect([...byKey(table.paths).keys()].sort(), where).toEqual([...expected.keys()].sort());
      for (const [key, p] of byKey(table.paths)) expect(p, `${where} ${key}`).toBeCloseTo(expected.get(key)!, 12);
    };
    for (const { file, procedure } of bundled) same(procedure, file);
    fc.assert(fc.property(procedureArb, (spec) => same(loadText('random.yaml', toYaml(spec)).document as Procedure, 'random')), { seed: 17, numRuns: 15 });
  }, 60_000); // getSimplePaths is the slow side

  it('lists a block of 1,000 one-step branches as one path whose block holds 1,000 branch paths', () => {
    const branches = Array.from({ length: 1000 }, (_, i) => `        r${i}: { initial: s, states: { s: { name: 审${i}, on: { OK: f } }, f: { type: final } } }`);
    const text = ['id: wide', 'name: 宽并联', 'version: { label: 测试 }', 'materials: []', 'process:', '  initial: par', '  states:', '    par:',
      '      type: parallel', '      name: 并联', '      onDone: done', '      regions:', ...branches, '    done: { type: final, outcome: approved }'].join('\n');
    const listing = enumeratePaths(loadText('wide.yaml', text).document as Procedure);
    if (!listing.ok) throw new Error('refused');
    expect(listing.paths).toHaveLength(1);
    const [block] = listing.paths[0]!.steps;
    expect(block?.type === 'parallel' && block.regions.map((r) => r.steps.length)).toEqual(Array(1000).fill(1));
  });

  it('refuses with the exact count when it is over the limit', () => {
    // food-business-licence/before: 受理 refuses (1), or goes on directly or after one correction (2),
    // 现场核查 passes directly or after 整改 (2), 审批决定 approves or denies (2), and 受理 can refuse after
    // the correction too (1): 1 + 1 + 2 × 2 × 2 = 10 paths, 4 of them to approval.
    const procedure = load('processes/food-business-licence/before.yaml');
    expect(enumeratePaths(procedure, 9)).toEqual({ ok: false, total: 10, limit: 9 });
    const listing = enumeratePaths(procedure, 10);
    expect(listing.ok && listing.paths.length).toBe(10);
  });

  it(`refuses by default above ${DEFAULT_PATH_LIMIT} paths, before building any path`, () => {
    // n steps in a row, each with two ways to the next: 2^n paths.
    const chain = (n: number) => {
      const steps = Array.from({ length: n }, (_, i) => `    s${i}: { name: 环节${i}, on: { A: ${i < n - 1 ? `s${i + 1}` : 'done'}, B: ${i < n - 1 ? `s${i + 1}` : 'done'} } }`);
      const text = ['id: wide', 'name: 宽', 'version: { label: 测试 }', 'materials: []', 'process:', '  initial: s0', '  states:', ...steps, '    done: { type: final, outcome: approved }'].join('\n');
      return loadText('wide.yaml', text).document as Procedure;
    };
    expect(enumeratePaths(chain(11))).toEqual({ ok: false, total: 2048, limit: DEFAULT_PATH_LIMIT });
    // 2^64 paths: no listing could hold a fraction of them, so the refusal comes from the count alone.
    expect(enumeratePaths(chain(64))).toEqual({ ok: false, total: 2 ** 64, limit: DEFAULT_PATH_LIMIT });
    // The reference listing refuses the same way, without starting XState's search; within the limit it runs.
    vi.mocked(getSimplePaths).mockClear();
    expect(enumeratePathsWithXState(chain(11))).toEqual({ ok: false, total: 2048, limit: DEFAULT_PATH_LIMIT });
    expect(getSimplePaths).not.toHaveBeenCalled();
    expect(enumeratePathsWithXState(chain(11), 2048).ok).toBe(true);
    expect(getSimplePaths).toHaveBeenCalledTimes(1);
  });

  it('lists every path of every bundled procedure once, as many as the exact count', () => {
    expect(bundled.length).toBeGreaterThanOrEqual(10);
    for (const { file, procedure } of bundled) {
      const listing = enumeratePaths(procedure);
      if (!listing.ok) throw new Error(`${file}: ${listing.total} paths`);
      const table = createTable(procedure.process);
      expect(listing.paths.length, file).toBe(countPaths(table, () => true));
      const approvals = listing.paths.filter((p) => p.end.outcome === 'approved');
      expect(approvals.length, file).toBe(analyzeProcedure(procedure).paths.approvalPaths);
      const total = listing.paths.reduce((sum, p) => sum + p.probability, 0);
      expect(total, `${file}: the paths' probabilities add up to 1`).toBeCloseTo(1, 12);
    }
  });

  it('lists a path once however its parallel branches interleave', () => {
    // enterprise-establishment/after: 4 branches of one step each, 24 interleavings per pass through the
    // block; paths: approve directly or after one correction (2), deny directly or after it (2) = 4.
    const listing = enumeratePaths(load('processes/enterprise-establishment/after.yaml'));
    expect(listing.ok && listing.paths.map((p) => `${p.steps.length}→${p.end.id}`).sort()).toEqual(['2→rejected', '4→approved', '4→rejected', '6→approved'].sort());
  });

  it('gives paths that follow the model: own transitions within their bounds, blocks whole, the stated end and probability', () => {
    for (const { file, procedure } of bundled) {
      const listing = enumeratePaths(procedure);
      if (!listing.ok) throw new Error(`${file}: ${listing.total} paths`);
      listing.paths.forEach((path, i) => checkPath(procedure.process, path, `${file} path ${i}`));
    }
  });

  it('takes each bounded transition at most its max times on a path', () => {
    const listing = enumeratePaths(load('tests/fixtures/engine/correction-twice.yaml'));
    if (!listing.ok) throw new Error('too many paths');
    const corrections = listing.paths.map((p) => p.steps.filter((s) => s.type === 'step' && s.via?.event === 'CORRECT').length);
    expect(corrections.sort()).toEqual([0, 1, 2]);
  });

  it('re-enters a parallel block after a correction with its branches’ bounds afresh', () => {
    // parallel-reset: 消防 passes directly or after one revision (2 ways) in each pass through the block;
    // 决定 approves (0.9) or sends back once (REDO): 2 + 2 × 2 = 6 paths.
    const procedure = load('tests/fixtures/engine/parallel-reset.yaml');
    const listing = enumeratePaths(procedure);
    if (!listing.ok) throw new Error('too many paths');
    expect(listing.paths.length).toBe(6);
    const revisedTwice = listing.paths.filter((p) =>
      p.steps.filter((s) => s.type === 'parallel' && s.regions[0]!.steps.length === 3).length === 2,
    );
    expect(revisedTwice.length).toBe(1);
    listing.paths.forEach((path, i) => checkPath(procedure.process, path, `parallel-reset path ${i}`));
  });
});

describe('replay', () => {
  const procedure = load('processes/food-business-licence/before.yaml');

  it('rebuilds the model path of a sequence of machine events', () => {
    const path = replay(procedure, ['SUBMIT', 'CORRECT', 'SUBMIT', 'ACCEPT', 'DONE', 'PASS', 'APPROVE', 'DONE', 'DONE']);
    expect(path.steps.map((s) => s.state.id)).toEqual(['apply', 'accept', 'apply', 'accept', 'review', 'onsite', 'decide', 'issue', 'deliver']);
    expect(path.end.id).toBe('approved');
    // CORRECT 0.3, then ACCEPT 0.65 of the 0.7 left, PASS 0.8, APPROVE 0.95.
    expect(path.probability).toBeCloseTo((0.3 * 0.65 * 0.8 * 0.95) / 0.7, 12);
    checkPath(procedure.process, path, 'replayed');
  });

  it('rebuilds a parallel block from interleaved branch events, in branch order', () => {
    const establishment = load('processes/enterprise-establishment/after.yaml');
    const path = replay(establishment, ['SUBMIT', 'APPROVE', 'setup.bank.DONE', 'setup.social.DONE', 'setup.seal.DONE', 'setup.tax.DONE', 'DONE']);
    const block = path.steps[2]!;
    expect(block.type).toBe('parallel');
    if (block.type !== 'parallel') return;
    expect(block.regions.map((r) => r.steps.map((s) => s.state.key))).toEqual([['setup.seal.carve'], ['setup.tax.invoice'], ['setup.social.enrol'], ['setup.bank.open']]);
    expect(path.steps.map((s) => s.state.id)).toEqual(['apply', 'register', 'setup', 'deliver']);
    checkPath(establishment.process, path, 'replayed');
  });

  it('refuses events that no current step handles, or that stop short of an end', () => {
    expect(() => replay(procedure, ['SUBMIT', 'PASS'])).toThrow(/no step handles PASS/);
    expect(() => replay(procedure, ['SUBMIT', 'ACCEPT'])).toThrow(/do not reach an end state/);
  });

  it('refuses a bounded transition past its max, as the machine does', () => {
    expect(() => replay(procedure, ['SUBMIT', 'CORRECT', 'SUBMIT', 'CORRECT', 'SUBMIT', 'ACCEPT', 'DONE', 'PASS', 'APPROVE', 'DONE', 'DONE'])).toThrow();
  });
});

describe('samePath', () => {
  it('says two paths are one exactly when pathKey writes them alike: every pair listed, and each named path found again among them', () => {
    for (const { file, procedure } of bundled) {
      const listed = enumeratePaths(procedure, 5000);
      if (!listed.ok) continue;
      const keys = listed.paths.map(pathKey);
      listed.paths.forEach((a, i) => listed.paths.forEach((b, j) => expect(samePath(a, b), `${file} ${keys[i]} / ${keys[j]}`).toBe(keys[i] === keys[j])));
      const named = getNamedPaths(procedure);
      for (const path of [named.standard, named.fastest, named.slowest, named.mostTrips, ...named.outcomes.map((o) => o.path)]) {
        if (!path) continue;
        const twins = listed.paths.filter((p) => samePath(p, path));
        expect(twins.map(pathKey), file).toEqual(keys.filter((k) => k === pathKey(path)));
      }
    }
  });
});
