/** Reform targets as users write them, in symbols and in Chinese words. */
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/model/targets.js';

describe('parseTarget', () => {
  it('reads targets in symbols and in Chinese words', () => {
    expect(parseTarget('材料压减>=30%')).toMatchObject({ ok: true, target: { measure: 'materials', op: 'cutPercent>=', value: 30 } });
    expect(parseTarget('跑动不超过1')).toMatchObject({ ok: true, target: { measure: 'trips', op: 'after<=', value: 1 } });
    expect(parseTarget('时限压减至少50%')).toMatchObject({ ok: true, target: { measure: 'committedLimit', op: 'cutPercent>=', value: 50 } });
    expect(parseTarget('承诺时限 ≤ 5 工作日')).toMatchObject({ ok: true, target: { measure: 'committedLimit', op: 'after<=', value: 5 } });
    expect(parseTarget('速度>=3')).toEqual({ ok: false, problem: 'measure' });
  });
});
