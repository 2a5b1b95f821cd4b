/**
 * 网上提交、免费寄递 (“最多跑一次”, Zhejiang 2016 on; 一件事一次办, 国发〔2024〕3号): a trip in person
 * whose only purpose is to hand in or collect papers (a step of kind 申请, 补正 or 送达) is replaced by
 * online submission or free delivery. Trips for an inspection, an examination or anything else that
 * needs the applicant there stay.
 */
import { allSteps } from '../../../model/walk.js';
import type { Rule, RuleResult } from '../types.js';
import { itemFile } from './common.js';

/** Step kinds whose trip is only about papers: handing them in, adding to them, collecting the result. */
export const PAPER_KINDS: ReadonlySet<string> = new Set(['申请', '补正', '送达']);

/** A trip to hand in or collect papers → trips: 0. */
export const online: Rule<'online'> = {
  key: 'online',
  find(input) {
    const result: RuleResult<'online'> = { found: [], misses: [] };
    for (const item of input.items) {
      const at = input.bundle ? { item: item.id } : {};
      for (const step of allSteps(item.procedure.process)) {
        if (step.trips === 0) continue;
        if (step.kind === undefined) {
          result.misses.push({ rule: 'online', code: 'no-kind', args: { step: step.name }, ...at });
        } else if (!PAPER_KINDS.has(step.kind)) {
          result.misses.push({ rule: 'online', code: 'in-person', args: { step: step.name, kind: step.kind }, ...at });
        } else {
          const file = itemFile(item);
          result.found.push({
            rule: 'online',
            item: item.id,
            args: { step: step.name, trips: step.trips },
            changes: [{ file, op: 'set', path: [...step.path, 'trips'], value: 0 }],
            anchor: { file, path: step.path },
          });
        }
      }
    }
    return result;
  },
};
