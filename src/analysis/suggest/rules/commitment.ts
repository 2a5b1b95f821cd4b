/**
 * 证明事项告知承诺制 (国办发〔2020〕42号): a certificate or proof a third party issues is replaced by the
 * applicant's written commitment. Only certificates and proofs (a name with one of PROOF_WORDS): a
 * commitment cannot replace drawings, contracts or design documents.
 */
import { PROOF_WORDS } from '../../../vocabulary/index.js';
import type { Rule } from '../types.js';
import { markMaterials } from './materials.js';

/** True when a material's name says it is a certificate or proof. */
export function isProof(name: string): boolean {
  return PROOF_WORDS.some((word) => name.includes(word));
}

/** A third-party certificate still handed in → reform: commitment. */
export const commitment: Rule<'commitment'> = {
  key: 'commitment',
  find: (input) =>
    markMaterials('commitment', 'commitment', input, (m) => {
      if (m.source !== 'third-party') return false;
      return isProof(m.name) || { rule: 'commitment', code: 'not-proof', args: { material: m.name } };
    }),
};
