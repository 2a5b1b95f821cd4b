/** `wujian init` writes a commented procedure that validates cleanly, and never overwrites by accident. */
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { loadFiles } from '../../src/model/load.js';
import { wujian as wujianIn } from '../support/cli.js';
import { createTempDir } from '../support/files.js';

const dir = createTempDir();

/** Runs the CLI in the temp folder. */
const wujian = (...argv: string[]) => wujianIn(dir, ...argv);

describe('wujian init', () => {
  it('writes a procedure, creating folders, that loads with no errors and no warnings', async () => {
    const { code, stdout } = await wujian('init', 'items/new/before.yaml');
    expect(code).toBe(Exit.OK);
    expect(stdout).toBe('已生成 items/new/before.yaml。编辑后运行：wujian validate items/new/before.yaml\n');
    const [result] = loadFiles([join(dir, 'items/new/before.yaml')]);
    expect(result!.diagnostics).toEqual([]);
    expect(result!.document).toMatchObject({ kind: 'procedure', id: 'my-item' });
  });

  it('points the editor at the schema relative to the new file', async () => {
    await wujian('init', 'deep/er/item.yaml');
    const first = readFileSync(join(dir, 'deep/er/item.yaml'), 'utf8').split('\n')[0]!;
    const schema = first.replace('# yaml-language-server: $schema=', '');
    expect(existsSync(join(dir, 'deep/er', schema))).toBe(true);
    expect(schema).toMatch(/schemas\/procedure\.schema\.json$/);
  });

  it('refuses to overwrite an existing file and leaves it as it was (exit 1)', async () => {
    writeFileSync(join(dir, 'mine.yaml'), 'id: mine\n');
    const { code, stderr } = await wujian('init', 'mine.yaml');
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toBe('错误：mine.yaml 已存在，未覆盖。\n  提示：换一个文件名，或加 --force 覆盖。\n');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('id: mine\n');
  });

  it('overwrites an existing file with --force', async () => {
    writeFileSync(join(dir, 'forced.yaml'), 'id: mine\n');
    expect((await wujian('init', 'forced.yaml', '--force')).code).toBe(Exit.OK);
    expect(readFileSync(join(dir, 'forced.yaml'), 'utf8')).toContain('id: my-item');
  });

  it('never replaces a symbolic link, even with --force, as -o never does (exit 2)', async () => {
    writeFileSync(join(dir, 'real.yaml'), 'id: mine\n');
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    const { code, stderr } = await wujian('init', 'link.yaml', '--force', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toBe('error: "link.yaml" is a symbolic link, which is not replaced\n  hint: name the file it points to, or remove the link first.\n');
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe('id: mine\n');
  });

  it('refuses a file name that does not end in .yaml (exit 2)', async () => {
    const { code, stderr } = await wujian('init', 'item.txt', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toBe('error: the file name should end in .yaml: item.txt\n');
    expect(existsSync(join(dir, 'item.txt'))).toBe(false);
  });
});
