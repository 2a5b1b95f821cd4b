/**
 * 一件事：事项同时办理 (高效办成一件事, 国发〔2024〕3号, 国办发〔2025〕24号): an item of a bundle that
 * waits for another item it does not need starts with it instead: the item it waited for is replaced
 * in its `after:` by what that item itself waits for, so it starts when that item starts.
 *
 * Whether an item needs another: the model has no "issues" field, so the rule reads names. Item B needs
 * item A when one of B's materials shares a run of RUN characters with A's name or one of A's steps'
 * names (出生医学证明 ← 出生医学证明办理; 新生儿居民户口簿 ← 登记入户、签发户口簿), not counting runs
 * every document has (GENERIC_RUNS); when both are one department's, whose records pass between them;
 * and when B asks for no material at all, since then nothing can be told. A need read wrongly keeps an
 * order that could go; --explain names the material each order was kept for.
 */
import type { ResolvedItem } from '../../../model/resolve-bundle.js';
import { allSteps } from '../../../model/walk.js';
import type { RuleMiss } from '../../../vocabulary/index.js';
import type { Rule, RuleResult } from '../types.js';
import { usedMaterials } from './common.js';

/** Characters two names must share in a row for one to name the other's document. */
export const RUN = 3;

/** Runs every kind of document has, which say nothing about where a document comes from. */
export const GENERIC_RUNS: ReadonlySet<string> = new Set(['合格证', '申请表', '申请书', '登记表', '身份证', '复印件', '证明书']);

/** The first run of RUN characters of `name` found in one of `texts`, generic runs aside. */
export function sharedRun(name: string, texts: readonly string[]): string | undefined {
  for (let i = 0; i + RUN <= name.length; i++) {
    const run = name.slice(i, i + RUN);
    if (!GENERIC_RUNS.has(run) && texts.some((t) => t.includes(run))) return run;
  }
  return undefined;
}

/** Why `b` must keep waiting for `a`; undefined when it need not. */
function whyNeeded(b: ResolvedItem, a: ResolvedItem): RuleMiss<'concurrent'> | undefined {
  const names = { item: b.procedure.name, after: a.procedure.name };
  const department = b.procedure.department;
  if (department !== undefined && department === a.procedure.department) return { rule: 'concurrent', code: 'same-department', args: { ...names, department } };
  const used = usedMaterials(b.procedure);
  const materials = [...b.procedure.materials.values()].filter((m) => used.has(m.id));
  if (materials.length === 0) return { rule: 'concurrent', code: 'no-materials', args: names };
  const texts = [a.procedure.name, ...allSteps(a.procedure.process).map((s) => s.name)];
  const from = materials.find((m) => sharedRun(m.name, texts) !== undefined);
  return from ? { rule: 'concurrent', code: 'needed', args: { ...names, material: from.name } } : undefined;
}

/** An item waiting for items it does not need → it waits for what they wait for. */
export const concurrent: Rule<'concurrent'> = {
  key: 'concurrent',
  find(input) {
    const result: RuleResult<'concurrent'> = { found: [], misses: [] };
    const { bundle } = input;
    if (!bundle) return { found: [], misses: [{ rule: 'concurrent', code: 'procedure', args: {} }] };
    const byId = new Map(input.items.map((i) => [i.id, i] as const));
    input.items.forEach((b, index) => {
      const unneeded: ResolvedItem[] = [];
      for (const id of b.after) {
        const a = byId.get(id);
        if (!a) continue;
        const why = whyNeeded(b, a);
        if (why) result.misses.push({ ...why, item: b.id });
        else unneeded.push(a);
      }
      if (unneeded.length === 0) return;
      const now: string[] = [];
      for (const id of b.after) {
        const a = unneeded.find((u) => u.id === id);
        for (const dep of a ? a.after : [id]) if (dep !== b.id && !now.includes(dep)) now.push(dep);
      }
      const path = [...bundle.items[index]!.path, 'after'];
      const file = { bundle: true } as const;
      result.found.push({
        rule: 'concurrent',
        item: b.id,
        args: { item: b.procedure.name, after: unneeded.map((u) => u.procedure.name).join('、'), now: now.map((id) => byId.get(id)?.procedure.name ?? id) },
        changes: [now.length > 0 ? { file, op: 'set', path, value: now } : { file, op: 'delete', path }],
        anchor: { file, path: bundle.items[index]!.path },
      });
    });
    return result;
  },
};
