/**
 * One workbook fixture per import diagnostic code (tests/fixtures/import/diagnostics/<code>.yaml: the
 * sheets' rows, merges and an optional mapping file, built into a workbook with exceljs here), each
 * saying on its first line where the code must be reported: "# expect: import-time 事项!B2", "-" for the
 * workbook as a whole, "mapping:line:column" for the mapping file. Codes that need bytes no sheet can
 * hold (not a workbook, encrypted, too large) or the file system are tested one by one below.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { importWorkbook } from '../../src/import/index.js';
import { readMapping } from '../../src/import/mapping.js';
import { MAX_ROWS, MAX_WORKBOOK_BYTES } from '../../src/import/workbook.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { IMPORT_MESSAGES } from '../../src/model/messages-import.js';
import { wujian } from '../support/cli.js';
import { createTempDir, fixture } from '../support/files.js';
import { buildWorkbook, type WorkbookSpec } from '../support/workbook.js';

const dir = createTempDir();

/** Codes that need bytes or files a sheet cannot describe; each has its own test below. */
const NEED_SETUP = ['import-not-workbook', 'import-old-format', 'import-encrypted', 'import-too-large', 'import-sheet-too-large', 'import-exists', 'import-write'];

/** A fixture: a workbook, and the text of a mapping file to import it with. */
type Spec = WorkbookSpec & { mapping?: string };

/** Imports a fixture and returns its diagnostics with the place each is reported at. */
async function importFixture(file: string): Promise<Diagnostic[]> {
  const spec = parse(readFileSync(file, 'utf8')) as Spec;
  let mapping;
  if (spec.mapping) {
    const mappingFile = join(dir, `${basename(file, '.yaml')}.mapping.yaml`);
    writeFileSync(mappingFile, spec.mapping);
    const read = readMapping(mappingFile);
    expect(read.diagnostics).toEqual([]);
    mapping = read.mapping;
  }
  const result = await importWorkbook(await buildWorkbook(spec), { file: 'fixture.xlsx', source: 'fixture.xlsx', schemaRef: 'procedure.schema.json', mapping });
  return result.diagnostics;
}

/** Where a diagnostic is: its cell, "mapping:line:column", or "-". */
const placeOf = (d: Diagnostic) => d.cell ?? (d.line > 0 ? `mapping:${d.line}:${d.column}` : '-');

const folder = fixture('import', 'diagnostics');
const expectations = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort().map((name) => {
  const first = readFileSync(join(folder, name), 'utf8').split('\n')[0]!;
  const match = /^# expect: (import-[a-z-]+) (\S+)$/.exec(first);
  if (!match) throw new Error(`${name} must start with "# expect: <code> <sheet!cell>"`);
  return { file: join(folder, name), name, code: match[1]!, place: match[2]! };
});

