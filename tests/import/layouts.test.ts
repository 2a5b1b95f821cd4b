/**
 * Layouts and contents the importer meets in real workbooks: items it must refuse while writing the
 * rest, sheet values that break a rule of the authoring language, text that YAML must quote, two-row
 * headers, hidden sheets, and a mapping file for a layout it cannot guess.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { loadFiles } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { wujian } from '../support/cli.js';
import { createTempDir } from '../support/files.js';
import { buildWorkbook, type WorkbookSpec } from '../support/workbook.js';

const dir = createTempDir();
let runs = 0;

/** Saves the workbook, runs `wujian import` on it with `args`, and loads what it wrote. */
async function run(spec: WorkbookSpec, ...args: string[]) {
  const name = `book${++runs}`;
  writeFileSync(join(dir, `${name}.xlsx`), await buildWorkbook(spec));
  const result = await wujian(dir, 'import', `${name}.xlsx`, ...args);
  let files: string[] = [];
  try {
    files = readdirSync(join(dir, name)).map((f) => join(dir, name, f));
  } catch {
    // nothing was written
  }
  const procedures = loadFiles(files).map((r) => r.document).filter((d): d is Procedure => d?.kind === 'procedure');
  return { ...result, name, files, procedures };
}

const ITEM_HEADER = ['事项名称', '法定办结时限', '承诺办结时限', '网办深度', '到办事现场次数'];

describe('items that cannot be read are not written; the rest are', () => {
  it('a repeated name refuses both items, a broken rule refuses its item, at the cells that say so', async () => {
    const r = await run({
      sheets: {
        事项: [
          ITEM_HEADER,
          ['甲许可', '20个工作日', '10个工作日', 'Ⅲ级', '1'],
          ['乙许可', '20个工作日', '30个工作日', 'Ⅲ级', '1'],
          ['丙许可', '20个工作日', '5个工作日', 'Ⅳ级', '2'],
          ['甲许可', '20个工作日', '5个工作日', 'Ⅲ级', '1'],
          ['丁许可', '15个工作日', '5个工作日', 'Ⅲ级', '1'],
        ],
      },
    });
    expect(r.code).toBe(Exit.INVALID);
    expect(r.procedures.map((p) => p.name)).toEqual(['丁许可']);
    expect(r.stderr).toContain(`${r.name}.xlsx 事项!A5: 错误 [import-duplicate-item] 事项名称 "甲许可" 重复，事项!A2 已有同名事项；这两个事项都没有导入`);
    expect(r.stderr).toContain(`${r.name}.xlsx 事项!C3: 错误 [committed-exceeds-statutory] 承诺办结时限（30 个工作日）长于法定办结时限（20 个工作日）`);
    expect(r.stderr).toContain(`${r.name}.xlsx 事项!E4: 错误 [online-depth-trips] 网办深度为Ⅳ级（全程网办），但步骤 "办理" 要求申请人到现场 2 次`);
    expect(r.stdout).toContain([
      '未写入 3 个事项：',
      '  ✗ 甲许可（事项!A5）：事项名称 "甲许可" 重复，事项!A2 已有同名事项；这两个事项都没有导入',
      '  ✗ 乙许可（事项!C3）：承诺办结时限（30 个工作日）长于法定办结时限（20 个工作日）',
      '  ✗ 丙许可（事项!E4）：网办深度为Ⅳ级（全程网办），但步骤 "办理" 要求申请人到现场 2 次',
    ].join('\n'));
    expect(r.stdout).toContain('共 4 个事项：写入 1 个，未写入 3 个；');
  });
});

describe('whatever a cell holds is written as text', () => {
  const hostile = ['=HYPERLINK("http://example.com","点我")', 'yes', '- a: b # c', '"引号"', 'null', '@附件', '123', '*星号', '{ 花括号 }', "它's"];

  it('names and notes round-trip exactly through the written YAML', async () => {
    const r = await run({
      sheets: {
        材料: [['事项名称', '材料名称', '填报须知'], ...hostile.map((text, i) => [`事项${i}${text}`, text, text])],
      },
    });
    expect(r.code).toBe(Exit.OK);
    for (const [i, text] of hostile.entries()) {
      const p = r.procedures.find((x) => x.name === `事项${i}${text}`)!;
      const [material] = p.materials.values();
      expect(material).toMatchObject({ name: text, note: text });
    }
  });
});

