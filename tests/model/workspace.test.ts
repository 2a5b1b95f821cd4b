/**
 * The load stage: each file read once however many bundles or arguments name it, bundles with their
 * items, every problem once, and file names shown relative to the working folder everywhere.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/model/workspace.js';
import { fixture, ROOT } from '../support/files.js';

describe('loadWorkspace', () => {
  it('reads an item once for the argument and every bundle that names it: one procedure object everywhere', () => {
    const workspace = loadWorkspace(['processes/newborn-birth'], { cwd: ROOT });
    const file = (name: string) => workspace.files.find((f) => f.file === `processes/newborn-birth/${name}`)!;
    const bundle = file('before.yaml').side!;
    const item = file('item-birth-medical-certificate.yaml').document!;
    expect('bundle' in bundle && bundle.items.find((i) => i.id === item.id)!.procedure).toBe(item);
  });

  it('names documents, items and diagnostics as the user sees them, relative to the working folder', () => {
    const workspace = loadWorkspace(['open-restaurant/before.yaml', 'nowhere.yaml'], { cwd: join(ROOT, 'processes') });
    const side = workspace.files[0]!.side!;
    expect('bundle' in side && [side.bundle.file, side.items[0]!.procedure.file]).toEqual(['open-restaurant/before.yaml', 'enterprise-establishment/before.yaml']);
    expect(workspace.problems.map((d) => [d.code, d.file])).toEqual([['file-not-found', 'nowhere.yaml']]);
  });

  it('gives a bundle with an invalid item no side, an error where it names the item, and the item\'s error, located in its file, once', () => {
    const workspace = loadWorkspace(['invalid-item-bundle.yaml', '../diagnostics/unknown-target.yaml'], { cwd: fixture('simulate') });
    const bundle = workspace.files[0]!;
    expect(bundle.document?.kind).toBe('bundle');
    expect(bundle.side).toBeUndefined();
    expect(bundle.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([
      'unknown-target ../diagnostics/unknown-target.yaml:13:21',
      'bundle-item-invalid invalid-item-bundle.yaml:10:11',
    ]);
    expect(workspace.diagnostics.filter((d) => d.code === 'unknown-target')).toHaveLength(1);
  });

  it('reads a targets.yaml as targets, not as a procedure', () => {
    const workspace = loadWorkspace(['targets.yaml'], { cwd: fixture('compare') });
    expect(workspace.files.map((f) => [f.file, f.document, f.targets?.length, f.diagnostics])).toEqual([['targets.yaml', undefined, 3, []]]);
  });
});
