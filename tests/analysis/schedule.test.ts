/** A schedule plan depends on the after: graph alone and can be run on many sets of durations. */
import { describe, expect, it } from 'vitest';
import { createSchedule, createSchedulePlan, createScheduleSlots, runSchedulePlan } from '../../src/analysis/schedule.js';

const items = [
  { id: 'review', after: ['licence', 'health'] },
  { id: 'licence', after: [] },
  { id: 'health', after: ['nowhere'] },
];

describe('a schedule plan', () => {
  it('schedules an item after every item it waits for, whatever the written order, and ignores ids that are not items', () => {
    const plan = createSchedulePlan(items);
    expect([...plan.order]).toEqual([1, 2, 0]);
    expect(plan.waitsFor.map((w) => [...w])).toEqual([[1, 2], [], []]);
  });

  it('gives each set of durations its own total and critical path, reusing the same slots', () => {
    const plan = createSchedulePlan(items);
    const slots = createScheduleSlots(items.length);
    const last = runSchedulePlan(plan, [1, 4, 2], slots);
    expect([last, slots.finish[last], slots.via[last]]).toEqual([0, 5, 1]);
    const next = runSchedulePlan(plan, [1, 2, 4], slots);
    expect([next, slots.finish[next], slots.via[next]]).toEqual([0, 5, 2]);
  });

  it('ends the critical path at the first item in written order when two finish last together, as createSchedule names it', () => {
    const s = createSchedule([{ id: 'a', after: [] }, { id: 'b', after: [] }], () => 3);
    expect(s).toMatchObject({ total: 3, critical: ['a'] });
    const tie = createSchedule(items, (id) => ({ review: 1, licence: 3, health: 3 })[id]!);
    expect(tie.critical).toEqual(['licence', 'review']);
  });

  it('schedules a cycle that slipped past the checks from zero rather than hanging', () => {
    const s = createSchedule([{ id: 'a', after: ['b'] }, { id: 'b', after: ['a'] }], () => 2);
    expect(s).toMatchObject({ total: 4, critical: ['a', 'b'] });
  });
});
