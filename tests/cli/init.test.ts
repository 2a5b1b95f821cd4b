/** `wujian init` writes a commented procedure that validates cleanly, and never overwrites by accident. */
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { Parser, type CST } from 'yaml';
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
    expect(result!.document).toMatchObject({ kind: 'procedure', id: '某某许可' });
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
    expect(readFileSync(join(dir, 'forced.yaml'), 'utf8')).toContain('id: 某某许可');
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

  it('writes block style only: no { } maps, which the editor cannot complete inside', async () => {
    await wujian('init', 'block.yaml');
    await wujian('init', 'block-bundle/before.yaml', '--template', '一件事');
    for (const file of ['block.yaml', 'block-bundle/before.yaml', 'block-bundle/事项一.yaml']) {
      expect(flowCollections(readFileSync(join(dir, file), 'utf8')), file).toEqual([]);
    }
  });

  it('writes a 一件事 with its two items beside it, all valid, the bundle naming them', async () => {
    const { code, stdout } = await wujian('init', 'b/before.yaml', '--template', '一件事');
    expect(code).toBe(Exit.OK);
    expect(stdout).toBe('已生成 b/before.yaml、b/事项一.yaml、b/事项二.yaml。编辑后运行：wujian validate b\n');
    const results = loadFiles(['before.yaml', '事项一.yaml', '事项二.yaml'].map((f) => join(dir, 'b', f)));
    expect(results.flatMap((r) => r.diagnostics)).toEqual([]);
    expect(results.map((r) => r.document?.kind)).toEqual(['bundle', 'procedure', 'procedure']);
    expect(results.map((r) => r.document?.id)).toEqual(['某某一件事', '事项一', '事项二']);
    const text = readFileSync(join(dir, 'b', '事项二.yaml'), 'utf8');
    const schema = text.split('\n')[0]!.replace('# yaml-language-server: $schema=', '');
    expect(schema).toMatch(/schemas\/procedure\.schema\.json$/);
    expect(existsSync(join(dir, 'b', schema))).toBe(true);
    expect(text).toContain('# 标识：可以用中文');
  });

  it('writes nothing of a 一件事 when one of its files exists', async () => {
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'c', '事项二.yaml'), 'id: mine\n');
    const { code, stderr } = await wujian('init', 'c/before.yaml', '--template', 'bundle', '--lang', 'en');
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toBe('error: c/事项二.yaml already exists and was not overwritten.\n  hint: choose another name, or add --force.\n');
    expect(existsSync(join(dir, 'c', 'before.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'c', '事项二.yaml'), 'utf8')).toBe('id: mine\n');
  });

  it('refuses an unknown template (exit 2)', async () => {
    const { code, stderr } = await wujian('init', 'x.yaml', '--template', 'calendar');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--template 只能是 事项, 一件事, procedure, bundle');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });
});

/** The flow collections ({ } and [ ]) of a YAML text, but the empty list []. */
function flowCollections(text: string): string[] {
  const found: string[] = [];
  const visit = (token: CST.Token | undefined) => {
    if (!token) return;
    if (token.type === 'flow-collection' && token.items.length > 0) found.push(token.start.source);
    if (token.type === 'document') visit(token.value);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items as CST.CollectionItem[]) {
        visit(item.key ?? undefined);
        visit(item.value ?? undefined);
      }
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}

