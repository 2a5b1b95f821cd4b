/** A bundle's materials across items: `into: item/material` is looked up among the bundle's items. */
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/model/load.js';
import { describe as words } from '../../src/model/messages.js';
import { fixture } from '../support/files.js';

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
