/** What the views draw from the comparison and simulation JSON, built from processes/ at test time (tests/support/cases.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { shareFixed } from '../../src/vocabulary/index.js';
import { parseCases } from '../../web/src/data.js';
import type { Case } from '../../web/src/contract.js';
import { getEdges, getExceedLines, rebin } from '../../web/src/views/histogram.js';
import { toLedgerCsv } from '../../web/src/views/ledger.js';
import { getMaterialRows } from '../../web/src/views/materials.js';
import { getCountedIntervals, getCountedPosition, getLimitLines, getTimelineRows } from '../../web/src/views/timeline.js';
import { getEdgeLabel } from '../../src/report/diagram/words.js';
import { buildWebCases, getCase } from '../support/cases.js';

let food: Case;
let bundle: Case;
let guangyuan: Case;

beforeAll(async () => {
  // Through JSON text and parseCases, as the app reads it.
  const data = parseCases(JSON.stringify(await buildWebCases(['food-business-licence', 'open-restaurant', 'open-restaurant-guangyuan'])));
  food = getCase(data, 'food-business-licence');
  bundle = getCase(data, 'open-restaurant');
  guangyuan = getCase(data, 'open-restaurant-guangyuan');
}, 60_000);

describe('parseCases', () => {
  it('refuses a document without a list of cases, or a case without a comparison', () => {
    expect(() => parseCases('{"items": []}')).toThrow('expected { "cases": [ … ] }');
    expect(() => parseCases('{"cases": [{"id": "x", "graphs": {}}]}')).toThrow('case "x" lacks comparison or graphs');
  });

  it('reads every text without the control characters and bidi controls a name may hold, numbers as they are', () => {
    const name = '营业执照\u202e（7 → 3）\u0001\u001b[31m';
    const text = JSON.stringify({ cases: [{ id: 'x', comparison: { name, items: [7, 3] }, graphs: { before: ['乙\u2067丙'] } }] });
    expect(parseCases(text).cases[0]).toEqual({ id: 'x', comparison: { name: '营业执照（7 → 3）[31m', items: [7, 3] }, graphs: { before: ['乙丙'] } });
  });
});

describe('timeline', () => {
  it('gives a procedure one row per step of the standard path', () => {
    const rows = getTimelineRows(food.comparison.before);
    expect(rows.map((r) => r.label)).toEqual(['提交申请', '受理', '材料审查', '现场核查', '审批决定', '制作许可证', '送达（窗口领证）']);
    expect(rows.at(-1)!.end).toBe(12.5);
  });

  it('gives a bundle one row per item with its steps as segments and the critical path marked', () => {
    const rows = getTimelineRows(bundle.comparison.before);
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.critical).map((r) => r.key)).toEqual(['enterprise-establishment', 'fire-safety-check', 'food-business-licence']);
    const licence = rows.find((r) => r.key === 'food-business-licence')!;
    expect(licence.segments.length).toBeGreaterThan(1);
    for (const s of licence.segments) expect(s.start).toBeGreaterThanOrEqual(licence.start);
  });

  it('draws each side’s own statutory and committed limits, committed dashed, where the counted time reaches them', () => {
    const before = getLimitLines(food.comparison, 'before', 'zh');
    expect(before.map(({ limit, label, dashed }) => ({ limit, label, dashed }))).toEqual([
      { limit: 20, label: '法定时限 20', dashed: false },
      { limit: 15, label: '承诺时限 15', dashed: true },
    ]);
    // Half a day of this path does not count toward the limits: each limit stands half a day further along.
    expect(before.map((l) => l.value - l.limit)).toEqual([0.5, 0.5]);
    expect(getLimitLines(food.comparison, 'after', 'en').map((l) => l.label)).toEqual(['Statutory limit 10', 'Committed limit 1']);
  });

  it('places a limit where counted time reaches it, past time the law does not count (construction permit after: 6.75 days, 3 limit)', async () => {
    const permit = getCase(parseCases(JSON.stringify(await buildWebCases(['construction-permit']))), 'construction-permit');
    const { intervals, total } = getCountedIntervals(permit.comparison.after);
    const elapsed = Math.max(...permit.comparison.after.timeline.map((e) => e.end));
    expect(elapsed).toBe(6.75);
    expect(total).toBeLessThan(elapsed);
    const committed = getLimitLines(permit.comparison, 'after', 'zh').find((l) => l.limit === 3)!;
    expect(committed.value).toBe(getCountedPosition(intervals, 3));
    expect(committed.value).toBeGreaterThan(3);
    expect(getCountedPosition([[0, 1], [5, 7]], 2)).toBe(6);
    expect(getCountedPosition([[0, 1]], 3)).toBe(3);
  }, 60_000);
});

describe('histogram', () => {
  it('labels each limit with the share of simulated cases beyond it', () => {
    const { exceed } = food.simulations!.before;
    const lines = getExceedLines(food.simulations!.before, 'zh');
    expect(lines.map((l) => l.label)).toEqual([`法定时限 20：超出 ${shareFixed(exceed.statutory!.share)}`, `承诺时限 15：超出 ${shareFixed(exceed.committed!.share)}`]);
  });
});

describe('materials matrix', () => {
  it('joins both versions by material id, removed ones first, each with its reason', () => {
    const rows = getMaterialRows(food.comparison);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('business_licence')).toMatchObject({ reason: 'shared' });
    expect(byId.get('business_licence')!.before.get('food-business-licence')).toBe(true);
    expect(byId.get('business_licence')!.after.get('food-business-licence')).toBe(false);
    expect(byId.get('health_certs')!.reason).toBe('cancelled');
    expect(byId.get('food_commitment_letter')!.reason).toBe('added');
    expect(rows.slice(0, 5).every((r) => ![...r.after.values()].some(Boolean))).toBe(true);
  });

  it('shows a material a bundle shares between items once, under every item that asks for it', () => {
    const row = getMaterialRows(bundle.comparison).find((r) => r.id === 'floor_plan')!;
    expect([...row.after.keys()].sort()).toEqual(['fire-safety-check', 'food-business-licence']);
  });
});

describe('ledger', () => {
  it('names what a step was merged into by its name in the after version', () => {
    // food-business-licence no longer merges its steps (they are removed); the 广元 bundle merges five items' steps.
    const entry = guangyuan.comparison.ledger.find((e) => e.kind === 'step' && e.id === 'apply' && e.item === 'gy-business-licence')!;
    expect(entry.intoName).toBe('一表申请、一窗受理（现场体检采样同一次到场完成）');
  });

  it('writes CSV with a header and one line per change, quoting fields with commas', () => {
    const lines = toLedgerCsv(food, 'zh').trim().split('\n');
    expect(lines[0]).toBe('类别,变化,名称,所属事项,原因,并入,前 → 后');
    expect(lines).toHaveLength(food.comparison.ledger.length + 1);
    expect(lines.at(-1)).toBe('跑动,减少,送达（窗口领证）,食品经营许可（新办）,取消,,1 → 0');
  });
});

describe('edge labels', () => {
  it('show the probability below 1 and the bound of a correction', () => {
    const base = { source: 'a', target: 'b', event: 'E', correction: false, back: false };
    expect(getEdgeLabel({ ...base, p: 1 }, 'zh')).toBeUndefined();
    expect(getEdgeLabel({ ...base, p: 0.3, max: 1 }, 'zh')).toBe('30% 最多1次');
    expect(getEdgeLabel({ ...base, p: 0.125 }, 'en')).toBe('12.5%');
  });
});

describe('histogram bins', () => {
  const d = { mean: 1, median: 1, p90: 2, p95: 2, min: 0, max: 2, histogram: [{ x0: 0, x1: 0.5, count: 50 }, { x0: 0.5, x1: 2, count: 150 }] };

  it('spreads each source bin over the common bins it overlaps, keeping every case', () => {
    const bins = rebin(d, [0, 1, 2], 200);
    expect(bins).toEqual([{ x0: 0, x1: 1, share: 0.5 }, { x0: 1, x1: 2, share: 0.5 }]);
  });

  it('puts a bin of zero width (every case the same) wholly in the bin that holds it', () => {
    const same = { ...d, histogram: [{ x0: 0.75, x1: 0.75, count: 100 }] };
    expect(rebin(same, [0, 0.5, 1], 100).map((b) => b.share)).toEqual([0, 1]);
  });

  it('chooses about forty bins of a round width from 0 to the largest value', () => {
    expect(getEdges(31).slice(0, 3)).toEqual([0, 1, 2]);
    expect(getEdges(1.5)[1]).toBe(0.05);
    expect(getEdges(140).at(-1)).toBeGreaterThanOrEqual(140);
  });
});

describe('ledger CSV', () => {
  it('keeps a name that starts like a formula as text, so Excel does not run it', () => {
    const hostile = { ...food, comparison: { ...food.comparison, ledger: [{ kind: 'material' as const, change: 'removed' as const, reason: 'shared' as const, id: 'x', name: '=HYPERLINK("http://x","y")' }] } };
    expect(toLedgerCsv(hostile, 'zh').trim().split('\n')[1]).toBe(`材料,减少,"'=HYPERLINK(""http://x"",""y"")",,数据共享（免提交）,,`);
  });
});
