/**
 * 承诺时限按模型压减: a committed limit far above what the slowest modelled path takes (its time that
 * counts toward a limit, Art. 45 time excluded) promises less than the office delivers. It is set to the
 * slowest path's counted working days, rounded up to a whole day: every modelled case still meets it.
 * "Far above" is FAR_ABOVE: the limit is at least half again what the model supports.
 */
import { analyzeProcedure } from '../../measures.js';
import type { Rule, RuleResult } from '../types.js';
import { itemFile } from './common.js';

/** How far above the supported limit a committed limit must be before the rule suggests cutting it. */
export const FAR_ABOVE = 1.5;

/** Tolerance for a day count that is a whole number in decimal but not in binary. */
const EPSILON = 1e-9;

/** A committed limit ≥ FAR_ABOVE × the slowest path's counted days → that many days. */
export const limit: Rule<'limit'> = {
  key: 'limit',
  find(input) {
    const result: RuleResult<'limit'> = { found: [], misses: [] };
    for (const item of input.items) {
      const at = input.bundle ? { item: item.id } : {};
      const committed = item.procedure.limits.committed;
      if (!committed) {
        result.misses.push({ rule: 'limit', code: 'no-committed', args: {}, ...at });
        continue;
      }
      if (committed.instant) {
        result.misses.push({ rule: 'limit', code: 'instant', args: {}, ...at });
        continue;
      }
      if (committed.unit !== 'workday') {
        result.misses.push({ rule: 'limit', code: 'calendar-day', args: {}, ...at });
        continue;
      }
      const slowest = analyzeProcedure(item.procedure).time.slowest;
      if (!slowest) {
        result.misses.push({ rule: 'limit', code: 'no-path', args: {}, ...at });
        continue;
      }
      const counted = slowest.counted;
      const to = Math.max(1, Math.ceil(counted - EPSILON));
      if (committed.days < to) {
        result.misses.push({ rule: 'limit', code: 'below', args: { limit: committed.days, slowest: counted }, ...at });
        continue;
      }
      if (committed.days < to * FAR_ABOVE) {
        result.misses.push({ rule: 'limit', code: 'close', args: { limit: committed.days, slowest: counted, to }, ...at });
        continue;
      }
      const file = itemFile(item);
      result.found.push({
        rule: 'limit',
        item: item.id,
        args: { from: committed.days, to, slowest: counted },
        changes: [{ file, op: 'set', path: ['limits', 'committed'], value: to }],
        anchor: { file, path: ['limits', 'committed'] },
      });
    }
    return result;
  },
};
