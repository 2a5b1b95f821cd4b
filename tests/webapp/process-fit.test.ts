import { describe, expect, it } from 'vitest';
import { getPanelWidths } from '../../web/src/views/process-fit.js';

describe('getPanelWidths', () => {
  it('gives each panel all it wants when both fit', () => {
    expect(getPanelWidths([300, 500], 1000)).toEqual([300, 500]);
  });

  it('lets a narrow panel keep its width and the wide one take the rest', () => {
    expect(getPanelWidths([200, 3000], 1000)).toEqual([200, 800]);
    expect(getPanelWidths([3000, 200], 1000)).toEqual([800, 200]);
  });

  it('halves the room between two panels that are both too wide', () => {
    expect(getPanelWidths([1200, 3000], 1000)).toEqual([500, 500]);
  });
});
