/**
 * 收费依据核查 (行政许可法第五十八条: no fee for a licence unless a law or administrative regulation
 * sets one): a fee that names no basis is flagged for review. The draft keeps the amount, since only a
 * person can tell whether a basis exists; the comment above the fee says what to check.
 */
import { allSteps } from '../../../model/walk.js';
import type { Fee } from '../../../model/types.js';
import type { DataPath } from '../../../model/types.js';
import type { Rule, RuleResult } from '../types.js';
import { itemFile } from './common.js';

/** A fee without a basis → flagged (a comment in the draft, no change of figures). */
export const fee: Rule<'fee'> = {
  key: 'fee',
  find(input) {
    const result: RuleResult<'fee'> = { found: [], misses: [] };
    for (const item of input.items) {
      const at = input.bundle ? { item: item.id } : {};
      const fees: Array<{ fee: Fee; path: DataPath }> = [
        ...item.procedure.fees.map((f, i) => ({ fee: f, path: ['fees', i] })),
        ...allSteps(item.procedure.process).flatMap((s) => s.fees.map((f, i) => ({ fee: f, path: [...s.path, 'fees', i] }))),
      ];
      for (const { fee: f, path } of fees) {
        if (f.basis) {
          result.misses.push({ rule: 'fee', code: 'has-basis', args: { fee: f.name, basis: f.basis }, ...at });
          continue;
        }
        result.found.push({ rule: 'fee', item: item.id, args: { fee: f.name, amount: f.amount }, changes: [], anchor: { file: itemFile(item), path } });
      }
    }
    return result;
  },
};
