/**
 * wujian import on realistic 实施清单 workbooks (tests/fixtures/import/workbooks.ts, built with exceljs
 * at test time): every item becomes a procedure that validates and analyses, whose materials, limits
 * and steps equal what the sheet says, with comments naming the cells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { Exit } from '../../src/cli/io.js';
import { loadFiles } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { buildLizhou, buildXihu, LIZHOU, XIHU, type ItemSpec } from '../fixtures/import/workbooks.js';
import { wujian } from '../support/cli.js';
import { createTempDir } from '../support/files.js';
import { writeFileSync } from 'node:fs';

const dir = createTempDir();

/** Imports `workbook` into `folder` and loads every file written there. */
async function importInto(workbook: string, bytes: Buffer, folder: string) {
  writeFileSync(join(dir, workbook), bytes);
  const run = await wujian(dir, 'import', workbook, '-o', folder);
  const files = readdirSync(join(dir, folder)).map((f) => join(dir, folder, f));
  const results = loadFiles(files);
  const procedures = results.map((r) => r.document).filter((d): d is Procedure => d?.kind === 'procedure');
  return { run, results, procedures };
}

/** What the imported procedure must say for an item of the sheet. */
function expectSameAsSheet(p: Procedure, spec: ItemSpec): void {
  expect(p.name).toBe(spec.name);
  expect(p.code).toBe(spec.code);
  expect(p.type).toBe(spec.type);
  expect(p.department).toBe(spec.department);
  expect(p.limits.statutory).toEqual(spec.statutory[1]);
  expect(p.limits.committed).toEqual(spec.committed[1]);
  expect(p.online).toBe(spec.online[1]);
  expect(p.volume).toBe(spec.volume?.[1]);
  const materials = [...p.materials.values()];
  expect(materials.map((m) => m.name)).toEqual(spec.materials.map((m) => m.name));
  spec.materials.forEach((m, i) => {
    const got = materials[i]!;
    expect(got.form, m.name).toBe(m.form?.[1] ?? '原件');
    expect(got.source, m.name).toBe(m.source?.[1] ?? 'applicant');
    expect(got.copies, m.name).toBe(m.copies?.[1] ?? 1);
    expect(got.necessity, m.name).toBe(m.necessity?.[1] ?? m.deferrable?.[1] ?? '必要');
    if (m.condition) expect(got.condition).toBe(m.condition);
  });
  const steps = [...p.process.states.values()].filter((s) => s.type === 'step');
  const first = steps[0]!;
  if (first.type === 'step') {
    expect(first.materials).toEqual(materials.map((m) => m.id));
    expect(first.trips).toBe(spec.trips[1]);
  }
  if (spec.steps.length > 0) {
    expect(steps.map((s) => s.name)).toEqual(spec.steps.map((s) => s.name));
    spec.steps.forEach((s, i) => {
      const got = steps[i]!;
      if (got.type !== 'step') throw new Error('not a step');
      const [min, mode, max] = s.time[1];
      expect(got.duration, s.name).toMatchObject({ min, mode, max });
      expect(got.counts, s.name).toBe(s.counts?.[1] ?? true);
    });
  } else {
    expect(steps.map((s) => s.name)).toEqual(spec.flow!.split('→'));
  }
  const final = [...p.process.states.values()].at(-1)!;
  expect(final).toMatchObject({ type: 'final', name: '办结', outcome: 'approved' });
}

describe('the 利州区 workbook: items, materials and steps on three sheets (Sichuan spellings)', () => {
  let imported: Awaited<ReturnType<typeof importInto>>;
  beforeAll(async () => {
    imported = await importInto('利州区实施清单.xlsx', await buildLizhou(), 'lizhou');
  });

  it('writes one file per item, each valid with no warning, and exits 0', () => {
    expect(imported.run.code).toBe(Exit.OK);
    expect(imported.run.stderr).toBe('');
    expect(imported.results.flatMap((r) => r.diagnostics)).toEqual([]);
    expect(imported.procedures.map((p) => p.name).sort()).toEqual(LIZHOU.map((s) => s.name).sort());
  });

  it.each(LIZHOU.map((spec) => ({ name: spec.name, spec })))('$name: materials, limits and steps equal the sheet', ({ spec }) => {
    expectSameAsSheet(imported.procedures.find((p) => p.name === spec.name)!, spec);
  });

  it('analyses: the food licence takes 10 working days on its one path, 5 materials, 1 trip', () => {
    const p = imported.procedures.find((x) => x.name === '食品经营许可（新办）')!;
    const analysis = analyzeProcedure(p);
    expect(analysis.materials.procedure).toBe(5);
    expect(analysis.paths.standard).toMatchObject({ steps: 4, trips: 1, time: { min: 10, mode: 10, max: 10 } });
  });

  it('comments each value with its cell and what was assumed', () => {
    const text = readFileSync(join(dir, 'lizhou', '户外招牌设置审批.yaml'), 'utf8');
    expect(text).toContain('statutory: 20 # 事项!H5 假设：“天”“日”按工作日计（行政许可法第八十二条）');
    expect(text).toContain('committed: 5 # 事项!I5\n');
    expect(text).toContain('online: Ⅲ级 # 事项!M5\n');
    expect(text).toContain('counts: false # 办理环节!D8\n');
    expect(text).toContain('- 户外招牌设置申请表 # 假设：材料在第一个环节提交');
    expect(text.split('\n')[1]).toBe('# 由 wujian import 从 利州区实施清单.xlsx 导入：事项 第 5 行，申请材料 第 8–10 行，办理环节 第 6–9 行。');
  });

  it('prints what each sheet was and what was written', () => {
    expect(imported.run.stdout).toBe([
      '读取 利州区实施清单.xlsx：',
      '  事项  表头在第 3 行，事项表，3 行',
      '  申请材料  表头在第 2 行，材料表，10 行',
      '  办理环节  表头在第 1 行，环节表，10 行',
      '  未读取的列：事项!A3 "序号"、申请材料!B2 "序号"',
      '写入 3 个事项文件：',
      '  ✓ lizhou/食品经营许可新办.yaml  食品经营许可（新办）（事项!B4）：5 份材料，4 个环节',
      '  ✓ lizhou/户外招牌设置审批.yaml  户外招牌设置审批（事项!B5）：3 份材料，4 个环节',
      '  ✓ lizhou/公共场所卫生许可新办.yaml  公共场所卫生许可（新办）（事项!B6）：2 份材料，2 个环节',
      '共 3 个事项：写入 3 个，未写入 0 个；0 个错误，0 个警告。',
      '',
    ].join('\n'));
  });
});

describe('the 西湖区 workbook: one sheet with everything (Zhejiang spellings)', () => {
  let imported: Awaited<ReturnType<typeof importInto>>;
  beforeAll(async () => {
    imported = await importInto('西湖区办事指南.xlsx', await buildXihu(), 'xihu');
  });

  it('writes every item, valid, warning at each item that its steps come from 办理流程', () => {
    expect(imported.run.code).toBe(Exit.OK);
    expect(imported.results.flatMap((r) => r.diagnostics)).toEqual([]);
    expect(imported.run.stderr.match(/\[import-no-steps\]/g)).toHaveLength(XIHU.length);
    expect(imported.run.stderr).toContain('西湖区办事指南.xlsx 事项清单!B3: 警告 [import-no-steps]');
  });

  it.each(XIHU.map((spec) => ({ name: spec.name, spec })))('$name: materials, limits and steps equal the sheet', ({ spec }) => {
    expectSameAsSheet(imported.procedures.find((p) => p.name === spec.name)!, spec);
  });
});
