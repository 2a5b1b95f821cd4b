/** Turning command-line arguments into YAML files: folders are searched, empty ones are reported. */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { findYamlFiles, isGlob } from '../../src/model/files.js';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { createTempDir } from '../support/files.js';

const dir = createTempDir();
mkdirSync(join(dir, 'notes'));
writeFileSync(join(dir, 'notes', 'readme.txt'), '说明');
writeFileSync(join(dir, 'notes', 'table.csv'), 'id,name\n');
mkdirSync(join(dir, 'items', 'food'), { recursive: true });
writeFileSync(join(dir, 'items', 'food', 'before.yaml'), 'id: food\n');
writeFileSync(join(dir, 'items', 'after.yml'), 'id: food\n');

describe('findYamlFiles', () => {
  it('reports a folder with no YAML files, naming the folder', () => {
    const folder = join(dir, 'notes');
    const value = findYamlFiles([folder]);
    expect(value.files).toEqual([]);
    expect(value.diagnostics.map((d) => d.code)).toEqual(['no-yaml-files']);
    expect(describeDiagnostic(value.diagnostics[0]!, 'zh').message).toBe(`"${folder}" 中没有找到 .yaml 或 .yml 文件`);
  });

  it('finds .yaml and .yml files in nested folders, sorted', () => {
    const { files, diagnostics } = findYamlFiles([join(dir, 'items')]);
    expect(diagnostics).toEqual([]);
    expect(files).toEqual([join(dir, 'items', 'after.yml'), join(dir, 'items', 'food', 'before.yaml')]);
  });

  it('reports a path that does not exist as not found', () => {
    const { files, diagnostics } = findYamlFiles([join(dir, 'nowhere')]);
    expect(files).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['file-not-found']);
  });

  it('reports a glob that matches nothing', () => {
    const { diagnostics } = findYamlFiles([join(dir, 'notes', '*.yaml')]);
    expect(diagnostics.map((d) => d.code)).toEqual(['no-yaml-files']);
  });

  it('matches a glob, sorted', () => {
    const { files, diagnostics } = findYamlFiles([join(dir, 'items', '**', '*.{yaml,yml}')]);
    expect(diagnostics).toEqual([]);
    expect(files).toEqual([join(dir, 'items', 'after.yml'), join(dir, 'items', 'food', 'before.yaml')]);
  });

  it.runIf(process.platform !== 'win32')('lists a file reached again through a link to a folder above it once, by the name it was first found by', () => {
    const linked = join(dir, 'linked');
    mkdirSync(join(linked, 'sub'), { recursive: true });
    writeFileSync(join(linked, 'sub', 'a.yaml'), 'id: a\n');
    symlinkSync('..', join(linked, 'sub', 'up'));
    expect(findYamlFiles([linked]).files).toEqual([join(linked, 'sub', 'a.yaml')]);
  });

  it.runIf(process.platform !== 'win32')('lists a file linked to under a second name once, in a folder search, a glob and as named', () => {
    const folder = join(dir, 'named-twice');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'before.yaml'), 'id: a\n');
    symlinkSync('before.yaml', join(folder, '食品经营许可.yaml'));
    symlinkSync(join('..', 'before.yaml'), join(folder, 'sub', 'again.yaml'));
    const first = join(folder, 'before.yaml');
    expect(findYamlFiles([folder]).files).toEqual([first]);
    expect(findYamlFiles([join(folder, '**', '*.yaml')]).files).toEqual([first]);
    expect(findYamlFiles([join(folder, '食品经营许可.yaml'), first]).files).toEqual([join(folder, '食品经营许可.yaml')]);
    // A link that leads nowhere is a missing file, named as typed.
    symlinkSync('missing.yaml', join(folder, 'broken.yaml'));
    const broken = findYamlFiles([join(folder, 'broken.yaml'), first]);
    expect(broken.files).toEqual([first]);
    expect(broken.diagnostics.map((d) => [d.code, d.file])).toEqual([['file-not-found', join(folder, 'broken.yaml')]]);
  });

  it('takes a path that exists as written, though its name holds glob characters', () => {
    const named = join(dir, 'items', '食品经营许可(新办).yaml');
    writeFileSync(named, 'id: food\n');
    try {
      expect(findYamlFiles([named])).toEqual({ files: [named], diagnostics: [] });
      expect(findYamlFiles([join(dir, 'items', '食品经营许可(新办)-副本.yaml')]).diagnostics.map((d) => d.code)).toEqual(['file-not-found']);
    } finally {
      rmSync(named);
    }
  });

  it('takes an argument for a glob exactly when tinyglobby does, though it asks tinyglobby only about arguments with a glob character', () => {
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    const args = printable.flatMap((c) => [c, `${c}a`, `a${c}`, `a/${c}b.yaml`, `@${c}`, `+${c}`, `${c}(a)`, `a${c}b${c}`, `${c}${c}`, `\\${c}`]);
    for (const arg of [...args, '办理/*.yaml', '事项（一）.yaml', 'a\\*b', '!a', 'a/**', '[ab].yaml', '{a,b}.yaml', '@(a).yaml']) {
      expect(isGlob(arg), arg).toBe(isDynamicPattern(arg));
    }
  });

  it('lists a file named twice once, also when a glob or its folder names it again', () => {
    const file = join(dir, 'items', 'after.yml');
    expect(findYamlFiles([file, file]).files).toEqual([file]);
    expect(findYamlFiles([file, join(dir, 'items', '*.yml'), join(dir, 'items')]).files).toEqual([file, join(dir, 'items', 'food', 'before.yaml')]);
  });
});
