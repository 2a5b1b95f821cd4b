/** createSide: one side's items on the schedule of their after: order, and its standard-path timeline. */
import { describe, expect, it } from 'vitest';
import { createSide } from '../../../src/analysis/compare/side.js';
import { loadSide } from './support.js';

describe('the sides of 新生儿出生一件事', () => {
  const before = createSide(loadSide('newborn-birth/before.yaml'));
  const after = createSide(loadSide('newborn-birth/after.yaml'));

  it('puts the chain birth certificate → household → insurance → payment → card on the critical path', () => {
    expect(before.criticalPath).toEqual(['birth-medical-certificate', 'household-registration', 'medical-insurance-enrolment', 'medical-insurance-payment', 'social-security-card']);
    const maternity = before.items.find((i) => i.id === 'maternity-reimbursement')!;
    expect(maternity).toMatchObject({ critical: false, start: 3, finish: 23 });
  });

  it('places the standard-path steps in time, bundle items offset by their schedule start', () => {
    const card = before.timeline.filter((t) => t.item === 'social-security-card');
    expect(card[0]!.start).toBe(14);
    expect(card.at(-1)!.end).toBe(32);
    expect(after.timeline.map((t) => t.key)).toEqual(['apply', 'review', 'deliver']);
  });
});
