/**
 * Whatever the cells of a 实施清单 hold, the import never throws, and every file it writes validates:
 * random texts (any Unicode, YAML and formula syntax, numbers, units) in every column of a one-sheet
 * layout with items, materials and steps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../src/import/index.js';
import { loadText } from '../../src/model/load.js';
import { buildWorkbook, type SheetCell } from '../support/workbook.js';

const HEADER = ['事项名称', '事项编码', '法定办结时限', '承诺办结时限', '网办深度', '到办事现场次数', '是否收费', '收费标准', '材料名称', '材料类型', '份数', '必要性', '来源渠道', '环节名称', '办理时限', '是否计入法定时限'];

/** Texts a sheet may hold: Unicode, the words and units the importer reads, and YAML or formula syntax. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('即办', '5个工作日', '20天', '2小时', '３', '十五日', '是', '否', 'Ⅳ级', 'III级', '原件', '纸质', '非必要', '其他', '=1+1', '- a: b', '#', '"', "'", 'null', ': x', '0', '101', '-3'),
);
const cell: fc.Arbitrary<SheetCell> = fc.oneof(text, fc.constant(null), fc.integer({ min: -5, max: 500 }));
const row = fc.array(cell, { minLength: HEADER.length, maxLength: HEADER.length });

describe('random cells', () => {
  it('never make the import throw, and every file written validates', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 4 }), async (rows) => {
        const bytes = await buildWorkbook({ sheets: { 清单: [HEADER, ...rows] } });
        const result = await importWorkbook(bytes, { file: 'x.xlsx', source: 'x.xlsx', schemaRef: 's.json' });
        for (const item of result.items) {
          expect(loadText(`${item.id}.yaml`, item.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        }
        for (const d of result.diagnostics) expect(d.cell ?? d.file).toBeTruthy();
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});
