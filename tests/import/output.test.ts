/**
 * import writes its files by the rules of -o: every name is checked before any file is written, so a
 * link, a pipe or the mapping file at an item's name stops the whole import (exit 2) and leaves
 * everything as it was; an empty -o is refused rather than read as the working folder.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { wujian } from '../support/cli.js';
import { createTempDir } from '../support/files.js';
import { buildWorkbook } from '../support/workbook.js';

const dir = createTempDir();

beforeAll(async () => {
  const rows = [['事项名称', '承诺办结时限', '环节名称', '环节时限'], ['甲许可', '5个工作日', '受理', '1个工作日'], ['乙许可', '5个工作日', '受理', '1个工作日']];
  writeFileSync(join(dir, 'list.xlsx'), await buildWorkbook({ sheets: { 事项: rows } }));
});

describe('wujian import writes as -o writes', () => {
  it('refuses a link at one item\'s name even with --force, and writes no item at all', async () => {
    mkdirSync(join(dir, 'linked'));
    writeFileSync(join(dir, 'kept.yaml'), 'keep\n');
    writeFileSync(join(dir, 'linked', '甲许可.yaml'), 'mine\n');
    symlinkSync(join(dir, 'kept.yaml'), join(dir, 'linked', '乙许可.yaml'));
    const { code, stderr } = await wujian(dir, 'import', 'list.xlsx', '-o', 'linked', '--force', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('error: "linked/乙许可.yaml" is a symbolic link, which is not replaced');
    expect(lstatSync(join(dir, 'linked', '乙许可.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'kept.yaml'), 'utf8')).toBe('keep\n');
    expect(readFileSync(join(dir, 'linked', '甲许可.yaml'), 'utf8')).toBe('mine\n');
  });

  it('never replaces the mapping file it reads', async () => {
    mkdirSync(join(dir, 'mapped'));
    const mapping = join(dir, 'mapped', '甲许可.yaml');
    writeFileSync(mapping, 'columns:\n  事项名称: 事项名称\n');
    const { code, stderr } = await wujian(dir, 'import', 'list.xlsx', '-o', 'mapped', '--mapping', 'mapped/甲许可.yaml', '--force', '--lang', 'en');
    expect(code, stderr).toBe(Exit.USAGE);
    expect(stderr).toContain('error: "mapped/甲许可.yaml" is a file this command reads; writing would replace it');
    expect(readFileSync(mapping, 'utf8')).toBe('columns:\n  事项名称: 事项名称\n');
  });

  it('refuses an empty folder name instead of writing into the working folder', async () => {
    const before = readdirSync(dir);
    const { code, stderr } = await wujian(dir, 'import', 'list.xlsx', '-o', '', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toMatch(/^error: the folder name after -o is empty/);
    expect(readdirSync(dir)).toEqual(before);
  });
});
