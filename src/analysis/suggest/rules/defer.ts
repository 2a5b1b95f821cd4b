/**
 * 容缺受理: an application is accepted with a secondary material missing, to be added by a deadline.
 * Secondary means what the guide itself says: 必要性 容缺 or 条件性. Only the applicant's own: a
 * secondary material from a government department or a third party is the sharing or commitment
 * rule's, which take it off the list altogether.
 */
import type { Rule } from '../types.js';
import { markMaterials } from './materials.js';

/** A secondary material the applicant prepares → reform: deferred. */
export const defer: Rule<'defer'> = {
  key: 'defer',
  find: (input) =>
    markMaterials('defer', 'deferred', input, (m) => {
      if (m.necessity === '必要') return false;
      return m.source === 'applicant' || { rule: 'defer', code: 'not-own', args: { material: m.name, source: m.source } };
    }),
};
