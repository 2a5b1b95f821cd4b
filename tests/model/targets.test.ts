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

  it('reads targets in the words of a targets document: 以上 and 以内 after the figure, 压减 and 压缩至 without a sign', () => {
    const read = (text: string) => {
      const result = parseTarget(text);
      return result.ok ? [result.target.measure, result.target.op, result.target.value] : result.problem;
    };
    expect(read('材料压减30%以上')).toEqual(['materials', 'cutPercent>=', 30]);
    expect(read('时限压缩50%以上')).toEqual(['committedLimit', 'cutPercent>=', 50]);
    expect(read('材料压减30%')).toEqual(['materials', 'cutPercent>=', 30]);
    expect(read('环节压减3个以上')).toEqual(['steps', 'cut>=', 3]);
    expect(read('承诺时限压缩至5个工作日以内')).toEqual(['committedLimit', 'after<=', 5]);
    expect(read('跑动次数降至1次')).toEqual(['trips', 'after<=', 1]);
    expect(read('跑动1次以内')).toEqual(['trips', 'after<=', 1]);
    expect(read('表单精简至1张及以下')).toEqual(['forms', 'after<=', 1]);
    expect(read('材料压减>=30%以上')).toEqual(['materials', 'cutPercent>=', 30]);
    // Full-width digits and signs, as an input method types them.
    expect(read('材料压减 ＞＝ ３０％')).toEqual(['materials', 'cutPercent>=', 30]);
    // Neither a sign nor a word of direction; a cut at most; a percent to reach; signs that disagree; 万元.
    expect(read('跑动1次')).toBe('syntax');
    expect(read('材料压减30%以下')).toBe('percent');
    expect(read('材料压减至30%')).toBe('syntax');
    expect(read('材料<=30以上')).toBe('syntax');
    expect(read('费用压减至1万元')).toBe('syntax');
    // The target is kept as written, for the report.
    expect(parseTarget(' 材料压减30%以上 ')).toMatchObject({ ok: true, target: { text: '材料压减30%以上' } });
  });
});
