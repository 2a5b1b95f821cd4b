/** The schedule of a bundle's items by their after: order. */
import { describe, expect, it } from 'vitest';
import { createSchedule } from '../../src/analysis/bundle.js';

describe('createSchedule', () => {
  it('runs items with no order between them at the same time', () => {
    const s = createSchedule([{ id: 'a', after: [] }, { id: 'b', after: [] }, { id: 'c', after: ['a', 'b'] }], (id) => ({ a: 2, b: 5, c: 1 })[id]!);
    expect(s).toEqual({ items: [{ id: 'a', start: 0, finish: 2 }, { id: 'b', start: 0, finish: 5 }, { id: 'c', start: 5, finish: 6 }], total: 6, critical: ['b', 'c'] });
  });
});
