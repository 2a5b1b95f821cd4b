/**
 * 一次性告知 (行政许可法第三十二条): when materials are incomplete the agency tells the applicant
 * everything to add at once, so a correction (补正) or rectification loop happens at most once. A
 * bounded transition (one with `max`) allowed more than once is allowed once.
 */
import { allSteps } from '../../../model/walk.js';
import type { Rule, RuleResult } from '../types.js';
import { itemFile } from './common.js';

/** A loop whose `max` is above 1 → max: 1. */
export const oneNotice: Rule<'one-notice'> = {
  key: 'one-notice',
  find(input) {
    const result: RuleResult<'one-notice'> = { found: [], misses: [] };
    for (const item of input.items) {
      for (const step of allSteps(item.procedure.process)) {
        for (const t of step.transitions) {
          if (t.max === undefined || t.max <= 1) continue;
          const file = itemFile(item);
          result.found.push({
            rule: 'one-notice',
            item: item.id,
            args: { step: step.name, event: t.event, max: t.max },
            changes: [{ file, op: 'set', path: [...t.path, 'max'], value: 1 }],
            anchor: { file, path: t.path },
          });
        }
      }
    }
    return result;
  },
};