describe('each import diagnostic fixture', () => {
  it.each(expectations)('reports $code at $place', async ({ file, name, code, place }) => {
    expect(name).toBe(`${code}.yaml`);
    const found = (await importFixture(file)).filter((d) => d.code === code);
    expect(found.map(placeOf)).toContain(place);
    for (const lang of ['zh', 'en'] as const) {
      const { message, hint } = describeDiagnostic(found[0]!, lang);
      expect(`${message} ${hint ?? ''}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('covers every import code, with or without a sheet', () => {
    const covered = new Set([...expectations.map((e) => e.code), ...NEED_SETUP]);
    expect(Object.keys(IMPORT_MESSAGES).filter((code) => !covered.has(code))).toEqual([]);
    expect([...covered].filter((code) => !(code in IMPORT_MESSAGES))).toEqual([]);
  });
});

/** Runs `wujian import` on `bytes` saved as `name`, in a folder of its own. */
async function importBytes(name: string, bytes: Buffer, ...args: string[]) {
  const folder = join(dir, name.replace(/\W/g, '_'));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), bytes);
  return { folder, ...(await wujian(folder, 'import', name, ...args)) };
}

describe('what is not a workbook, never a stack trace', () => {
  it.each([
    ['a CSV', 'list.xlsx', Buffer.from('序号,事项名称\n1,食品经营许可\n'), '这不是 Excel 工作簿（.xlsx），看起来是文本文件（如 CSV）', 'import-not-workbook'],
    ['a PDF', 'list.xlsx', Buffer.from('%PDF-1.7\n\0\0'), '这不是 Excel 工作簿（.xlsx），而是 PDF 文件', 'import-not-workbook'],
    ['a broken zip', 'list.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), '这不是 Excel 工作簿（.xlsx），而是其他压缩格式的文件（如 Word 文档）', 'import-not-workbook'],
    ['an old .xls', 'list.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), '这是旧版 Excel 文件（.xls），无法直接读取', 'import-old-format'],
    ['an encrypted workbook', 'list.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]), '工作簿设置了打开密码（已加密），无法读取', 'import-encrypted'],
  ])('%s is refused with a located message and a hint (exit 1), and nothing is written', async (_what, name, bytes, message, code) => {
    const { folder, ...run } = await importBytes(name, bytes);
    expect(run.code).toBe(Exit.INVALID);
    expect(run.stderr.split('\n')[0]).toBe(`${name}: 错误 [${code}] ${message}`);
    expect(run.stderr).toMatch(/\n {2}提示：/);
    expect(run.stdout).toBe('');
    expect(readdirSync(folder)).toEqual([name]);
  });

  it('a folder, a missing file and a file too large are refused the same way', async () => {
    mkdirSync(join(dir, 'folder.xlsx'));
    expect((await wujian(dir, 'import', 'folder.xlsx')).stderr).toMatch(/^folder\.xlsx: 错误 \[import-not-workbook\] 这不是 Excel 工作簿（\.xlsx），而是一个文件夹/);
    expect((await wujian(dir, 'import', 'missing.xlsx')).stderr).toMatch(/^missing\.xlsx: 错误 \[file-not-found\]/);
    writeFileSync(join(dir, 'huge.xlsx'), '');
    truncateSync(join(dir, 'huge.xlsx'), MAX_WORKBOOK_BYTES + 1); // sparse: no disk is used
    const huge = await wujian(dir, 'import', 'huge.xlsx', '--lang', 'en');
    expect(huge.code).toBe(Exit.INVALID);
    expect(huge.stderr).toMatch(/^huge\.xlsx: error \[import-too-large\] The workbook is too large \(50\.0 MB\); the limit is 50\.0 MB/);
  });

  it.runIf(process.platform !== 'win32')('a named pipe no program writes to and a device that never ends are refused at once, not waited on', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.xlsx')]);
    const pipe = await wujian(dir, 'import', 'pipe.xlsx');
    expect(pipe.code).toBe(Exit.INVALID);
    expect(pipe.stderr).toMatch(/^pipe\.xlsx: 错误 \[file-not-regular\] 这不是普通文件，而是管道（FIFO），无法读取\n {2}提示：/);
    const device = await wujian(dir, 'import', '/dev/zero', '--lang', 'en');
    expect(device.stderr).toMatch(/dev\/zero: error \[file-not-regular\] This is not a regular file but a device, which cannot be read/);
  });

  it(`reads no more than ${MAX_ROWS} rows of a sheet (here 10), and says so`, async () => {
    const rows = [['事项名称', '承诺办结时限'], ...Array.from({ length: 12 }, (_, i) => [`事项${i + 1}`, 5])];
    const bytes = await buildWorkbook({ sheets: { 事项: rows } });
    const result = await importWorkbook(bytes, { file: 'big.xlsx', source: 'big.xlsx', schemaRef: 's.json', maxRows: 10 });
    expect(result.diagnostics.filter((d) => d.code === 'import-sheet-too-large').map(placeOf)).toEqual(['事项!A11']);
    expect(result.items.map((i) => i.name)).toEqual(Array.from({ length: 9 }, (_, i) => `事项${i + 1}`));
  });
});

describe('writing', () => {
  const workbook = () => buildWorkbook({ sheets: { 事项: [['事项名称', '承诺办结时限'], ['甲许可', '5个工作日'], ['乙许可', '即办']] } });

  it('writes nothing when a file exists, and overwrites with --force', async () => {
    const { folder } = await importBytes('exists.xlsx', await workbook());
    writeFileSync(join(folder, 'exists', '乙许可.yaml'), 'id: mine\n');
    writeFileSync(join(folder, 'exists', '甲许可.yaml'), 'id: mine\n');
    const again = await wujian(folder, 'import', 'exists.xlsx');
    expect(again.code).toBe(Exit.INVALID);
    expect(again.stderr).toContain('exists/甲许可.yaml:1:1: 错误 [import-exists] 文件已存在，未覆盖；这次没有写入任何文件');
    expect(readFileSync(join(folder, 'exists', '甲许可.yaml'), 'utf8')).toBe('id: mine\n');
    const forced = await wujian(folder, 'import', 'exists.xlsx', '--force');
    expect(forced.code).toBe(Exit.OK);
    expect(readFileSync(join(folder, 'exists', '甲许可.yaml'), 'utf8')).toContain('name: 甲许可');
  });

  it('says which file cannot be written', async () => {
    const { folder } = await importBytes('blocked.xlsx', await workbook());
    writeFileSync(join(folder, 'plain-file'), 'not a folder');
    const run = await wujian(folder, 'import', 'blocked.xlsx', '-o', 'plain-file/out');
    expect(run.code).toBe(Exit.INVALID);
    expect(run.stderr).toContain('plain-file/out/甲许可.yaml: 错误 [import-write] 无法写入文件（ENOTDIR）');
  });
});
