/**
 * 一次性告知 (行政许可法第三十二条): when materials are incomplete the agency tells the applicant
 * everything to add at once, so a case is sent back for correction (补正) or rectification at most once.
 * A process (or a parallel branch) whose bounded transitions (those with `max`) may together send one
 * case back more than once gets the shared budget `maxCorrections: 1`, which caps them all at once,
 * as the authoring guide and the state-space check advise.
 */
import type { Region } from '../../../model/types.js';
import { allRegions } from '../../../model/walk.js';
import type { Rule, RuleResult } from '../types.js';
import { itemFile } from './common.js';

/** How often a region's bounded transitions may send one case back in all, and which they are. */
export function correctionsAllowed(region: Region): { max: number; loops: string[] } {
  const loops: string[] = [];
  let sum = 0;
  for (const state of region.states.values()) {
    if (state.type !== 'step') continue;
    for (const t of state.transitions) {
      if (t.max === undefined) continue;
      sum += t.max;
      loops.push(`${state.name} ${t.event}`);
    }
  }
  return { max: Math.min(sum, region.maxCorrections ?? Infinity), loops };
}

/** A region whose corrections may happen more than once in all → maxCorrections: 1. */
export const oneNotice: Rule<'one-notice'> = {
  key: 'one-notice',
  find(input) {
    const result: RuleResult<'one-notice'> = { found: [], misses: [] };
    for (const item of input.items) {
      for (const region of allRegions(item.procedure.process)) {
        const { max, loops } = correctionsAllowed(region);
        if (max <= 1) continue;
        const file = itemFile(item);
        result.found.push({
          rule: 'one-notice',
          item: item.id,
          args: { loops: loops.join('、'), max },
          changes: [{ file, op: 'set', path: [...region.path, 'maxCorrections'], value: 1, after: 'initial' }],
          anchor: { file, path: [...region.path, 'maxCorrections'] },
        });
      }
    }
    return result;
  },
};
