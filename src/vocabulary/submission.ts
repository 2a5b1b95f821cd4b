/**
 * How a bundle's (一件事) materials are handed in, what each way is called, and the counting rule
 * that belongs to it: handed in separately, each item's materials add up; handed in once, a material
 * several items ask for counts once.
 */
import type { Bilingual, Spellings } from './language.js';

/** One way of handing in a bundle's materials. */
export interface SubmissionWords extends Spellings {
  /** 分别提交 / handed in separately; the Chinese is what an author writes. */
  name: Bilingual;
  /** How the materials are counted that way. */
  rule: Bilingual;
  /** True when a material shared by several items counts once. */
  countsSharedOnce: boolean;
}

/** Every way of handing in. */
export const SUBMISSIONS = {
  separate: { name: { zh: '分别提交', en: 'handed in separately' }, rule: { zh: '逐事项相加', en: 'summed per item' }, countsSharedOnce: false },
  once: { name: { zh: '一次提交', en: 'handed in once' }, rule: { zh: '共用材料只计一次', en: 'shared ones counted once' }, countsSharedOnce: true },
} as const satisfies Record<string, SubmissionWords>;

/** How a bundle's materials are handed in. */
export type Submission = keyof typeof SUBMISSIONS;
