/** Reading cells as the sheets write them: times with units anywhere, counts, flags, headers, words. */
import { describe, expect, it } from 'vitest';
import importMappingSchema from '../../schemas/import-mapping.schema.json' with { type: 'json' };
import { fieldOfHeader, FIELDS, headerKey } from '../../src/import/fields.js';
import { IGNORE_WORDS } from '../../src/import/mapping.js';
import { cellName, parseCellName } from '../../src/model/cells.js';
import { readForm, readItemType, readLevel, readNecessity, readOnline, readSource } from '../../src/import/terms.js';
import { readCount, readFlag, readMoney, readNumber, readTime } from '../../src/import/values.js';

describe('readTime', () => {
  it.each([
    ['5个工作日', undefined, { kind: 'days', value: 5, unit: 'workday' }, undefined],
    ['20天', undefined, { kind: 'days', value: 20, unit: 'workday' }, '“天”“日”按工作日计（行政许可法第八十二条）'],
    ['十五日', undefined, { kind: 'days', value: 15, unit: 'workday' }, '“天”“日”按工作日计（行政许可法第八十二条）'],
    ['30个自然日', undefined, { kind: 'days', value: 30, unit: 'calendar-day' }, undefined],
    ['10', 'workday', { kind: 'days', value: 10, unit: 'workday' }, undefined],
    ['10', 'calendar-day', { kind: 'days', value: 10, unit: 'calendar-day' }, undefined],
    ['10', undefined, { kind: 'days', value: 10, unit: 'workday' }, '未写单位，按工作日计'],
    ['１０个工作日', undefined, { kind: 'days', value: 10, unit: 'workday' }, undefined],
    ['即办', undefined, { kind: 'instant' }, undefined],
    ['当场办结', undefined, { kind: 'instant' }, undefined],
    ['2小时', undefined, { kind: 'hours', value: 2 }, undefined],
    ['30分钟', undefined, { kind: 'hours', value: 0.5 }, undefined],
    ['3-5个工作日', undefined, { kind: 'days', value: 3, max: 5, unit: 'workday' }, undefined],
    ['20个工作日内', undefined, { kind: 'days', value: 20, unit: 'workday' }, '原文“20个工作日内”'],
    ['20个工作日（不含公示时间）', undefined, { kind: 'days', value: 20, unit: 'workday' }, '原文“20个工作日（不含公示时间）”'],
    ['3个月', undefined, { kind: 'days', value: 90, unit: 'calendar-day' }, '一个月按 30 个自然日计'],
    ['无', undefined, { kind: 'none' }, undefined],
  ] as const)('%s (column unit %s)', (text, unit, value, assumed) => {
    expect(readTime(text, unit)).toEqual({ value, assumed });
  });

  it.each(['约一周', '较短', '3年', 'N/A', ''])('%s cannot be read', (text) => {
    expect(readTime(text)).toBeUndefined();
  });
});

describe('numbers, flags and money', () => {
  it('reads numbers stored as text, with thousands separators and in Chinese numerals', () => {
    expect(readNumber('二十')).toBe(20);
    expect(readNumber('一百零五')).toBe(105);
    expect(readNumber('两')).toBe(2);
    expect(readCount('1,200')).toEqual({ value: 1200, assumed: undefined });
    expect(readCount('2份')).toEqual({ value: 2, assumed: undefined });
    expect(readCount('最多一次')).toEqual({ value: 1, assumed: '原文“最多一次”' });
    expect(readCount('若干')).toBeUndefined();
  });

  it('reads 是/否 in their usual spellings', () => {
    expect(['是', 'Y', '√', '计入'].map(readFlag)).toEqual([true, true, true, true]);
    expect(['否', 'N', '×', '不计入', '免费'].map(readFlag)).toEqual([false, false, false, false, false]);
    expect(readFlag('视情况')).toBeUndefined();
  });

  it('reads money in yuan', () => {
    expect(readMoney('50元')).toEqual({ value: 50, assumed: undefined });
    expect(readMoney('不收费')).toEqual({ value: 0 });
    expect(readMoney('按面积收取')).toBeUndefined();
  });
});

describe('words', () => {
  it('reads enum words through the vocabulary, and real exports\' wider wording with what it assumes', () => {
    expect(readSource('申请人自备')).toEqual({ value: 'applicant' });
    expect(readSource('其他')).toEqual({ value: 'applicant', assumed: '来源渠道“其他”按申请人自备计' });
    expect(readForm('纸质')).toEqual({ value: '原件', assumed: '“纸质”按原件计' });
    expect(readForm('原件及复印件')).toEqual({ value: '复印件', assumed: '“原件及复印件”按复印件计（原件核验）' });
    expect(readNecessity('非必要')).toEqual({ value: '条件性' });
    expect(readOnline('III级')).toEqual({ value: 'Ⅲ级' });
    expect(readOnline('Ⅲ')).toEqual({ value: 'Ⅲ级' });
    expect(readOnline('四级')).toEqual({ value: 'Ⅳ级' });
    expect(readOnline('全程网办')).toEqual({ value: 'Ⅳ级', assumed: '网办深度“全程网办”按Ⅳ级计' });
    expect(readItemType('许可')).toEqual({ value: '行政许可', assumed: '事项类型“许可”按行政许可计' });
    expect(readLevel('县（市、区）级')).toEqual({ value: '县级', assumed: '行使层级“县（市、区）级”按县级计' });
    expect(readLevel('省级、市级')).toBeUndefined();
  });
});

describe('headers', () => {
  it('takes off units, marks and numbering, and finds the element under each spelling', () => {
    expect(headerKey('承诺时限（工作日）')).toEqual({ key: '承诺时限', unit: 'workday' });
    expect(headerKey('* 法定办结时限\n(自然日)')).toEqual({ key: '法定办结时限', unit: 'calendar-day' });
    expect(headerKey('1、事项名称')).toEqual({ key: '事项名称', unit: undefined });
    for (const [header, key] of [['实施机构', 'department'], ['事项类别', 'itemType'], ['法定时限', 'statutory'], ['到现场次数', 'trips'], ['材料形式', 'materialForm'], ['是否计算在法定办结时限内', 'counts']]) {
      expect(fieldOfHeader(headerKey(header!).key)?.field.key, header).toBe(key);
    }
  });

  it('gives every spelling to one element only', () => {
    const owners = new Map<string, string>();
    for (const field of FIELDS) {
      for (const alias of field.aliases) {
        const key = headerKey(alias).key;
        expect(owners.get(key) ?? field.key, `${alias} of ${field.key} and ${owners.get(key)}`).toBe(field.key);
        owners.set(key, field.key);
      }
    }
  });

  it('the mapping file schema names exactly the elements the importer reads', () => {
    const words = importMappingSchema.$defs.columns.additionalProperties.enum;
    expect(words).toEqual([...FIELDS.map((f) => f.zh), ...FIELDS.map((f) => f.key), ...IGNORE_WORDS]);
  });
});

describe('cell names', () => {
  it('quotes sheet names as Excel does, and reads them back', () => {
    expect(cellName('材料', 5, 2)).toBe('材料!B5');
    expect(cellName('申请 材料', 12, 28)).toBe("'申请 材料'!AB12");
    expect(cellName("Bob's", 1, 1)).toBe("'Bob''s'!A1");
    for (const name of ['材料!B5', "'申请 材料'!AB12", "'Bob''s'!A1"]) {
      const { sheet, row, col } = parseCellName(name)!;
      expect(cellName(sheet, row, col)).toBe(name);
    }
  });
});
