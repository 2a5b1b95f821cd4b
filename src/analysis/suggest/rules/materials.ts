/**
 * What the three material rules share: each looks at the materials some step takes, skips those a
 * reform mark already covers (saying so), and marks the rest it accepts with its own reform mark.
 */
import type { ResolvedItem } from '../../../model/resolve-bundle.js';
import type { Material } from '../../../model/types.js';
import type { ReformMark } from '../../../vocabulary/index.js';
import type { RuleInput, RuleResult } from '../types.js';
import { AuthoredValue } from '../draft.js';
import { itemFile, usedMaterials } from './common.js';

/** The rules that set a material's reform mark. */
type MaterialRuleKey = 'share' | 'commitment' | 'defer';

/**
 * Runs a material rule over every item: `candidate` picks the materials the rule is about (the rest
 * are not its business and go unmentioned) and may refuse one with a miss; every other candidate that
 * is handed in and not yet marked gets `mark`.
 */
export function markMaterials<K extends MaterialRuleKey>(
  rule: K,
  mark: ReformMark,
  input: RuleInput,
  candidate: (m: Material) => boolean | RuleResult<K>['misses'][number],
): RuleResult<K> {
  // K is one of three rules whose misses and opportunities share these shapes; TypeScript does not narrow
  // a generic key to one of them, hence `as never` where each is built.
  const result: RuleResult<K> = { found: [], misses: [] };
  const miss = (item: ResolvedItem, m: RuleResult<K>['misses'][number]) => result.misses.push(input.bundle ? { ...m, item: item.id } : m);
  for (const item of input.items) {
    const used = usedMaterials(item.procedure);
    for (const m of item.procedure.materials.values()) {
      const verdict = candidate(m);
      if (verdict === false) continue;
      if (verdict !== true) miss(item, verdict);
      else if (!used.has(m.id)) miss(item, { rule, code: 'unused', args: { material: m.name } } as never);
      else if (m.reform) miss(item, { rule, code: 'marked', args: { material: m.name, mark: m.reform } } as never);
      else {
        result.found.push({
          rule,
          item: item.id,
          args: { material: m.name },
          changes: [{ file: itemFile(item), op: 'set', path: [...m.path, 'reform'], value: new AuthoredValue('reform', mark) }],
          anchor: { file: itemFile(item), path: m.path },
        } as never);
      }
    }
  }
  return result;
}
