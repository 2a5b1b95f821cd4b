/**
 * The quick way of loading (a file read without positions, parsed again with them only when there is
 * something to report) changes nothing a user sees: `validate --format json` over every bundled and
 * fixture file, folder by folder and in both languages, `compare --all` over every folder, and compare
 * of each fixture that names its version before (merges checked against it), print
 * byte for byte what they print when every file is parsed with positions from the start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadText } from '../../src/model/load.js';
import { wujian } from '../support/cli.js';
import { ROOT } from '../support/files.js';

/** When false, the quick reader declines every file, so every file takes the way with positions. */
let quick = true;
let quickReads = 0;

vi.mock('../../src/model/read-value.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/read-value.js')>();
  return {
    ...original,
    readYamlValue: (text: string) => {
      if (!quick) return undefined;
      const value = original.readYamlValue(text);
      if (value !== undefined) quickReads++;
      return value;
    },
  };
});

afterEach(() => {
  quick = true;
});

/** The command's code and output with the quick reader, and with positions throughout. */
async function bothWays(argv: string[]) {
  quick = true;
  const fast = await wujian(ROOT, ...argv);
  quick = false;
  const slow = await wujian(ROOT, ...argv);
  quick = true;
  return { fast, slow };
}

const files = globSync(['processes/**/*.yaml', 'tests/fixtures/**/*.yaml'], { cwd: ROOT }).sort();
const folders = [...new Set(files.map((file) => dirname(file)))];

describe('loading without positions first', () => {
  it.each(folders)('validates %s as the way with positions does, in both languages', async (folder) => {
    const inFolder = files.filter((file) => dirname(file) === folder);
    for (const lang of ['zh', 'en']) {
      const { fast, slow } = await bothWays(['validate', ...inFolder, '--format', 'json', '--lang', lang]);
      expect(fast, `${folder} (${lang})`).toEqual(slow);
    }
  });

  it.each(folders.filter((folder) => readdirSync(join(ROOT, folder)).some((f) => f.endsWith('.yaml'))))('compares the pairs of %s as the way with positions does', async (folder) => {
    const { fast, slow } = await bothWays(['compare', '--all', folder, '--format', 'json', '--lang', 'en']);
    expect(fast, relative(ROOT, folder)).toEqual(slow);
  });

  const withBefore = files.flatMap((file) => {
    const before = /^# before: (.+)$/m.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1];
    return before ? [[file, join(dirname(file), before)] as const] : [];
  });
  it.each(withBefore)('compares %s with the version before it names as the way with positions does', async (file, before) => {
    const { fast, slow } = await bothWays(['compare', before, file, '--format', 'json', '--lang', 'zh']);
    expect(fast, file).toEqual(slow);
  });

  it('reads most of the files the quick way: the comparison above is not of one way with itself', async () => {
    quickReads = 0;
    await wujian(ROOT, 'validate', ...files, '--format', 'json');
    expect(quickReads).toBeGreaterThan(files.length / 2);
  });

  it('loads generated procedures in the counting language as the way with positions does, small slips included', () => {
    // Department lists, stepCounting, calendar-day limits, fields, Chinese ids and into: mostly right, sometimes wrong.
    const mostly = (right: string[], wrong: string[]) =>
      fc.oneof({ arbitrary: fc.constantFrom(...right), weight: 6 }, { arbitrary: fc.constantFrom(...wrong), weight: 1 });
    const inFlow = ['县市场监督管理局', '[县卫生健康局, 县公安局]', '卫健、公安、医保（并联）', '[县卫生健康局, 县卫生健康局]'];
    const department = mostly([...inFlow, '\n  - 县卫生健康局\n  - 县公安局'], ['[]', '3']);
    const stepCounting = mostly(['', 'stepCounting: stage\n', 'stepCounting: per-step\n'], ['stepCounting: 按环节\n']);
    const limit = mostly(['20', '即办', '{ value: 30, unit: calendar-day }', '{ value: 30, unit: 自然日 }', '{ value: 0, unit: workday }'], ['{ value: -1 }', '{ value: 30, unit: month }']);
    const date = mostly(['', ', date: 2024-09-27'], [', date: 2024-13-40']);
    const fields = mostly(['', ', fields: 12', ', fields: 0'], [', fields: -3', ', fields: 2.5', ', fields: 十二']);
    const id = fc.constantFrom('申请表', 'form', '营业执照', 'a-1', '材料1');
    const into = mostly(['', ', reform: merged, into: FIRST', ', reform: shared'], [', reform: merged, into: 不存在', ', reform: merged, into: other/申请表']);
    const blockCounting = mostly(['', '      stepCounting: per-step\n', '      stepCounting: stage\n'], ['      stepCounting: 逐个\n']);
    const slip = fc.record({ at: fc.nat(), cut: fc.nat({ max: 2 }), insert: fc.constantFrom('', ' ', '\n', ':', ',', '[', ']', '-', '申', '1') });
    const text = fc.record({ department, stepCounting, statutory: limit, committed: limit, date, fields, first: id, second: id, into, blockCounting, branchDepartment: mostly(inFlow, ['[]']), slips: fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: fc.array(slip, { minLength: 1, maxLength: 2 }), weight: 1 }) }).map((g) => {
      let doc = `id: 生成事项
name: 生成事项
version: { label: 改革后${g.date} }
department: ${g.department}
${g.stepCounting}limits: { statutory: ${g.statutory}, committed: ${g.committed} }
materials:
  - { id: ${g.first}, name: 申请表${g.fields} }
  - { id: ${g.second}, name: 其他材料${g.into.replace('FIRST', g.first)} }
process:
  initial: 申请
  states:
    申请: { name: 申请, actor: applicant, materials: [${g.first}, ${g.second}], on: { SUBMIT: 联审 } }
    联审:
      type: parallel
      name: 联合审查
${g.blockCounting}      regions:
        甲:
          initial: 审查
          states:
            审查: { name: 消防审查, department: ${g.branchDepartment}, duration: 2, on: { DONE: 完 } }
            完: { type: final }
        乙:
          initial: 审查
          states:
            审查: { name: 卫生审查, duration: 3, on: { DONE: 完 } }
            完: { type: final }
      onDone: 发证
    发证: { name: 发证, duration: 1, on: { DONE: 办结 } }
    办结: { type: final, outcome: approved }
`;
      for (const e of g.slips) {
        const at = e.at % doc.length;
        doc = doc.slice(0, at) + e.insert + doc.slice(at + e.cut);
      }
      return doc;
    });
    const seen = { quick: 0, valid: 0 };
    const load = (doc: string) => {
      const { document, diagnostics, other } = loadText('生成.yaml', doc);
      return { document, diagnostics, other };
    };
    fc.assert(
      fc.property(text, (doc) => {
        quick = true;
        quickReads = 0;
        const fast = load(doc);
        if (quickReads > 0) seen.quick++;
        quick = false;
        const slow = load(doc);
        quick = true;
        if (slow.document) seen.valid++;
        expect(fast, doc).toEqual(slow);
      }),
      { numRuns: 400 },
    );
    // Both valid files and files with problems were read the quick way first.
    expect(seen.quick).toBeGreaterThan(100);
    expect(seen.valid).toBeGreaterThan(20);
  });
});
