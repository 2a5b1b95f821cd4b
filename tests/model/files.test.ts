/** Turning command-line arguments into YAML files: folders are searched, empty ones are reported. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findYamlFiles } from '../../src/model/files.js';
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

  it('lists a file named twice once', () => {
    const file = join(dir, 'items', 'after.yml');
    expect(findYamlFiles([file, file]).files).toEqual([file]);
  });
});