describe('layouts', () => {
  it('a group header over two columns: 法定办结时限 above 时限 and 单位', async () => {
    const r = await run({
      sheets: {
        事项: [
          ['事项名称', '法定办结时限', null, '承诺办结时限'],
          [null, '时限', '单位', null],
          ['甲许可', '30', '自然日', '10个工作日'],
        ],
      },
      merges: { 事项: ['A1:A2', 'B1:C1', 'D1:D2'] },
    });
    expect(r.code).toBe(Exit.OK);
    expect(r.procedures[0]!.limits).toEqual({
      statutory: { days: 30, unit: 'calendar-day', instant: false },
      committed: { days: 10, unit: 'workday', instant: false },
    });
  });

  it('a hidden list of choices is passed over quietly; a visible sheet without a header is reported', async () => {
    const r = await run({
      sheets: {
        事项: [['事项名称', '承诺办结时限'], ['甲许可', '5个工作日']],
        说明: [['本表由县审改办汇总']],
        下拉选项: [['即办件'], ['承诺件']],
      },
      hidden: ['下拉选项'],
    });
    expect(r.code).toBe(Exit.OK);
    expect(r.stderr).toContain(`${r.name}.xlsx 说明!A1: 警告 [import-no-header] 工作表 "说明" 中找不到表头`);
    expect(r.stdout).toContain('  下拉选项  隐藏的工作表，未读取');
    expect(r.procedures.map((p) => p.name)).toEqual(['甲许可']);
  });

  it('one sheet with items, their materials and steps on the same rows, and a fee', async () => {
    const r = await run({
      sheets: {
        清单: [
          ['事项名称', '承诺时限（工作日）', '是否收费', '收费项目', '收费标准', '收费依据', '材料名称', '份数', '环节名称', '办理时限', '提交环节'],
          ['特种设备使用登记', '10', '是', '工本费', '50元', '《收费标准》', '使用登记表', '1', '受理', '即办', null],
          [null, null, null, null, null, null, '检验报告', '1', '审核', '5', '审核'],
          [null, null, null, null, null, null, null, null, '发证', '1个工作日', null],
        ],
      },
      merges: { 清单: ['A2:A4', 'B2:B4', 'C2:C4', 'D2:D4', 'E2:E4', 'F2:F4'] },
    });
    expect(r.code).toBe(Exit.OK);
    const [p] = r.procedures;
    expect(p!.fees).toEqual([{ name: '工本费', amount: 50, basis: '《收费标准》' }]);
    const steps = [...p!.process.states.values()].filter((st) => st.type === 'step');
    expect(steps.map((st) => [st.name, st.type === 'step' ? st.materials : []])).toEqual([['受理', ['使用登记表']], ['审核', ['检验报告']], ['发证', []]]);
  });

  it('materials and steps sheets without an item sheet: the items are the names they give', async () => {
    const r = await run({
      sheets: {
        材料: [['事项名称', '材料名称', '份数'], ['甲许可', '申请书', '1'], [null, '营业执照', '1'], ['乙许可', '申请表', '2']],
        环节: [['事项名称', '环节名称', '办理时限'], ['甲许可', '受理', '即办'], ['甲许可', '审查', '3个工作日'], ['乙许可', '办理', '1个工作日']],
      },
    });
    expect(r.code).toBe(Exit.OK);
    const byName = new Map(r.procedures.map((p) => [p.name, p]));
    expect([...byName.get('甲许可')!.materials.values()].map((m) => m.name)).toEqual(['申请书', '营业执照']);
    expect([...byName.get('甲许可')!.process.states.keys()]).toEqual(['受理', '审查', '办结']);
    expect([...byName.get('乙许可')!.materials.values()].map((m) => m.copies)).toEqual([2]);
  });
});

describe('a mapping file', () => {
  const odd: WorkbookSpec = {
    sheets: {
      清单: [
        ['某县清单'],
        ['编号', '名称', '期限A', '期限B', '要件', '纸张'],
        ['1', '甲许可', '20', '10', '申请书', '2'],
        [null, null, null, null, '营业执照', '1'],
      ],
    },
    merges: { 清单: ['B3:B4', 'C3:C4', 'D3:D4'] },
  };

  it('names the header row and columns the importer cannot guess', async () => {
    writeFileSync(join(dir, 'mapping.yaml'), [
      '# yaml-language-server: $schema=../schemas/import-mapping.schema.json',
      'sheets:', '  清单:', '    header: 2', '    columns:', '      B: 事项名称', '      期限A: 法定办结时限', '      期限B: committed',
      '      要件: 材料名称', '      纸张: 份数', '      编号: 忽略',
    ].join('\n'));
    expect((await run(odd)).code).toBe(Exit.INVALID); // without it: no header
    const r = await run(odd, '--mapping', 'mapping.yaml');
    expect(r.code).toBe(Exit.OK);
    const [p] = r.procedures;
    expect(p!.limits.statutory?.days).toBe(20);
    expect(p!.limits.committed?.days).toBe(10);
    expect([...p!.materials.values()].map((m) => [m.name, m.copies])).toEqual([['申请书', 2], ['营业执照', 1]]);
    expect(readFileSync(r.files[0]!, 'utf8')).toContain('statutory: 20 # 清单!C3 假设：未写单位，按工作日计');
  });

  it('with a data element it does not know is refused at its line, before the workbook is read', async () => {
    writeFileSync(join(dir, 'bad-mapping.yaml'), 'columns:\n  期限A: 法定时间\n');
    const r = await run(odd, '--mapping', 'bad-mapping.yaml');
    expect(r.code).toBe(Exit.INVALID);
    expect(r.stderr).toMatch(/^bad-mapping\.yaml:2:8: 错误 \[schema-enum\] "columns" 的 期限A 的取值 "法定时间" 不在可选范围内/);
    expect(r.stdout).toBe('');
  });
});
