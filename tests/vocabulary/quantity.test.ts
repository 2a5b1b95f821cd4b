/** A figure with its unit and money in a report's unit, the same on every surface. */
import { describe, expect, it } from 'vitest';
import { figureText } from '../../src/report/comparison-words.js';
import { getDashboardLayout, measureUnit, moneyAmount, moneyText, quantity, unitFor, WORKING_DAY_UNIT, workingDays, type MeasureFigures } from '../../src/vocabulary/index.js';

describe('quantities', () => {
  it('say "1 working day" and "1.5 working days" in English, the measure word in Chinese', () => {
    expect([workingDays(1, 'en'), workingDays(1.5, 'en'), workingDays(0, 'en'), workingDays(1, 'zh')]).toEqual(['1 working day', '1.5 working days', '0 working days', '1 个工作日']);
    expect(unitFor(WORKING_DAY_UNIT, 1.001, 'en')).toBe('working day');
    expect([measureUnit('trips', 1, 'en'), measureUnit('trips', 2, 'en')]).toEqual(['trip', 'trips']);
  });

  it('separate thousands in every figure with its unit: the terminal, Markdown and the dashboard', () => {
    expect(figureText('fees', 20000, 'zh')).toBe('20,000元');
    expect(quantity(20000, { zh: '元', en: 'yuan' }, 'en')).toBe('20,000 yuan');
  });
});

describe('money', () => {
  it('is stated in the unit a report would use: 元, 万元 or 亿元; yuan, million or billion', () => {
    expect(moneyAmount(2_500, 'zh')).toEqual({ figure: '2,500', unit: '元' });
    expect(moneyAmount(8_364_195, 'zh')).toEqual({ figure: '836.42', unit: '万元' });
    expect(moneyAmount(120_000_000, 'zh')).toEqual({ figure: '1.20', unit: '亿元' });
    expect(moneyAmount(8_364_195, 'en')).toEqual({ figure: '8.36', unit: 'million yuan' });
    expect(moneyAmount(2_340_000_000, 'en')).toEqual({ figure: '2.34', unit: 'billion yuan' });
    expect(moneyText(8_364_195, 'zh')).toBe('836.42\u00a0万元');
  });
});

describe('the dashboard layout', () => {
  const row = (key: MeasureFigures['key'], before: number | null, after: number | null): MeasureFigures => ({ key, before, after });

  it('merges rows of one family with the same figures, leaves out rows with nothing, and leads with the 五减 that exist', () => {
    const layout = getDashboardLayout([
      row('items', 5, 1), row('materials', 35, 17), row('copies', 35, 17), row('steps', 17, 2), row('statutoryLimit', null, null),
      row('committedLimit', 48, 13), row('timeStandard', 48, 13), row('timeSlowest', 48, 13), row('fees', 0, 0), row('trips', 6, 1), row('departments', 4, 4),
    ]);
    expect(layout.headline).toEqual(['items', 'materials', 'steps', 'committedLimit', 'trips']);
    expect(layout.rows.map((r) => [r.key, r.merged])).toEqual([
      ['items', []], ['materials', ['copies']], ['steps', []], ['committedLimit', ['timeStandard', 'timeSlowest']], ['trips', []], ['departments', []],
    ]);
    expect(layout.omitted).toEqual([{ key: 'statutoryLimit', why: 'none' }, { key: 'fees', why: 'zero' }]);
  });

  it('keeps rows apart when their figures differ, and leaves a single item out of the headline', () => {
    const layout = getDashboardLayout([row('items', 1, 1), row('materials', 14, 4), row('copies', 15, 4), row('committedLimit', 10, 3), row('timeStandard', 58, 6.75)]);
    expect(layout.rows.map((r) => r.merged.length)).toEqual([0, 0, 0, 0, 0]);
    expect(layout.headline).toEqual(['materials', 'committedLimit']);
  });
});
