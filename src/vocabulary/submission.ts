/**
 * How a bundle's (一件事) materials are handed in, what each way is called, and the counting rule
 * that belongs to it (counting-rules.ts): handed in separately, each item's materials add up; handed
 * in once, a material counts once across items only where the bundle declares it the same document
 * (sameMaterials), since a shared id alone does not make two documents one.
 */
import type { CountingRuleId } from './counting-rules.js';
import type { Bilingual, Spellings } from './language.js';

/** One way of handing in a bundle's materials. */
export interface SubmissionWords extends Spellings {
  /** 分别提交 / handed in separately; the Chinese is what an author writes. */
  name: Bilingual;
  /** How the materials are counted that way. */
  rule: Bilingual;
  /** The counting rule (口径) of the materials handed in this way. */
  countingRule: CountingRuleId;
  /** The counting rule of their copies (材料份数). */
  copiesRule: CountingRuleId;
}

/** Every way of handing in. */
export const SUBMISSIONS = {
  separate: {
    name: { zh: '分别提交', en: 'handed in separately' },
    rule: { zh: '逐事项相加', en: 'summed per item' },
    countingRule: 'materials-per-item',
    copiesRule: 'copies-per-item',
  },
  once: {
    name: { zh: '一次提交', en: 'handed in once' },
    rule: { zh: '声明为同一份的材料只计一次', en: 'declared-identical ones counted once' },
    countingRule: 'materials-once-declared',
    copiesRule: 'copies-once-declared',
  },
} as const satisfies Record<string, SubmissionWords>;

/** How a bundle's materials are handed in. */
export type Submission = keyof typeof SUBMISSIONS;
