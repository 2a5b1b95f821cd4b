/** resolveBundle reads each item with the ordinary loader and locates what it cannot read. */
import { describe, expect, it } from 'vitest';
import { getPreparedMaterials } from '../../src/analysis/prepared.js';
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

  it('counts a material once when handed in once only when the bundle declares it the same, per item otherwise', () => {
    const bundle = loadFile(fixture('..', '..', 'processes', 'open-restaurant', 'after.yaml')).document as Bundle;
    const { items } = resolveBundle(bundle);
    const once = getPreparedMaterials(items, { submission: 'once', same: bundle.sameMaterials });
    const separate = getPreparedMaterials(items, { submission: 'separate', same: bundle.sameMaterials });
    expect(once.filter((m) => m.id === 'floor_plan')).toHaveLength(1);
    expect(separate.filter((m) => m.id === 'floor_plan')).toHaveLength(2);
    // Four different forms that happen to share the id "application" stay four.
    expect(once.filter((m) => m.id === 'application')).toHaveLength(4);
    expect([separate.length, once.length]).toEqual([15, 14]);
  });
});
