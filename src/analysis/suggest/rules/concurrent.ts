/**
 * 一件事：事项同时办理 (高效办成一件事, 国发〔2024〕3号, 国办发〔2025〕24号): an item of a bundle that
 * waits for another item it does not need starts with it instead: the item it waited for is replaced
 * in its `after:` by what that item itself waits for (its entries as written), so it starts when that
 * item starts, and the ledger lists the order as 串联改并联.
 *
 * Whether an item needs another: the model has no "issues" field, so the rule reads names. Item B needs
 * item A when one of B's materials shares a run of RUN characters with A's name or one of A's steps'
 * names (出生医学证明 ← 出生医学证明办理; 新生儿居民户口簿 ← 登记入户、签发户口簿), not counting runs
 * every document has (GENERIC_RUNS); when both are one department's, whose records pass between them;
 * and when B asks for no material at all, since then nothing can be told. A need read wrongly keeps an
 * order that could go; --explain names the material each order was kept for.
 */
import type { ResolvedItem } from '../../../model/resolve-bundle.js';
import type { Dependency } from '../../../model/types.js';
import { NodeCopy } from '../draft.js';
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
  const shared = b.procedure.departments.filter((d) => a.procedure.departments.includes(d));
  if (shared.length > 0) return { rule: 'concurrent', code: 'same-department', args: { ...names, department: shared.join('、') } };
  const used = usedMaterials(b.procedure);
  const materials = [...b.procedure.materials.values()].filter((m) => used.has(m.id));
  if (materials.length === 0) return { rule: 'concurrent', code: 'no-materials', args: names };
  const texts = [a.procedure.name, ...allSteps(a.procedure.process).map((s) => s.name)];
  const from = materials.find((m) => sharedRun(m.name, texts) !== undefined);
  return from ? { rule: 'concurrent', code: 'needed', args: { ...names, material: from.name } } : undefined;
}

/** An item's dependencies as the schedule reads them: as written, or finish-to-start on each of `after`. */
function dependenciesOf(item: ResolvedItem): Dependency[] {
  return item.dependencies ?? item.after.map((id) => ({ item: id, from: 'finish' as const, lag: 0 }));
}

/**
 * An item waiting for the finish of items it does not need → it waits for what they wait for (their own
 * `after:` entries, as written), so it starts when they start. A dependency on another's start
 * (交叉办理) already runs beside it and is left as it is.
 */
export const concurrent: Rule<'concurrent'> = {
  key: 'concurrent',
  find(input) {
    const result: RuleResult<'concurrent'> = { found: [], misses: [] };
    const { bundle } = input;
    if (!bundle) return { found: [], misses: [{ rule: 'concurrent', code: 'procedure', args: {} }] };
    const byId = new Map(input.items.map((i, k) => [i.id, { item: i, path: bundle.items[k]!.path }] as const));
    input.items.forEach((b, index) => {
      const unneeded = new Set<string>();
      for (const dep of dependenciesOf(b)) {
        const a = byId.get(dep.item)?.item;
        if (!a || dep.from !== 'finish') continue;
        const why = whyNeeded(b, a);
        if (why) result.misses.push({ ...why, item: b.id });
        else unneeded.add(a.id);
      }
      if (unneeded.size === 0) return;
      // The new `after:` list: each entry kept as written, each unneeded one replaced by the entries of
      // the item it named (copied as written: ids, lags, starts), each item once.
      const path = [...bundle.items[index]!.path, 'after'];
      const entries: Array<{ item: string; value: NodeCopy }> = [];
      dependenciesOf(b).forEach((dep, j) => {
        const from = unneeded.has(dep.item) ? byId.get(dep.item)! : undefined;
        const own = from ? dependenciesOf(from.item).map((d, k) => ({ item: d.item, value: new NodeCopy([...from.path, 'after', k]) })) : [{ item: dep.item, value: new NodeCopy([...path, j]) }];
        for (const e of own) if (e.item !== b.id && !entries.some((x) => x.item === e.item)) entries.push(e);
      });
      const file = { bundle: true } as const;
      result.found.push({
        rule: 'concurrent',
        item: b.id,
        args: { item: b.procedure.name, after: [...unneeded].map((id) => byId.get(id)!.item.procedure.name).join('、'), now: entries.map((e) => byId.get(e.item)?.item.procedure.name ?? e.item) },
        changes: [entries.length > 0 ? { file, op: 'set', path, value: entries.map((e) => e.value) } : { file, op: 'delete', path }],
        anchor: { file, path: bundle.items[index]!.path },
      });
    });
    return result;
  },
};
