/** resolveBundle reads each item with the ordinary loader and locates what it cannot read. */
import { describe, expect, it } from 'vitest';
import { getPreparedMaterials } from '../../src/analysis/bundle.js';
import { loadFile } from '../../src/model/load.js';
import { resolveBundle } from '../../src/model/resolve-bundle.js';
import type { Bundle } from '../../src/model/types.js';
import { fixture, places } from '../support/files.js';

describe('resolveBundle', () => {
  it('gives the readable items, the item file’s own diagnostics, and located ones for an invalid item and a missing file', () => {
    const bundle = loadFile(fixture('bundles', 'broken-item.yaml')).document as Bundle;
    const { items, diagnostics } = resolveBundle(bundle);
    expect(items.map((i) => i.id)).toEqual(['alpha']);
    expect(diagnostics.some((d) => d.file.endsWith('unknown-target.yaml') && d.code === 'unknown-target')).toBe(true);
    const missing = diagnostics.filter((d) => d.file.endsWith('broken-item.yaml'));
    expect(places(missing)).toEqual(['bundle-item-invalid 6:11', 'bundle-unknown-item 7:11']);
  });

  it('counts a material shared by items once when handed in once, per item when handed in separately', () => {
    const bundle = loadFile(fixture('..', '..', 'processes', 'open-restaurant', 'after.yaml')).document as Bundle;
    const procedures = resolveBundle(bundle).items.map((i) => i.procedure);
    const once = getPreparedMaterials(procedures, 'once');
    const separate = getPreparedMaterials(procedures, 'separate');
    expect(once.filter((m) => m.id === 'application')).toHaveLength(1);
    expect(separate.filter((m) => m.id === 'application').length).toBeGreaterThan(1);
    expect(separate.length).toBeGreaterThan(once.length);
  });
});
