/** A bundle's materials across items: `into: item/material` is looked up among the bundle's items. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPreparedMaterials } from '../../src/analysis/prepared.js';
import { loadFiles } from '../../src/model/load.js';
import { describe as words } from '../../src/model/messages.js';
import { resolveBundle } from '../../src/model/resolve-bundle.js';
import { createTempDir, fixture } from '../support/files.js';

describe('into naming another item’s material', () => {
  const [result] = loadFiles([fixture('bundles', 'cross-into.yaml')]);
  const found = result!.diagnostics.filter((d) => d.code === 'unknown-into');

  it('is an error located in the item’s file, at the into value', () => {
    expect(found.map((d) => `${d.file.split('/').pop()} ${d.line}:${d.column}`)).toEqual(['gamma-into.yaml 6:55']);
    expect(result!.document).toBeUndefined();
  });

  it('suggests the item’s material that was meant, in both languages', () => {
    expect(words(found[0]!, 'zh').hint).toBe('是否想写 "alpha/form"？');
    expect(words(found[0]!, 'en').message).toBe('Material "own_form" is merged into "alpha/frm", which is not defined');
  });

  it('passes the file on its own: only the bundle knows the other items', () => {
    const [alone] = loadFiles([fixture('bundles', 'gamma-into.yaml')]);
    expect(alone!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('item/material references with Chinese ids', () => {
  const dir = createTempDir();
  const item = (id: string, materials: string) =>
    [`id: ${id}`, `name: ${id}`, 'version: { label: 改革后 }', `materials: [${materials}]`, 'process:', '  initial: 申请', '  states:',
      '    申请: { name: 申请, materials: [平面图], on: { 提交: 办结 } }', '    办结: { type: final, outcome: approved }'].join('\n');
  writeFileSync(join(dir, '消防检查.yaml'), item('消防检查', '{ id: 平面图, name: 平面布置图 }'));
  writeFileSync(join(dir, '食品许可.yaml'), item('食品许可', '{ id: 平面图, name: 平面布置图 }, { id: 旧表, name: 旧申请表, reform: merged, into: 消防检查/平面图 }'));
  const bundle = join(dir, '开餐饮店.yaml');
  writeFileSync(bundle, ['id: 开餐饮店', 'name: 开餐饮店一件事', 'version: { label: 改革后 }', 'submission: once',
    'sameMaterials:', '  - materials: [消防检查/平面图, 食品许可/平面图]', 'items:', '  - { path: 消防检查.yaml }', '  - { path: 食品许可.yaml }'].join('\n'));

  it('validate, and count the declared document once', () => {
    const [result] = loadFiles([bundle]);
    expect(result!.diagnostics).toEqual([]);
    if (result!.document?.kind !== 'bundle') throw new Error('not a bundle');
    const doc = result!.document;
    expect(getPreparedMaterials(resolveBundle(doc).items, { submission: 'once', same: doc.sameMaterials }).map((m) => m.identity)).toEqual(['same#0']);
  });
});
