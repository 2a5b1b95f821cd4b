/**
 * Checks of `merges:` against the version before the reform, which only a comparison knows: every
 * former item a procedure merges exists before, every former step a step merges exists in that item,
 * and no former step is merged into two steps. A typo here would otherwise turn a 合并 silently into a
 * 取消 in the ledger. Problems are located in the after file, where `merges` is written.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostic.js';
import { placesIn } from '../locate.js';
import type { ResolvedItem } from '../resolve-bundle.js';
import { suggest } from '../suggest.js';
import type { Procedure } from '../types.js';
import { allSteps } from '../walk.js';
import type { CheckContext } from './context.js';

/**
 * Checks the `merges` of the items after against the items before; `rename` maps old ids to new. A
 * problem is located in the after file, read from `readPath(file)` (the file's name as shown → a path
 * to read).
 */
export function checkMerges(
  before: readonly ResolvedItem[],
  after: readonly ResolvedItem[],
  rename: ReadonlyMap<string, string> = new Map(),
  readPath: (file: string) => string = (file) => file,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const renamed = (id: string) => [...rename].find(([, to]) => to === id)?.[0] ?? id;
  const beforeById = new Map(before.map((i) => [i.id, i.procedure] as const));
  const itemOf = (id: string) => beforeById.get(id) ?? beforeById.get(renamed(id));
  const seen = new Map<string, string>();
  for (const { id: itemId, procedure } of after) {
    const at = placesIn(readPath(procedure.file));
    const file = procedure.file;
    procedure.merges.forEach((id, i) => {
      if (!itemOf(id)) diagnostics.push(createDiagnostic('merges-unknown-item', file, at(['merges', i]), { item: id, suggestion: suggest(id, beforeById.keys()) }));
    });
    const own = itemOf(itemId);
    for (const step of allSteps(procedure.process)) {
      step.merges.forEach((ref, i) => {
        const path = [...step.path, 'merges', i];
        const slash = ref.indexOf('/');
        const item = slash < 0 ? undefined : ref.slice(0, slash);
        const former = item === undefined ? own : itemOf(item);
        const key = slash < 0 ? ref : ref.slice(slash + 1);
        const qualified = `${item ?? renamed(itemId)}/${key}`;
        if (item !== undefined && !former) {
          diagnostics.push(createDiagnostic('merges-unknown-item', file, at(path), { item, suggestion: suggest(item, beforeById.keys()) }));
          return;
        }
        const keys = former ? allSteps(former.process).map((s) => s.key) : [];
        if (!former || !keys.includes(key) && !keys.includes(renamed(key))) {
          const known = former ? keys.map((k) => (item === undefined ? k : `${item}/${k}`)) : [...beforeById].flatMap(([id, p]) => allSteps(p.process).map((s) => `${id}/${s.key}`));
          diagnostics.push(createDiagnostic('merges-unknown-step', file, at(path), { step: ref, item: former?.name ?? '', suggestion: suggest(ref, known) }));
          return;
        }
        const first = seen.get(qualified);
        if (first !== undefined && first !== `${itemId}/${step.key}`) diagnostics.push(createDiagnostic('merges-duplicate', file, at(path), { step: ref, first }));
        else seen.set(qualified, `${itemId}/${step.key}`);
      });
    }
  }
  return diagnostics;
}

/**
 * Within one file, what a comparison need not wait for: no former step is merged into two steps.
 * (Against the version before, checkMerges also finds unknown items and steps.)
 */
export function checkMergesWithin(ctx: CheckContext, procedure: Procedure): void {
  const seen = new Map<string, string>();
  for (const step of allSteps(procedure.process)) {
    step.merges.forEach((ref, i) => {
      const first = seen.get(ref);
      if (first !== undefined && first !== step.key) ctx.atValue('merges-duplicate', [...step.path, 'merges', i], { step: ref, first });
      else seen.set(ref, step.key);
    });
  }
}
