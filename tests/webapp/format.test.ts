/**
 * Pure pieces of the web app: its own words, shared scales, text fitting, the ledger mapping. How
 * numbers and targets are written is the vocabulary's (tests/vocabulary), the same on every surface.
 */
import { describe, expect, it } from 'vitest';
import { paren, t } from '../../web/src/i18n.js';
import { getCanvasScale, parseUnicodeRange } from '../../web/src/export.js';
import { sharedDomain, sharedLinear } from '../../web/src/scales.js';
import { createStatusIndex, isCut } from '../../src/report/diagram/status.js';
import { textWidth, truncate, wrapParts, wrapText } from '../../src/report/diagram/text.js';
import type { LedgerEntry } from '../../web/src/contract.js';

describe('the app\'s own words', () => {
  it('fills placeholders and brackets by language', () => {
    expect(t('slideOf', 'zh', { n: 2, total: 6 })).toBe('第 2 / 6 页');
    expect(paren('数据共享', 'zh')).toBe('（数据共享）');
    expect(paren('data sharing', 'en')).toBe(' (data sharing)');
  });
});

describe('sharedDomain', () => {
  it('takes the domain from before and after together, so both panels use one scale', () => {
    expect(sharedDomain([35, 17], [48, 13])).toEqual([0, 48]);
    expect(sharedDomain([12.5], [0.75], [20, 15, undefined])).toEqual([0, 20]);
    expect(sharedLinear([0, 100], [12.5], [0.75]).domain()).toEqual([0, 13]);
  });

  it('gives [0, 1] when every value is zero, so a bar of 0 still has a scale', () => {
    expect(sharedDomain([0], [0])).toEqual([0, 1]);
  });
});

describe('wrapText', () => {
  it('wraps Chinese names into lines that fit, with an ellipsis on the last line when text is left over', () => {
    const lines = wrapText('食品安全管理制度（自查、从业人员健康管理、进货查验、事故处置等）', 140, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(140);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('设立登记（受理、审查、核准合一）', 196, 14, 3);
    for (const line of lines.slice(1)) expect('）)，。、').not.toContain(line[0]);
  });

  it('never ends a line with an opening bracket', () => {
    const lines = wrapText('合并 → 一表申请、一窗受理（现场体检采样同一次到场完成）', 196, 13, 3);
    for (const line of lines.slice(0, -1)) expect('（(“').not.toContain(line.at(-1));
  });

  it('keeps English words whole', () => {
    expect(wrapText('Department · 0.5 working days', 150, 13, 2)).toEqual(['Department · 0.5', 'working days']);
  });

  it('breaks a word too wide for a line of its own at any character, every line within the width', () => {
    const lines = wrapText('onerror="window.__pwned_by_a_very_long_identifier"', 100, 14, 3);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
    expect(wrapText('id food_business_licence_application', 60, 14, 9)).toEqual(['id food_', 'business', '_licence', '_applica', 'tion']);
  });

  it('truncates to the width with an ellipsis only when needed', () => {
    expect(truncate('受理', 100, 14)).toBe('受理');
    expect(truncate('公众聚集场所投入使用、营业前消防安全检查', 100, 14)).toBe('公众聚集场所…');
  });
});

describe('createStatusIndex', () => {
  const ledger: LedgerEntry[] = [
    { kind: 'step', change: 'merged', reason: 'merged', id: 'accept', name: '受理', item: 'food', into: 'food/decide', intoName: '审查决定' },
    { kind: 'step', change: 'removed', reason: 'not-needed', id: 'onsite', name: '现场核查', item: 'food' },
    { kind: 'material', change: 'removed', reason: 'shared', id: 'business_licence', name: '营业执照' },
    { kind: 'step', change: 'added', reason: 'added', id: 'sign', name: '签署承诺', item: 'food' },
  ];

  it('finds steps by item and key, with what they were merged into', () => {
    const steps = createStatusIndex(ledger, 'step');
    expect(steps.get('food', 'accept')).toEqual({ change: 'merged', reason: 'merged', intoName: '审查决定' });
    expect(steps.get('other', 'accept')).toBeUndefined();
    expect(steps.get('food', 'business_licence')).toBeUndefined();
  });

  it('lets an entry without an item match every item', () => {
    expect(createStatusIndex(ledger, 'material').get('any', 'business_licence')?.reason).toBe('shared');
  });

  it('strikes through removed and merged steps, not added ones', () => {
    const steps = createStatusIndex(ledger, 'step');
    expect([isCut(steps.get('food', 'accept')), isCut(steps.get('food', 'onsite')), isCut(steps.get('food', 'sign')), isCut(undefined)]).toEqual([true, true, false, false]);
  });

  it('indexes an entry naming several items under each of them', () => {
    const index = createStatusIndex([{ kind: 'material', change: 'added', reason: 'added', id: 'form', name: '一表', item: 'a,b' }], 'material');
    expect([index.get('a', 'form')?.change, index.get('b', 'form')?.change, index.get('c', 'form')]).toEqual(['added', 'added', undefined]);
  });
});

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3000,U+1F?')).toEqual([[0x4e00, 0x4e0f], [0x3000, 0x3000], [0x1f0, 0x1ff]]);
  });
});

describe('wrapParts', () => {
  it('breaks only between parts, so a figure and its unit stay together', () => {
    expect(wrapParts(['申请人', '0.5个工作日', '跑动1次', '材料9（减5）'], ' · ', 196, 13, 2)).toEqual(['申请人 · 0.5个工作日', '跑动1次 · 材料9（减5）']);
  });

  it('cuts the last line with an ellipsis when the parts need more lines', () => {
    const lines = wrapParts(['一二三四五六七八', '一二三四五六七八', '一二三四五六七八'], ' · ', 110, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('getCanvasScale', () => {
  it('keeps 2× for slides and shrinks only drawings that would pass the browser’s canvas limits', () => {
    expect(getCanvasScale(1080, 800, 2)).toBe(2);
    expect(getCanvasScale(5600, 21_000, 2)).toBeCloseTo(16_384 / 21_000);
  });
});
